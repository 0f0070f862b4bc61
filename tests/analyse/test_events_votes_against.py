"""Voting against a resolution or plan rejects the proposal (PLOVER REJECT, as `turned down`),
not criticism; voting for it stays an agreement. Text written for these tests (invented
countries); published 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Norvia alone voted against the resolution on Thursday.",
        "The council voted against the plan.",
    ],
)
def test_voting_against_is_a_rejection(events, text):
    assert [e.type for e in events(text)] == ["reject"]


def test_voting_for_is_still_an_agreement(events):
    assert [e.type for e in events("Norvia voted for the resolution.")] == ["agree"]


@pytest.mark.parametrize(
    "text", ["The council voted no on the plan.", "The council voted no to the plan."]
)
def test_voting_no_is_a_rejection(events, text):
    assert [e.type for e in events(text)] == ["reject"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarsland voted against the odds to back the deal.",
        "Norvia voted against its own allies to back the resolution.",
    ],
)
def test_voting_against_something_to_back_a_plan_rejects_nothing(events, text):
    # the vote is to back the plan: `against the odds`/`its allies` is no rejected proposal
    assert "reject" not in [e.type for e in events(text)]
