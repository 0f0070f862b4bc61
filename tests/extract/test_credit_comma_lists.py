"""A credit line that lists two credits with a comma (`Interview by X, translated from the
Spanish by Y.`) or puts a colon after `by` (`Translated by: Y`) is the piece's credits, at its
head or its end; a sentence that goes on after the comma is not. Text written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.textclean import clean_text

HEAD = "Net menders of Orlov Bay: the trade that kept a town afloat\n\n"
BODY = (
    "Ilse Varga mended nets on the Orlov Bay quay for forty years before the fish market moved "
    "inland.\n\n"
    "She told us about the winter of 1981 and the book she is writing now about the quay.\n\n"
    "Varga said the town had forgotten the women who kept the boats at sea and the children "
    "who carried the twine.\n\n"
    "The market moved in the spring of 1994, when the council sold the quay to a developer.\n\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Interview by Pia Lunde, translated from the Hungarian by Karl Broom.",
        "Interview by Pia Lunde, translation by Karl Broom",
        "Translated by: Karl Broom",
    ],
)
@pytest.mark.parametrize("where", ["head", "end"])
def test_listed_credits_are_cut(credit, where):
    raw = HEAD + credit + "\n\n" + BODY if where == "head" else HEAD + BODY + credit + "\n"
    text = clean_text(raw).text
    assert credit not in text
    assert "quay to a developer" in text


def test_a_sentence_going_on_after_the_comma_stays():
    line = "Interview by Pia Lunde, edited for length, the talk ran for three hours at the quay."
    text = clean_text(HEAD + BODY + line + "\n").text
    assert line in text
