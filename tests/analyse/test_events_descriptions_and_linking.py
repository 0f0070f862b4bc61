"""Descriptions that tell no act: a group `they link to` a state (who the group is), an offer
of `"not one piece of evidence"`, people who `found out`. Linking an act to someone accuses
them (`an attack X also linked to the Y group`). A relative after a possessive (`his
brother`) is someone an arrest is done to. Text written for these tests (invented names);
published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Grey Fox is the name security researchers give to a group they link to Ostavia's "
        "military intelligence.",
        'Ostavia\'s ambassador had offered "not one piece of evidence" for the claim, the '
        "minister said.",
        "The ambassador offered not a single piece of evidence.",
        "The people of Tarlow found out about the blackout from their neighbours.",
    ],
)
def test_a_description_is_no_event(events, text):
    assert [(e.type, e.trigger) for e in events(text)] == []


def test_linking_an_attack_to_a_group_accuses_it(events):
    text = (
        "The government of Merrin blamed Ostavia for the blackout on Sunday.\n\n"
        "In June 2021 the website of Merrin's election commission was defaced days before a "
        "vote, an attack Merrin also linked to the Grey Fox group."
    )
    linked = [e for e in events(text) if e.trigger == "linked"]
    assert [(e.type, [a[1] for a in e.actors], [t[1] for t in e.targets]) for e in linked] == [
        ("accuse", ["Merrin"], ["Grey Fox"])
    ]


def test_linking_a_bombing_to_a_militia_accuses_it(events):
    found = events("Officials linked the bombing to the Red Wolf militia on Monday.")
    assert [(e.type, e.trigger) for e in found] == [("accuse", "linked")]


@pytest.mark.parametrize(
    "text", ["Police arrested his brother on Monday.", "Police held his brother for two days."]
)
def test_a_relative_after_a_possessive_is_held(events, text):
    assert [(e.type, [a[1] for a in e.actors]) for e in events(text)] == [("coerce", ["Police"])]


def test_ones_own_child_held_in_arms_is_no_arrest(events):
    assert events("The mother held her son in her arms.") == []
