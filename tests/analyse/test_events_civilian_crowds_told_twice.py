"""Two kinds of civilian crowd doing the same act (`Students` and `Protesters` marching
through one town on one day) are one protest told twice: only armed or state doers'
kinds set two events apart. Text written for these tests; published Thursday
2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first", ["Students", "Farmers"])
def test_civilian_crowds_of_one_march_are_one_protest(events, first):
    found = events(
        f"{first} marched through central Velm on Monday. Protesters marched through central "
        "Velm on Monday."
    )
    assert len([e for e in found if e.type == "protest"]) == 1


def test_police_and_a_crowd_stay_two_doers(events):
    found = events(
        "Rebels attacked the convoy near Tarsk on Monday. Villagers attacked the convoy near "
        "Tarsk on Monday."
    )
    assert len([e for e in found if e.type == "assault"]) == 2
