"""A vote against a proposal that has a `to do` clause of its own (`voted against the motion
to dissolve parliament`) rejects the proposal: the clause says what the motion would do, not
what the vote did (`voted against the odds to back the deal` stays the backing). Text written
for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The opposition voted against the motion to dissolve parliament.",
        "Norvia voted against the resolution to condemn the strikes.",
        "Twelve senators voted against the bill to raise the minimum wage.",
        "The council voted against a plan to close the harbour.",
    ],
)
def test_vote_against_a_proposal_with_its_clause_is_a_rejection(events, text):
    assert [(e.type, e.trigger) for e in events(text)] == [("reject", "voted")]


def test_vote_against_the_odds_to_back_a_deal_rejects_nothing(events):
    assert all(
        e.type != "reject" for e in events("Norvia voted against the odds to back the deal.")
    )
