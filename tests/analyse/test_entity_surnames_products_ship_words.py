"""A leader's surname before a national office stays the leader's (`Selden's interior minister`
after `Marta Selden`), an everyday word NER took for a product is no place (`in Excel`), and a
ship named by an everyday word is no mention of it where the word opens a sentence (`Hope
faded` after `the tanker Hope`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _entities(nlp, text: str) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, len(e.mentions)) for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    "second",
    [
        "Selden's interior minister resigned on Monday, and Selden's prime minister followed.",
        "Selden's foreign minister, Tova Rennick, flew to Lirre on Monday.",
    ],
)
def test_a_leaders_surname_before_a_national_office_stays_a_person(nlp, second: str) -> None:
    found = _entities(nlp, f"Marta Selden won the vote on Sunday.\n\n{second}")
    assert "Selden" not in found, found
    assert found["Marta Selden"][0] == "PERSON"
    assert found["Marta Selden"][1] >= 2, found


def test_a_countrys_office_still_makes_a_country(nlp) -> None:
    text = (
        "Talks stalled.\n\nPiet Halloran, Varnesse's interior minister, said the curfew would stay."
    )
    assert _entities(nlp, text).get("Varnesse", ("",))[0] == "GPE"


def test_an_everyday_word_taken_for_a_product_is_no_place(nlp) -> None:
    text = "The council kept the flood figures in Excel until an auditor found the errors in March."
    assert "Excel" not in _entities(nlp, text)


def test_a_ship_named_by_an_everyday_word_opening_a_sentence_is_no_mention(nlp) -> None:
    text = (
        "Coastguards boarded the tanker Hope off the northern coast on Monday.\n\n"
        "Hope faded on Tuesday for the two fishermen still missing."
    )
    assert _entities(nlp, text).get("Hope") == ("VESSEL", 1)
