"""The day an event is held: `would be held on Saturday` (a passive `held`) and a weekday's
event (`Thursday's memorial service`), so that two reports' days for one event conflict.
Invented text."""

from __future__ import annotations

import pytest
from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import time_facts
from newsgraph.compare.dossier import assemble


def _facts(text: str, published: str = "2025-06-03") -> list[tuple[str, str, str, str]]:
    """(thing, role, day, words) of each fact; 2025-06-03 is a Tuesday."""
    s = Sentence("a", "r", 0, len(text), text, [])
    return [(f[0], f[1], f[2], text[f[4] : f[5]]) for f in time_facts(s, published)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mayor said a memorial service would be held on Saturday in Orvel.",
            [("service", "held", "2025-06-07", "service would be held on Saturday in Orvel")],
        ),
        (
            "Thursday's memorial service will be open to the public.",
            [("service", "held", "2025-06-05", "Thursday's memorial service")],
        ),
        (
            "Monday's election, which the opposition boycotted, was the quietest in decades.",
            [("election", "held", "2025-06-02", "Monday's election")],
        ),
        (
            "Talks were held in Esk on Monday.",
            [("talks", "held", "2025-06-02", "Talks were held in Esk on Monday")],
        ),
    ],
)
def test_the_day_an_event_is_held(text, want):
    assert _facts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Police held 40 people on Monday.",  # active: what someone holds, no event's day
        "Monday's toll rose to 40, officials said.",  # each day's toll: no event's day
        "A man was held on Monday in Orvel.",  # someone held, not an event
    ],
)
def test_no_event_day(text):
    assert [f for f in _facts(text) if f[1] == "held"] == []


def test_two_reports_days_for_one_event_conflict():
    a = {
        **_art("a", "Orvel Radio", "The mayor said a memorial service would be held on Saturday."),
        "published": "2025-06-02",
    }
    b = {
        **_art("b", "Kessa Courier", "Thursday's memorial service will be open to the public."),
        "published": "2025-06-03",
    }
    story = {"id": "s-1", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    got = [
        (c["about"], [v["value"] for v in c["values"]])
        for c in assemble(StoryBundle(story, [a, b], []))["conflicts"]
        if c["kind"] == "date"
    ]
    assert got == [("service: held", ["2025-06-05", "2025-06-07"])]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people arrested at the protest were held overnight and freed on Monday.",
        "The vote was held up on Monday by a court challenge.",
        "The rally was held back by police on Sunday.",
        "The referendum was held responsible on Monday for the unrest.",
        "Fans detained after the match were held until Saturday.",
    ],
)
def test_held_of_people_or_a_phrasal_verb_is_no_event_day(text):
    assert [f for f in _facts(text) if f[1] == "held"] == []


def test_an_event_ahead_of_a_weekday_told_in_no_tense_has_no_day():
    # `ahead of Sunday's election` may be the coming Sunday or, told back, the last one
    assert _facts("Candidates made their final appeals ahead of Sunday's election.") == []


def test_an_event_on_next_weekday_is_the_coming_one():
    assert _facts("Ballots for next Sunday's election were printed in Orvel.") == [
        ("election", "held", "2025-06-08", "Sunday's election")
    ]


def test_an_election_ahead_of_its_day_is_no_conflict_with_its_announced_day():
    a = _art("a", "Orvel Radio", "Candidates made their final appeals ahead of Sunday's election.")
    b = _art("b", "Kessa Courier", "The election will be held on Sunday, the board said.")
    story = {"id": "s-1", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    got = assemble(StoryBundle(story, [a, b], []))["conflicts"]
    assert [c for c in got if c["kind"] == "date"] == []


def test_weekdays_recurring_events_are_two_occurrences_not_a_conflict():
    a = {
        **_art("a", "Eskby Post", "Shares fell in Monday's session, traders said."),
        "published": "2025-06-03",
    }
    b = {
        **_art("b", "Market Wire", "Shares recovered in Tuesday's session, traders said."),
        "published": "2025-06-04",
    }
    story = {"id": "s-1", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    got = assemble(StoryBundle(story, [a, b], []))["conflicts"]
    assert [c for c in got if c["kind"] == "date"] == []
