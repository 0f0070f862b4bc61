"""A common noun opening a bulleted line is capitalised by its place, as a sentence's first
word is (`- Turnout was 61.8%`), and a time zone after a four-figure clock is no body (`(0114
GMT)`). Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "How many people voted?\n\n- Turnout was 61.8%, according to the commission.\n\n"
    "The quake struck at 3:14 a.m. (0114 GMT) on Monday.\n\n"
    "- Marta Quist said the count was fair."
)


def test_bullet_openers_and_clock_zones_are_no_names(nlp) -> None:
    names = {e.name: e.type for e in extract_entities(nlp(TEXT))}
    assert "Turnout" not in names and "GMT" not in names, names
    assert names.get("Marta Quist") == "PERSON", names
