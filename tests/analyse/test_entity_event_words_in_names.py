"""A person's or movement's name that ends in an event's word (`Sarah Marches`, `Extinction
Rebellion`) is still an entity: an event's or prize's name is read as one only where the article
writes it after `the` or an owner (`the Lantern Marches`), as events are written
(docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dana Marches, the council leader, said the plan was fair. Marches said on Tuesday "
            "she would stand again.",
            "Dana Marches",
        ),
        (
            "Tomas Summit played a set in Kerrow on Friday. Summit, 29, said the crowd was great.",
            "Tomas Summit",
        ),
        (
            "Harbour Rebellion said on Monday it would block roads in Kerrow. Harbour Rebellion "
            "activists glued themselves to a train.",
            "Harbour Rebellion",
        ),
    ],
)
def test_a_name_never_written_as_an_event_stays(nlp, text: str, name: str) -> None:
    assert name in entity_types(nlp, text)


def test_an_event_written_with_the_elsewhere_is_none(nlp) -> None:
    text = (
        "Halden Peace Prize winner Mara Quill spoke on Friday. She won the Halden Peace Prize "
        "in 2019."
    )
    names = entity_types(nlp, text)
    assert "Halden Peace Prize" not in names and "Mara Quill" in names, names


def test_a_person_after_the_and_an_adjective_stays(nlp) -> None:
    text = "The late John Summit was buried on Friday. Summit had played in Kerrow for years."
    assert entity_types(nlp, text).get("John Summit") == "PERSON"


def test_a_prize_before_winner_is_none(nlp) -> None:
    text = "The former running back and Orsk Trophy winner Dale Ambry retired on Monday."
    names = entity_types(nlp, text)
    assert "Orsk Trophy" not in names, names
