"""Acts a court report tells: a judge ordering someone held in custody detains them (CAMEO
173, not a request); signing a report agrees with no one; sitting down alone meets no one.
Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A judge in Varrow ordered the foreman, Ivo Sarn, held in custody for 30 days.",
        "Judge Amos Fell ordered Ivo Sarn detained.",
    ],
)
def test_ordering_someone_held_is_a_detention(events, text):
    found = events(text)
    assert [(e.type, e.cameo) for e in found] == [("coerce", "173")]
    assert [a[1] for a in found[0].targets] == ["Ivo Sarn"]


def test_ordering_someone_of_a_place_held_is_a_detention(events):
    found = events("A judge in Varrow ordered the manager of the Kell mine held in custody.")
    assert [(e.type, e.cameo, [a[1] for a in e.actors]) for e in found] == [
        ("coerce", "173", ["judge"])
    ]


def test_ordering_a_release_is_still_a_release(events):
    found = events("The court ordered the release of Ivo Sarn.")
    assert [e.type for e in found] == ["retreat"]


def test_signing_an_inspection_report_is_no_agreement(events):
    assert events("Ivo Sarn signed the inspection report in March.") == []


def test_sitting_down_alone_is_no_meeting(events):
    assert events("Ivo Sarn stood as the prosecutor sat down.") == []


def test_sitting_down_with_someone_is_a_meeting(events):
    found = events("Anna Berg sat down with Kaspar Veil in Tarlow.")
    assert [(e.type, [a[1] for a in e.targets]) for e in found] == [("consult", ["Kaspar Veil"])]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Sarn talked for an hour about the flooded mine on Tuesday.",
        "The foreman discussed the flooded mine for two hours.",
    ],
)
def test_talking_for_a_while_alone_is_no_meeting(events, text):
    assert [e for e in events(text) if e.type == "consult"] == []


def test_sitting_down_for_talks_is_a_meeting(events):
    found = events("Anna Berg sat down for talks in Tarlow.")
    assert [e.type for e in found] == ["consult"]
