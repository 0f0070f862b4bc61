"""Harm or arrest done to no one (`No one was injured`, `Nobody has been arrested`) is no event,
as `No one attended` is none, and `no longer` negates as `not` does; going home (`flew home to
Vantia`) meets no one, though the CAMEO dictionary codes `FLY TO` as an intent to meet (036)
and `flew to Orlin` stays so. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "No one was injured.",
        "No one was killed in the attack.",
        "Nobody was hurt when the roof fell in.",
    ],
)
def test_harm_done_to_no_one_is_no_event(events, text):
    assert events(text) == []


def test_harm_done_to_someone_stays_an_assault(events):
    assert [e.type for e in events("Two guards were injured in the attack.")] == ["assault"]


@pytest.mark.parametrize(
    "text",
    [
        "The nine detainees flew home to Vantia on Tuesday.",
        "The envoy travelled home to Marvena after the talks.",
    ],
)
def test_going_home_is_no_meeting(events, text):
    assert events(text) == []


def test_flying_to_a_capital_stays_an_intent_to_meet(events):
    found = events("The minister flew to Orlin on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("agree", "036")]


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        (
            "The bank said it could no longer defend the old rate.",
            "The bank said it could not defend the old rate.",
        ),
        ("The army will no longer attack the town.", "The army will not attack the town."),
    ],
)
def test_no_longer_negates_as_not_does(events, negated, plain):
    assert [(e.type, e.status) for e in events(negated)] == [
        (e.type, e.status) for e in events(plain)
    ]
