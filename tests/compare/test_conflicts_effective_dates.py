"""The day a change takes effect: `effective Wednesday 25 November` (after `is` or a comma)
and `a new rate of 96 crowns to the dollar that will take effect on Thursday` (the relative
clause's noun past the phrases after it), so two reports' days for one change conflict.
Invented text."""

from __future__ import annotations

import pytest
from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import time_facts
from newsgraph.compare.dossier import assemble


def _facts(text: str, published: str = "2026-11-25") -> list[tuple[str, str, str]]:
    """(thing, role, day) of each fact; 2026-11-25 is a Wednesday."""
    s = Sentence("a", "r", 0, len(text), text, [])
    return [(f[0], f[1], f[2]) for f in time_facts(s, published)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The new fare is effective Monday 30 November.", [("fare", "start", "2026-11-30")]),
        (
            "The port raised its fees to 40 crowns per tonne from 32, effective 1 December.",
            [("fee", "start", "2026-12-01")],
        ),
        (
            "The new tariffs, effective from Friday, apply to steel and copper.",
            [("tariff", "start", "2026-11-27")],
        ),
        (
            "The agency set a new levy of 5 crowns on each ticket that will take effect on "
            "Thursday 26 November.",
            [("levy", "start", "2026-11-26")],
        ),
        (
            "Residents protested the curfew that starts on Friday.",
            [("curfew", "start", "2026-11-27")],
        ),
    ],
)
def test_the_day_a_change_takes_effect(text, want):
    assert _facts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine was effective in trials on Monday.",  # effective, but no start's day
        "The new fare is effective immediately.",  # no day told
    ],
)
def test_no_effective_day(text):
    assert _facts(text) == []


def test_two_reports_days_for_one_change_conflict():
    a = _art(
        "a",
        "Lenby Courier",
        "The central bank devalued the crown on Tuesday, moving its official rate to 96 per "
        "dollar from 84, effective Wednesday 25 November.",
    )
    b = _art(
        "b",
        "Harlow Times",
        "The central bank set a new official rate of 96 crowns to the dollar that will take "
        "effect on Thursday 26 November.",
    )
    a["published"] = b["published"] = "2026-11-25"
    story = {"id": "s-1", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    got = [
        (c["about"], sorted(v["value"] for v in c["values"]))
        for c in assemble(StoryBundle(story, [a, b], []))["conflicts"]
        if c["kind"] == "date"
    ]
    assert got == [("rate: start", ["2026-11-25", "2026-11-26"])]
