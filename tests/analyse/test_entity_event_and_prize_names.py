"""A name ending in an event's, prize's or agreement's word (`the Lantern Marches`, `the
Halden Peace Prize`, `the Spring Uprising`, `the Dalvane Accords`) names no organisation,
person or place: the kept entity types have none for it, so it makes no entity
(docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types


@pytest.mark.parametrize(
    ("text", "event", "kept"),
    [
        (
            "Thousands joined the Lantern Marches in Veloria on Sunday. The Lantern Marches "
            "began in 2019 after fuel prices rose.",
            "Lantern Marches",
            "Veloria",
        ),
        (
            "The novelist Mara Quill won the Halden Peace Prize on Friday. The Halden Peace "
            "Prize committee praised her work.",
            "Halden Peace Prize",
            "Mara Quill",
        ),
        (
            "The Velmora Uprising of 1956 was crushed, the historian Oskar Brenn said.",
            "Velmora Uprising",
            "Oskar Brenn",
        ),
        (
            "Delegates from Kessary arrived for the Karsk Summit on Monday.",
            "Karsk Summit",
            "Kessary",
        ),
        (  # NER finds no name: a capitalised run, which `Prize` made an organisation
            "In 2003 she shared the Orsk Literature Prize with Pavel Dunn, then mayor of Kerrow.",
            "Orsk Literature Prize",
            "Pavel Dunn",
        ),
        (
            "The Corran Riots began in March, the Orvane Daily reported.",
            "Corran Riots",
            "Orvane Daily",
        ),
    ],
)
def test_an_event_or_prize_is_no_entity(nlp, text: str, event: str, kept: str) -> None:
    names = entity_types(nlp, text)
    assert event not in names, names
    assert kept in names, names


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # an institution's word in the name: a body, though it ends in `Revolution`
        ("The Council of the Revolution met in Karsk on Monday.", "Council of the Revolution"),
        # `Games` ends a company's name too: an event's only after `the`
        (
            "Harrow Games said on Monday it would cut 200 jobs. Harrow Games shares fell.",
            "Harrow Games",
        ),
    ],
)
def test_a_body_ending_in_an_event_word_stays_an_organisation(nlp, text: str, org: str) -> None:
    assert entity_types(nlp, text).get(org) == "ORG"
