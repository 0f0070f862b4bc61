"""A measure told as coming into force on a day (`a curfew will take effect from Friday`) is
decided: the measure itself is to come on that day (coerce, planned), no threat to impose
one; a measure only intended (`would impose a curfew`) stays a threat. Text written for
these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A night curfew will take effect from Saturday, the ministry said.",
        "A night curfew will begin in the capital on Saturday.",
    ],
)
def test_a_measure_coming_into_force_is_planned_on_its_day(events, text):
    found = events(text)
    assert [(e.type, e.status, e.date) for e in found] == [("coerce", "planned", "2031-03-15")]


def test_an_intended_measure_is_still_a_threat(events):
    found = events("The army would impose a curfew in Orvel on Saturday.")
    assert [(e.type, e.status) for e in found] == [("threaten", "planned")]
