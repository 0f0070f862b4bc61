"""A security operation an arrest is made in (`last week's sweep`, `Sunday's round-up`)
dates the arrest, as a raid or a crackdown does. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, day, precision",
    [
        ("Troops detained 15 men in last week's sweep of the camp.", "2031-W10", "week"),
        ("Police detained 30 people in Sunday's sweep of the market.", "2031-03-09", "day"),
        ("Soldiers arrested 12 men in Tuesday's roundup in Orvel.", "2031-03-11", "day"),
    ],
)
def test_an_operation_dates_the_arrest(events, text, day, precision):
    found = [e for e in events(text) if e.type == "coerce"]
    assert [(e.date, e.date_precision) for e in found] == [(day, precision)]
