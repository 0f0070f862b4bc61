"""An act set at an occasion (`at Sunday's rally`, `during the 2014 offensive`) is dated by
it; a date that names a thing (`the 2019 accord`) still dates no act. Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, day",
    [
        ("Police arrested 20 protesters at Sunday's rally in Kassel.", "2031-03-09"),
        ("Troops shelled the village during the 2014 offensive, the report said.", "2014"),
    ],
)
def test_an_occasion_dates_the_act(events, text, day):
    assert [e.date for e in events(text)] == [day]


def test_a_thing_named_by_a_year_still_dates_nothing(events):
    found = events("The government rejected the 2019 peace accord.")
    assert [e.date for e in found] == [None]
