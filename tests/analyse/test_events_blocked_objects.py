"""Blocking a decision put to others (a plan, a vote, sanctions, a package) vetoes it: a
reject (CAMEO 129), as `voted against the plan` is; blocking a road is no veto.
Sentences written for these tests (invented states)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "thing", ["the plan", "the sanctions", "a vote on the resolution", "the new package"]
)
def test_blocking_a_decision_is_a_reject(events, thing):
    found = events(f"Norvia blocked {thing} on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("reject", "129")]


def test_blocking_a_road_is_no_veto(events):
    assert [e.type for e in events("Protesters blocked the road on Monday.")] != ["reject"]
