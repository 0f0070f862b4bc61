"""Blocking a decision others would take (a resolution, bill, motion, deal) is vetoing it:
PLOVER reject, CAMEO 129. Blocking a road or an entrance stays obstruction (protest 144),
and blocking a convoy a blockade: the object keeps the two apart. Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Oskaria blocked a Security Council resolution on Thursday.", "Oskaria"),
        ("The Senate blocked the motion on Tuesday.", "Senate"),
        ("The resolution was blocked by Oskaria.", "Oskaria"),
        ("Oskaria blocked a resolution demanding a ceasefire in Halvek.", "Oskaria"),
        ("Varrow said it would block the merger.", "Varrow"),
    ],
)
def test_blocking_a_decision_is_a_veto(events, text, actor):
    found = events(text)
    assert [(e.type, e.cameo) for e in found] == [("reject", "129")]
    assert [a[1] for a in found[0].actors] == [actor]


def test_blocking_a_trade_deal_is_no_blockade(events):
    # `trade` after `block` is a blockade in the CAMEO dictionary; here it names the deal
    found = events("Marvena blocked the trade deal with Korland.")
    assert [(e.type, e.cameo) for e in found] == [("reject", "129")]


def test_blocking_and_vetoing_a_resolution_agree(events):
    blocked = events("Oskaria blocked the resolution on Thursday.")
    vetoed = events("Oskaria vetoed the resolution on Thursday.")
    assert [(e.type, e.cameo, e.date) for e in blocked] == [
        (e.type, e.cameo, e.date) for e in vetoed
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the road to the airport.",
        "Police blocked the entrance to the ministry.",
    ],
)
def test_blocking_a_way_stays_obstruction(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("protest", "144")]


def test_blocking_a_convoy_stays_a_blockade(events):
    found = events("Marvena blocked the aid convoy at the border.")
    assert [(e.type, e.cameo) for e in found] == [("coerce", "191")]


def test_not_blocking_a_resolution_is_no_event(events):
    assert events("Oskaria did not block the resolution.") == []
