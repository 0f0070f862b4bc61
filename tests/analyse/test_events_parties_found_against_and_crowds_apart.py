"""Beside a court's finding, only the court's own acts (`and it ordered ...`) are the court's:
a pronoun that is fined, pays, agrees or must now do something (`and it was fined`, `and it
agreed to pay`) is the party found against. Two civilian crowds are one protest told twice
only where place and kind of act agree (`Doctors went on strike in Orsa`, `Teachers went on
strike in Dessel` are two). Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The court found that Velmar Energy had misled customers on Monday, and it agreed to pay "
        "2 million euro in compensation.",
        "The tribunal found Velmar Energy guilty of fraud on Monday and it must now pay 2 million "
        "euro in damages.",
    ],
)
def test_the_party_found_against_pays(events, text):
    found = [e for e in events(text) if e.type == "agree"]
    assert [[a[1] for a in e.actors] for e in found] == [["Velmar Energy"]]


def test_the_party_found_against_is_fined(events):
    found = events(
        "The court found that Velmar Energy had misled customers, and it was fined 2 million "
        "euro on Monday."
    )
    assert [[t[1] for t in e.targets] for e in found if e.type == "coerce"] == [["Velmar Energy"]]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors went on strike in Orsa on Monday. Teachers went on strike in Dessel on Monday.",
        "Students marched through Orsa on Monday. Farmers blocked the main road into Dessel on "
        "Monday, 200 km away.",
    ],
)
def test_crowds_in_two_places_or_acts_are_two_protests(events, text):
    found = [e for e in events(text) if e.type == "protest"]
    assert sorted(a[1] for e in found for a in e.actors) == sorted(
        w for w in ("Doctors", "Teachers", "Students", "Farmers") if w in text
    )
    assert len(found) == 2
