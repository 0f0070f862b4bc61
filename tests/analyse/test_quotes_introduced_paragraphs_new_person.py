"""Codereview21b item 2, on texts written for these tests (names invented): a cue-less
quotation paragraph is not the previous paragraph's subject's when that subject only went
to see people (visited, toured, met, inspected) or when the next paragraph opens by naming
a person not named before, who is likely the one quoted."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

_QUOTE = '"The river took the bakery, the school and both bridges in one night."'


@pytest.mark.parametrize(
    "before",
    [
        "Governor Pella Vrask visited the flooded homes by the river on Friday.",
        "Governor Pella Vrask toured the shelter at the sports hall on Friday.",
        "Governor Pella Vrask inspected the broken levee on Friday.",
        "Governor Pella Vrask met families at the sports hall on Friday.",
        "Governor Pella Vrask attended the vigil at the sports hall on Friday.",
    ],
)
def test_a_visit_before_a_cue_less_quote_credits_no_one(nlp, before):
    q = only(quotes(nlp, f"{before}\n\n{_QUOTE}"), "The river took")
    assert q.speaker is None


@pytest.mark.parametrize(
    "after",
    [
        "Baker Joram Quist, 64, has worked on the square for forty years.",
        "That was the verdict of Hedda Strand, who runs the corner shop.",
    ],
)
def test_a_newcomer_named_after_a_cue_less_quote_takes_it_from_the_subject(nlp, after):
    text = f"Governor Pella Vrask promised new bridges on Friday.\n\n{_QUOTE}\n\n{after}"
    q = only(quotes(nlp, text), "The river took")
    assert q.speaker is None


@pytest.mark.parametrize(
    "after",
    [
        "Vrask, 58, has led the province since 2029.",
        "The province has set aside money for repairs.",
        # a newcomer only in a later sentence of the next paragraph
        "The province has set aside money. Engineer Joram Quist will lead the work.",
    ],
)
def test_the_subject_keeps_the_quote_when_no_newcomer_opens_the_next_paragraph(nlp, after):
    text = (
        "Governor Pella Vrask has faced anger over the slow repairs.\n\nShe rejects that."
        f"\n\n{_QUOTE}\n\n{after}"
    )
    q = only(quotes(nlp, text), "The river took")
    assert q.speaker_name == "Pella Vrask"


def test_a_stance_verb_still_introduces_the_quote(nlp):
    text = f"Governor Pella Vrask has faced anger.\n\nShe brushed the criticism aside.\n\n{_QUOTE}"
    q = only(quotes(nlp, text), "The river took")
    assert (q.speaker_name, q.cue) == ("Pella Vrask", None)
