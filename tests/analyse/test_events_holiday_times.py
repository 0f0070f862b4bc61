"""A holiday with a time of day after it still dates the act (`on Christmas Day evening`);
one that names another event (`the Christmas Day march`, even when NER tags the whole phrase
as the date) dates that event, not the act told. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations


def test_a_holiday_evening_dates_the_act(events):
    found = events("Police arrested 12 protesters in Selvik on Christmas Day evening.")
    assert [(e.type, e.date) for e in found] == [("coerce", "2030-12-25")]


def test_a_holiday_naming_a_march_does_not_date_the_arrests(events):
    found = events("Police arrested 12 protesters during the Christmas Day march in Selvik.")
    assert [(e.type, e.date) for e in found] == [("coerce", None)]
