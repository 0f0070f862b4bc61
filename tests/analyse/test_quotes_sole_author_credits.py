"""An op-ed's `I` is its byline's one author, read by the shared byline parser
(`credits.byline_people`): a leading `By` is no part of the name, initials, an apostrophe
and a particle inside a name are a person's (`J. R. Hartley`, `Mara O’Neil`, `Ana de la
Cruz`), and a news agency printed as the byline (`Continental Press Service`) is no one.
Names invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.quotes import extract_quotes, sole_author

OPED = (
    "I have long warned that a country which cannot guard its own dams cannot call itself "
    "safe.\n\nI urge the government to do three things this week."
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Marit Hovde", "Marit Hovde"),
        ("J. R. Hartley", "J. R. Hartley"),
        ("Mara O’Neil", "Mara O’Neil"),
        ("Ana de la Cruz", "Ana de la Cruz"),
        ("Continental Press Service", None),
        ("Harlow Care Services", None),
    ],
)
def test_the_sole_author_of_a_byline(byline: str, author: str | None) -> None:
    assert sole_author(byline) == author


def test_the_narrators_i_is_named_without_by(nlp) -> None:
    found = [q for q in extract_quotes(nlp(OPED), None, "By Marit Hovde") if q.label == "quote"]
    mine = [q for q in found if q.speaker is not None and q.speaker.text == "I"]
    assert mine and all(q.speaker_name == "Marit Hovde" for q in mine)
