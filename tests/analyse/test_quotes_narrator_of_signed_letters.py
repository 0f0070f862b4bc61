"""The narrator's `I` where no byline names one author: a letter signed in its last paragraph
(`Marta Quill, Kassel`) is the signer's; an article with no byline and no signature still
drops them. Names invented."""

from __future__ import annotations

from newsgraph.analyse.quotes import extract_quotes

LETTER = (
    "Dear editor,\n\nI told the council that the noise was unbearable. Nobody listened.\n\n"
    "Marta Quill, Kassel"
)
OPED = "The cuts are wrong. I said that the cuts would hurt, and they did."


def _narrated(nlp, text, byline):
    return [
        q for q in extract_quotes(nlp(text), None, byline) if q.speaker and q.speaker.text == "I"
    ]


def test_a_signed_letters_i_is_the_signer(nlp):
    found = _narrated(nlp, LETTER, "Letters Editor")
    assert [q.speaker_name for q in found] == ["Marta Quill"]


def test_no_byline_still_drops_the_i(nlp):
    assert _narrated(nlp, OPED, "") == []
