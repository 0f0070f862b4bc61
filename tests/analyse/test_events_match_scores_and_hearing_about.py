"""Words the CAMEO dictionary or the lexicon read as acts in other senses: a match won with its
score (`beat Velm United 2-0`) is no attack, and hearing about something (`will hear about this
vote`) is no meeting. Text written for these tests (invented clubs and places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Tarsby Rovers beat Velm United 2-0 on Saturday.",
        "The people of Tarsby will hear about this vote.",
    ],
)
def test_no_event(events, text):
    assert events(text) == []


def test_beating_people_is_still_an_attack(events):
    # positive control: no score, people beaten
    assert [e.type for e in events("Soldiers beat two protesters on Saturday.")] == ["assault"]
