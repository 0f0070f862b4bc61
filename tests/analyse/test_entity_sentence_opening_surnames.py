"""A known person's surname opening a sentence is a mention of that person, though the small
model tags it a common noun there (`Almane left office in 1998.`); a capitalised common word
opening a sentence is still none (`Small firms …` beside `Mark Small`) (docs/entities.md)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _mentions(nlp, text: str, name: str) -> list[str]:
    (person,) = [e for e in extract_entities(nlp(text)) if e.name == name]
    return [m.text for m in person.mentions]


@pytest.mark.parametrize("surname", ["Almane", "Dunmore", "Brenner"])
def test_a_surname_opening_a_sentence_is_a_mention(nlp, surname: str) -> None:
    text = (
        f"Former minister Ilse {surname} spoke in Karsk on Monday. {surname} left office in "
        f"1998. {surname} had won twice."
    )
    assert _mentions(nlp, text, f"Ilse {surname}").count(surname) == 2


def test_a_common_word_opening_a_sentence_is_no_surname(nlp) -> None:
    text = "Mark Small, the mayor, spoke on Monday. Small firms in the town will pay less tax."
    assert "Small" not in _mentions(nlp, text, "Mark Small")
