"""Sentences that only the guard they test keeps from being events. Holding one's own children
(a possessive that agrees with the subject) is no detention: `children`/`families` are held
people in the verb-object table, so only `_holds_captive`'s possessive test stops them. A
share price closing or opening `at a record high` is a market quote, no act: without the
price test the CAMEO dictionary reads `closed ... visit` as a visit. Text written for these
tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mother held her children in her arms.",
        "The soldiers held their families in their arms.",
    ],
)
def test_holding_ones_own_children_is_no_detention(events, text):
    assert events(text) == []


def test_holding_someone_elses_family_is_detention(events):
    found = events("Police are holding his family.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("coerce", ["Police"])]


@pytest.mark.parametrize(
    "text",
    [
        "Dravik shares closed at a record high during the minister's visit on Friday.",
        "Markets opened at a record high despite the talks in Velsk with Tarlow.",
    ],
)
def test_a_closing_or_opening_price_is_no_event(events, text):
    assert events(text) == []
