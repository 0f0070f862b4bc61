"""A quoted letter's closing line ending in a comma (`"With respect, and with no hope of changing
your mind,`) over its signature goes on below it: it is the letter's text, not a headline over a
subheading (a teaser). Text written for these tests."""

from __future__ import annotations

from extract_support import PARAS

from newsgraph.extract.textclean import clean_text

LETTER = [
    '"Dear Mr Hale,',
    '"You were right about the sea wall, and I was wrong to vote against the repairs last '
    "spring; the council should have listened to the engineers before the storms came.",
    '"With respect, and with thanks for your patience,',
    '"Mara Quell"',
]


def test_a_letters_closing_over_its_signature_is_kept():
    raw = "\n\n".join([*PARAS[:2], *LETTER, *PARAS[2:]])
    ext = clean_text(raw)
    assert LETTER[2] in ext.text
    assert LETTER[2] not in [r.text for r in ext.removals if r.reason == "teaser"]
