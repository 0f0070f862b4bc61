"""Wording contrasts on invented articles: terms two reports choose for one thing are paired
by what they refer to (a shared target, the same participants, or one aligned claim)."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble


def _contrasts(*arts: dict[str, Any]) -> list[tuple[str, dict[str, list[str]]]]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, list(arts), [], [], []))
    return [
        (c["concept"], {x["outlet"]: x["terms"] for x in c["articles"]}) for c in d["contrasts"]
    ]


def test_an_incursion_and_a_clash_with_the_same_participants_are_one_thing():
    a = _art(
        "a",
        "Orsa Courier",
        "The talks were overshadowed by last month's Harvish incursion near Pellow, in which "
        "two Harvish soldiers died. Fishing quotas were also discussed.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "The ministers met for the first time since a clash near the village of Pellow last "
        "month killed two Harvish soldiers. The harbour was closed for the day.",
    )
    assert ("armed-conflict", {"Orsa Courier": ["incursion"], "Kelmor Daily": ["clash"]}) in (
        _contrasts(a, b)
    )


def test_a_walkout_and_a_strike_at_one_depot_on_one_day_are_one_thing():
    a = _art(
        "a",
        "Orsa Courier",
        "Some 800 porters began a walkout at the Brask rail depot on Monday over pay.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "The strike at the Brask rail depot on Monday left freight trains idle, managers said.",
    )
    assert _contrasts(a, b) == [
        ("labour-action", {"Orsa Courier": ["walkout"], "Kelmor Daily": ["strike"]})
    ]


def test_terms_about_different_targets_are_not_paired():
    a = _art(
        "a", "Orsa Courier", "Aid convoys reached the war in Corvania on Monday, aid groups said."
    )
    b = _art("b", "Kelmor Daily", "The conflict in Dellmark displaced thousands, aid groups said.")
    assert _contrasts(a, b) == []
