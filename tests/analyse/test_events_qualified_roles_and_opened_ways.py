"""A role told with words of its own (`the manager of Kerrow`, `the Kerrow manager`, `the
president of Tamberg`) is not the person named beside the same role qualified otherwise or
bare elsewhere; a way that reopens is dated by its own clause, not by a clause about the
way, and is opened by no one its name happens to name. Text written for these tests;
published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _accusers(found):
    return [[a[1] for a in e.actors] for e in found if e.type == "accuse"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The manager of Westmoor, Jon Barr, praised the team. On Monday the manager of "
            "Kerrow criticised the referee.",
            "Kerrow",
        ),
        (
            "The Westmoor manager, Jon Barr, praised the team. On Monday the Kerrow manager "
            "criticised the referee.",
            "Kerrow manager",
        ),
        (
            "The president, Ana Lind, spoke on Monday. The president of Tamberg criticised "
            "Norvia on Tuesday.",
            "Tamberg",
        ),
    ],
)
def test_a_role_qualified_otherwise_is_not_the_person_named(events, text, actor):
    assert _accusers(events(text)) == [[actor]]


def test_a_role_qualified_alike_is_the_person_named(events):
    text = (
        "The manager of Westmoor, Jon Barr, praised the team. On Monday the manager of "
        "Westmoor criticised the referee."
    )
    assert _accusers(events(text)) == [["Jon Barr"]]


@pytest.mark.parametrize(
    "text",
    [
        "The crossing, which closed in May, reopened on Monday.",
        "The crossing, which had closed in May, reopened on Monday after the talks.",
    ],
)
def test_a_way_that_reopens_is_dated_by_its_reopening_with_no_actor(events, text):
    found = events(text)
    assert [(e.type, e.actors, e.date) for e in found] == [("retreat", [], "2031-03-10")]


def test_a_crossing_named_like_a_person_is_opened_by_no_one_named(events):
    found = events("The Rafah crossing reopened on Monday.")
    assert [(e.type, e.actors) for e in found] == [("retreat", [])]
