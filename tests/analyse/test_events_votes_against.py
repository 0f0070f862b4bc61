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
