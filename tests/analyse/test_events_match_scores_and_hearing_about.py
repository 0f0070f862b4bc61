"""Words the CAMEO dictionary or the lexicon read as acts in other senses: a match won with its
score (`beat Velm United 2-0`) is no attack, and hearing about something (`will hear about this
vote`) is no meeting. Text written for these tests (invented clubs and places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The people of Tarsby will hear about this vote.", []),
        # positive control: hearing someone is still a meeting
        ("The minister will hear the delegation of Tarsby on Monday.", ["consult"]),
    ],
)
def test_hearing_about_something_is_no_meeting(events, text, types):
    assert [e.type for e in events(text)] == types


def test_beating_people_is_still_an_attack(events):
    # positive control: no score, people beaten
    assert [e.type for e in events("Soldiers beat two protesters on Saturday.")] == ["assault"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers beat the protesters, leaving 2-3 injured.",
        "The army beat back the rebels 2-3 km from the town.",
        "Soldiers beat the men 2-3 times.",
    ],
)
def test_a_range_that_counts_something_is_no_score(events, text):
    # `2-3 injured`, `2-3 km`: how many or how far, not a match's score; still an attack
    assert [e.type for e in events(text)] == ["assault"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarsby Rovers beat Velm United 2-0 on Saturday.",
        "Rovers beat Velm United 2-0 yesterday.",
        "Rovers beat Velm United 2-0 thanks to two late goals.",
    ],
)
def test_a_match_won_with_its_score_is_no_attack(events, text):
    assert events(text) == []
