"""`Holm, Brenn Partners: "…"`: a line that opens with ONE word, a comma and a firm is no
analyst's label (a place or a bare word before the firm, not a person's full name), so the
quote is not that word's. The quote is long enough to be a direct quote (four words or more),
so the guard in `quotes._affiliated_label` is what decides it; a shorter one would be a scare
quote with no speaker at all, guard or not. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize("word", ["Holm", "Lindqvist"])
def test_one_word_before_the_firm_is_no_speaker(nlp, word):
    line = f'{word}, Brenn Partners: "Margins will fall sharply this year."'
    text = f"Analysts were split.\n\n{line}\n"
    quote = only(quotes(nlp, text), "Margins will fall")
    assert quote.speaker_name != word
    assert quote.speaker is None or quote.speaker.text != word


def test_a_full_name_before_the_firm_still_speaks(nlp):
    text = 'Analysts were split.\n\nEda Lindqvist, Brenn Partners: "Margins will fall sharply."\n'
    assert only(quotes(nlp, text), "Margins will fall").speaker_name == "Eda Lindqvist"
