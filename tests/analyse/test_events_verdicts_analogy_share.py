"""Session 13 (final): lent verb-object pairs need the borrower to take most of the lender's
reading already (`plover.ANALOGY_MIN_SHARE`); a court's verdict given with other verbs than
`hand` is PLOVER accuse (CAMEO 116), a verdict by voters or critics is none. Text written for
these tests."""

from __future__ import annotations

import pytest

from newsgraph.analyse.plover import Cue, analogous_cue

DEAL = Cue("agree", "057")
OFFER = Cue("agree", "030")


@pytest.mark.parametrize(
    "text",
    [
        "Tolsa guards moved the rebels to a jail in Karst on Friday.",
        "Three Tolsa policemen rushed the militant near the Karst station on Friday.",
        "Karst officials transferred the detained gunmen to a prison near Tolsa on Friday.",
    ],
)
def test_moving_armed_men_is_no_mobilisation(events, text):
    """`move` shares the troops of a massing verb, not its gunmen: no pair is lent."""
    assert "mobilize" not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Karst council struck the proposal off its agenda on Friday.",
        "The Tolsa chairman struck the offer from the minutes on Friday.",
    ],
)
def test_striking_a_proposal_off_is_no_agreement(events, text):
    assert "agree" not in [e.type for e in events(text)]


def test_a_few_shared_objects_of_a_wide_reading_lend_nothing():
    """`clinch` shares 3 deals with a verb that takes 9 objects in that reading: too few."""
    many = ("offer", "plan", "proposal", "terms", "invitation", "formula")
    table = {("accept", n): OFFER for n in ("accord", "pact", "treaty", *many)}
    table |= {("clinch", n): OFFER for n in ("accord", "pact", "treaty")}
    assert analogous_cue(table, "clinch", "plan") is None
    # the borrower taking most of the lender's reading borrows the rest
    table = table | {("clinch", n): OFFER for n in many[1:]}  # a new table: loans are cached
    assert analogous_cue(table, "clinch", "offer") == OFFER


def test_lent_pair_still_types_an_event(events):
    found = events("Karst and Tolsa inked an agreement on Friday.")
    assert [e.type for e in found] == ["agree"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The judge said the court would deliver its verdict on Wednesday.", "planned"),
        ("The jury returned a verdict of guilty on Friday.", "happened"),
        ("The Karst court pronounced its verdict on Ivo Tal on Friday.", "happened"),
    ],
)
def test_a_court_giving_its_verdict_is_accuse(events, text, status):
    assert [(e.type, e.cameo, e.status) for e in events(text)] == [("accuse", "116", status)]


@pytest.mark.parametrize(
    "text",
    [
        "Voters delivered a harsh verdict on the Tolsa government on Sunday.",
        "The critics issued their verdict on the new Karst opera on Friday.",
        "Voters handed down their verdict on the Tolsa government on Sunday.",
    ],
)
def test_a_verdict_not_by_a_court_is_no_event(events, text):
    assert events(text) == []
