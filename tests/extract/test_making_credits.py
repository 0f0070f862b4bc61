"""A line that only credits the piece's making (`Interview by X. Translated from the Spanish by
Y.`, `Translated by Y`, `Interview: X`) is removed from the text where bylines and credits are
printed: over the body, under the headline, among the last lines. A sentence that opens like a
credit and goes on is the article's. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text

HEADLINE = "Harbour chief on the sea wall: the council waited too long"


def _reason(ext, line: str) -> str | None:
    return next((r.reason for r in ext.removals if r.text == line), None)


def test_an_interview_credit_with_a_translator_is_removed_as_the_byline_line():
    line = "Interview by Ines Varela. Translated from the Portuguese by Hugh Farrell."
    ext = clean_text(f"{HEADLINE}\n\n{line}\n\n{article()}")
    assert ext.byline == "Ines Varela"
    assert "Farrell" not in ext.text and "Varela" not in ext.text
    assert _reason(ext, line) == "metadata: byline"
    assert ext.text.startswith(PARAS[0])


@pytest.mark.parametrize(
    "line",
    [
        "Translated from the French by Hugh Farrell.",
        "Translated by J. R. Hollis",
        "Translation: Hugh Farrell and Ana Ruiz",
        "Interview: Ines Varela",
        "(Interview by Ines Varela; translated by Hugh Farrell)",
    ],
)
def test_a_credit_line_under_the_byline_is_removed(line):
    ext = clean_text(f"{HEADLINE}\n\nBy Mara Winter\n\n{line}\n\n{article()}")
    assert ext.byline == "Mara Winter"
    assert line not in ext.text
    assert _reason(ext, line) == "sign-off"


def test_a_closing_translator_credit_is_removed():
    line = "Translated from the Spanish by Hugh Farrell."
    ext = clean_text(f"{HEADLINE}\n\nBy Mara Winter\n\n{article()}\n\n{line}")
    assert line not in ext.text
    assert ext.text.endswith(PARAS[-1])
    assert _reason(ext, line) == "sign-off"


@pytest.mark.parametrize(
    "line",
    [
        "Translated by volunteers from three countries, the manual reached every school.",
        "Interviewed by the police on Friday, the harbour master said he had seen nothing unusual.",
        "Translation: the word the chief used means a collapse, not an explosion.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_is_kept(line):
    closing = f"{line[:-1]} again."
    ext = clean_text(f"{HEADLINE}\n\nBy Mara Winter\n\n{line}\n\n{article()}\n\n{closing}")
    assert ext.text.startswith(line)
    assert ext.text.endswith(closing)
