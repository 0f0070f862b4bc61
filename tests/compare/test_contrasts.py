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


def test_a_crackdown_and_a_security_operation_on_one_square_are_one_thing():
    """One outlet calls the police's clearing of a square a crackdown, another the
    government's security operation there (review 10: missed, no family named the pair)."""
    a = _art(
        "a",
        "Orsa Courier",
        "Witnesses described a crackdown, with riot police clearing Tamsel Square overnight.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "The government defended the security operation in the capital, where unrest has "
        "gone on for two nights.",
    )
    assert (
        "force-used",
        {"Orsa Courier": ["crackdown"], "Kelmor Daily": ["security operation"]},
    ) in (_contrasts(a, b))


def test_one_term_for_the_force_used_in_both_reports_is_no_contrast():
    a = _art("a", "Orsa Courier", "Witnesses described a crackdown in Tamsel Square on Monday.")
    b = _art("b", "Kelmor Daily", "Rights groups condemned the crackdown in Tamsel Square.")
    assert not [c for c in _contrasts(a, b) if c[0] == "force-used"]


def test_a_term_alone_joins_the_one_untied_group_of_aligned_reports():
    """Two reports carry one claim with `crackdown` (aligned: one group); a third calls it
    `the security operation` tied to nothing: the story has nothing else it could name, so
    the three are one contrast (review 10: the third was left out, no contrast shown)."""
    a = _art(
        "a",
        "Orsa Courier",
        "Witnesses described a crackdown, with riot police clearing Tamsel Square on Monday.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Rights groups described a crackdown, with riot officers clearing Tamsel Square on Monday.",
    )
    c = _art(
        "c",
        "Vesk Herald",
        "The government defended the security operation in the capital, where unrest has gone on "
        "for two nights.",
    )
    found = dict(_contrasts(a, b, c))
    assert found["force-used"] == {
        "Orsa Courier": ["crackdown"],
        "Kelmor Daily": ["crackdown"],
        "Vesk Herald": ["security operation"],
    }


def test_one_protest_contrast_when_a_family_has_an_agreeing_untied_group_too():
    """Review 10: aligned `protests` / `riots` gave one contrast, the same reports' other
    untied terms (and a third report's `unrest`) a second `protests` row beside it, because a
    second untied group (`riot police` in two reports, no contrast) kept the pool apart. A
    group whose reports all use one term is no other thing the pool could name: one contrast
    per family and referent."""
    a = _art(
        "a",
        "Orsa Courier",
        "Angry protests broke out after the count was announced on Sunday. Riot police guarded "
        "the Velm Bridge and Corran Street. The protests went on for a second night.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Angry riots broke out after the count was announced on Sunday. Riot police guarded "
        "the Velm Bridge and Corran Street overnight.",
    )
    c = _art("c", "Vesk Herald", "Unrest spread overnight, witnesses said.")
    found = [x for x in _contrasts(a, b, c) if x[0] == "protest"]
    assert len(found) == 1
    assert set(found[0][1]) == {"Orsa Courier", "Kelmor Daily", "Vesk Herald"}


def test_an_airports_security_measures_are_no_force_used_term():
    """Final read, session 11 (code review): two reports' `crackdown on the marchers` and a
    third's `Airports tightened security measures` were one force-used contrast; the generic
    term is out of the family."""
    a = _art(
        "a", "Orsa Courier", "Police launched a crackdown on the marchers in Tamsel on Monday."
    )
    b = _art(
        "b", "Kelmor Daily", "Police launched a crackdown on the marchers in Tamsel on Monday."
    )
    c = _art(
        "c", "Vesk Herald", "Airports tightened security measures ahead of the holiday weekend."
    )
    assert not [x for x in _contrasts(a, b, c) if x[0] == "force-used"]
