"""A figure after `by` is a margin (`rejected the budget by 3/4`), and `9/11` names the 2001
attacks: neither dates an act, while a day in figures after a day preposition still does.
Text written for these tests."""

from __future__ import annotations

from datetime import date

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.events import extract_events
from newsgraph.analyse.newsdates import resolve_date


def test_a_fraction_after_by_is_no_day(events):
    found = [
        e for e in events("Lawmakers rejected the budget by 3/4 on Tuesday.") if e.type == "reject"
    ]
    assert [e.date for e in found] == ["2031-03-11"]


def test_nine_eleven_names_the_attacks_not_a_day(nlp):
    doc = nlp("Velmar closed its embassy after 9/11, officials said.")
    found = extract_events(doc, extract_entities(doc), "2031-09-20")
    assert [e.date for e in found] == [None]
    assert resolve_date("9/11", date(2031, 9, 20)) is None


def test_a_figure_day_after_on_still_dates(nlp):
    doc = nlp("Velmar closed its embassy on 14/9, officials said.")
    found = extract_events(doc, extract_entities(doc), "2031-09-20")
    assert [e.date for e in found] == ["2031-09-14"]
