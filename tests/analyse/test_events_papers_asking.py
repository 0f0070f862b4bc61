"""A paper that asks for an act (`The peace plan calls for troops to withdraw`) tells a
request by whoever put the paper forward, where the article says so, else by no one named;
the act asked for is never told as done. What a rule or a deal requires is no one's request.
Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _told(found):
    return [(e.type, [a[1] for a in e.actors], [t[1] for t in e.targets]) for e in found]


def test_a_plan_nobody_owns_asks_with_no_actor(events):
    found = events("The peace plan calls for Oskarian troops to withdraw from the valley.")
    assert _told(found) == [("request", [], ["Oskarian troops"])]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Marvena's peace plan calls for Oskarian troops to withdraw.", ["Marvena"]),
        ("The plan, drafted by Marvena, calls for Oskarian troops to withdraw.", ["Marvena"]),
        (
            "The resolution, sponsored by Marvena and Halvek, calls for Oskaria to withdraw.",
            ["Marvena", "Halvek"],
        ),
    ],
)
def test_a_plan_asks_through_its_owner(events, text, owners):
    found = events(text)
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("request", owners)]


def test_a_report_asking_for_a_resignation_is_no_resignation(events):
    found = events("The report called for the minister to resign.")
    assert _told(found) == [("request", [], ["minister"])]


def test_what_a_deal_requires_is_not_done(events):
    # the release is asked by the deal's terms: it has not happened
    assert events("The ceasefire agreement calls for the rebels to release 40 prisoners.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Party rules called for the leader to step down within a week.",
        "The protocol called for Norvia to withdraw its troops from Kerrow.",
        "The strike called for the minister to resign.",
    ],
)
def test_what_a_rule_or_event_calls_for_is_not_done(events, text):
    assert all(e.status != "happened" or e.type == "request" for e in events(text))
    assert all(e.type not in ("retreat", "concede") for e in events(text))
