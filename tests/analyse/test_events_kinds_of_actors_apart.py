"""Two acts told alike by two kinds of actor (`Rebels` and `Troops`, a named police force and
`Soldiers`) are two events: the agent nouns' sectors set them apart, and a word is a name
only where the event's own sentence tags it one. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kind, doers",
    [
        (
            "Rebels attacked the convoy near Tarsk on Monday. Troops attacked the convoy "
            "near Tarsk on Monday.",
            "assault",
            [["Rebels"], ["Troops"]],
        ),
        (
            "Insurgents shelled the depot at Orvel on Tuesday. Police shelled the depot at "
            "Orvel on Tuesday.",
            "assault",
            [["Insurgents"], ["Police"]],
        ),
        (
            "The Dravnia Police arrested 20 protesters on Monday. Soldiers arrested 15 "
            "protesters on Monday.",
            "coerce",
            [["Dravnia Police"], ["Soldiers"]],
        ),
    ],
)
def test_two_kinds_of_actor_are_two_events(events, text, kind, doers):
    found = [e for e in events(text) if e.type == kind]
    assert sorted([a[1] for a in e.actors] for e in found) == sorted(doers)


def test_a_name_word_elsewhere_does_not_make_a_common_noun_a_name(events):
    found = events(
        "The Vostria Police arrested 12 students on Monday. Police arrested the students "
        "outside the library, witnesses said."
    )
    assert len([e for e in found if e.type == "coerce"]) == 1


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Authorities detained 20 people in Velm on Monday. Police detained 20 people in "
            "Velm on Monday.",
            "coerce",
        ),
        (
            "Gunmen attacked the convoy near Tarsk on Monday. Rebels attacked the convoy near "
            "Tarsk on Monday.",
            "assault",
        ),
    ],
)
def test_a_broad_kind_may_be_the_narrow_one_told_again(events, text, kind):
    assert len([e for e in events(text) if e.type == kind]) == 1
