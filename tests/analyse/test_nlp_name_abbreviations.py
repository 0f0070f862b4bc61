"""Titles abbreviated with a period before a name (`Smt.`, `Engr.`, `Lt. Col.`) that spaCy's
English tokenizer does not know: the period is no sentence end, so the quote before the name
keeps its speaker and the name keeps its title. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize("title", ["Smt.", "Engr.", "Shri.", "Lt. Col.", "Supt.", "Cllr."])
def test_the_title_with_a_period_ends_no_sentence(nlp, title):
    doc = nlp(f'"The bridge is safe," {title} Ravenna Okafor said on Monday.')
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("title", ["Smt.", "Engr.", "Supt."])
def test_the_quote_before_an_abbreviated_title_has_its_speaker(nlp, title):
    text = (
        f"{title} Ravenna Okafor, who runs the works, visited the site.\n\n"
        f'"This is good news for the valley," {title} Okafor said.'
    )
    q = only(quotes(nlp, text), "good news")
    assert q.speaker_name == "Ravenna Okafor"


def test_a_sentence_ending_in_a_plain_word_still_ends(nlp):
    doc = nlp("He thanked the Lord. Then he left. She met Sir. Then she left.")
    assert len(list(doc.sents)) >= 3
