"""Events, session 12 leftovers: a count (`hundreds of`) is not who acts, the counted people
are; relief arriving (`rescuers are expected to arrive`, `aid planes landed`) is aid, while a
minister or a team of players arriving is not. Sentences written for these tests (invented
places and people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Hundreds of supporters of Oskar Velm protested outside the court in Dravo.",
            "supporters",
        ),
        ("Thousands of farmers protested in Dravo on Monday.", "farmers"),
        ("Dozens of students protested outside the ministry on Monday.", "students"),
    ],
)
def test_count_is_not_the_actor(events, text, actor):
    found = [e for e in events(text) if e.type == "protest"]
    assert found and [a[1] for a in found[0].actors] == [actor]


def test_bare_count_stays_the_actor(events):
    found = [e for e in events("Hundreds protested in Dravo on Monday.") if e.type == "protest"]
    assert found and [a[1] for a in found[0].actors] == ["Hundreds"]


def test_rescuers_expected_to_arrive_is_planned_aid(events):
    found = events("60 rescuers from the Calder Union are expected to arrive on Wednesday.")
    assert [(e.type, e.status) for e in found] == [("aid", "planned")]
    assert [a[1] for a in found[0].actors] == ["Calder Union"]


def test_aid_planes_landing_is_aid(events):
    found = events("Calder Union aid planes landed at Selmont airport on Wednesday.")
    assert [(e.type, e.status) for e in found] == [("aid", "happened")]
    assert found[0].place is not None and found[0].place[0].startswith("Selmont")


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived in Selmont on Wednesday.",
        "The Dravo football team arrived in Selmont on Wednesday.",
    ],
)
def test_other_arrivals_are_not_aid(events, text):
    assert all(e.type != "aid" for e in events(text))
