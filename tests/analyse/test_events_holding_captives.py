"""Holding people is detaining them only when they are kept captive: not held off, back or up
(`Troops held off the protesters`), not a place's room for them (`The camp holds 3,000
refugees`), and not one's own (`The mother held her child`), though a possessive of someone
else's (`Police are holding his family`) is a detention. Text written for these tests;
published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Troops held off the protesters for three hours.",
        "Police held back the protesters on Monday.",
        "The strike held up thousands of workers on Monday.",
        "The camp holds 3,000 refugees.",
        "The stadium can hold 40,000 people.",
    ],
)
def test_holding_people_off_or_as_room_is_no_detention(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Police are holding his family at the station.", "family"),
        ("Soldiers are holding her children at the camp.", "children"),
    ],
)
def test_holding_someone_elses_kin_is_detention(events, text, held):
    found = events(text)
    assert [(e.cameo, [t[1] for t in e.targets]) for e in found] == [("173", [held])]
