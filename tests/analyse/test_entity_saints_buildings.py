"""A building named after a saint (`St Aldric's Cathedral`, which NER ends at the possessive
and tags ORG, PERSON or LOC) is one FAC with its whole name, and the saint's name alone that
NER takes for an organisation or place in the same article is that building
(docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types

from newsgraph.analyse.entities import extract_entities


@pytest.mark.parametrize(
    ("text", "building"),
    [
        (
            "A state funeral will be held on Saturday at St Aldric's Cathedral.",
            "St Aldric's Cathedral",
        ),
        ("Mourners filled St Brannoc's Church in Kerrow on Sunday.", "St Brannoc's Church"),
        ("St Orvald's Abbey was closed in May.", "St Orvald's Abbey"),
    ],
)
def test_a_saints_building_is_one_place(nlp, text: str, building: str) -> None:
    names = entity_types(nlp, text)
    assert names.get(building) == "FAC", names
    assert not any(n.startswith("St ") and n != building for n in names), names
    assert "Abbey" not in names, names


def test_the_saints_name_alone_is_the_building(nlp) -> None:
    text = (
        "Crowds gathered outside St Aldric's Cathedral on Sunday. The bishop of St Aldric "
        "said the doors would stay open."
    )
    ents = extract_entities(nlp(text))
    assert [(e.name, e.type) for e in ents] == [("St Aldric's Cathedral", "FAC")]
    assert [m.text for m in ents[0].mentions] == ["St Aldric's Cathedral", "St Aldric"]


def test_the_saint_as_a_person_stays_a_person(nlp) -> None:
    names = entity_types(nlp, "Pilgrims walked to St Elric's Chapel, where St Elric is buried.")
    assert names.get("St Elric's Chapel") == "FAC", names
    assert names.get("St Elric") == "PERSON", names
