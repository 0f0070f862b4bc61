"""A role told with `the` (`ordered the manager held in custody`) is the one person the article
names beside that role elsewhere (`The manager, Corwin Haldt, ...`), in the next sentence or
paragraph; where no one, or two people, are so named, the description stays. Text written
for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _custody(found):
    return [[t[1] for t in e.targets] for e in found if e.trigger == "ordered"]


@pytest.mark.parametrize(
    "text",
    [
        "A judge ordered the manager held in custody on Tuesday. The manager, Corwin Haldt, "
        "denies the charges.",
        "A judge on Tuesday ordered the manager of the colliery held in custody.\n\n"
        "The manager, Corwin Haldt, was not in court.",
    ],
)
def test_custody_target_is_the_manager_named_later(events, text):
    assert _custody(events(text)) == [["Corwin Haldt"]]


def test_an_unnamed_manager_stays_the_description(events):
    assert _custody(events("A judge ordered the manager held in custody on Tuesday.")) == [
        ["manager"]
    ]


def test_a_role_named_for_two_people_stays_the_description(events):
    text = (
        "A judge ordered the manager held in custody on Tuesday. The manager, Corwin Haldt, "
        "was at the mine. His deputy said Peter Lindqvist, the manager of the second pit, was away."
    )
    assert _custody(events(text)) == [["manager"]]
