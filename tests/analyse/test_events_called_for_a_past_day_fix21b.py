"""Session 21 (second fixes): a protest called in the simple past `for` a weekday one or two
days before publication, which the text then reports done (`the strike shut the port`), was on
that day, not a week ahead; with no such report, or with the day further back, the call still
looks forward. Text written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def dated(nlp):
    """`dated(text, published)`: the events of a text published on the given day."""
    from newsgraph.analyse.entities import extract_entities
    from newsgraph.analyse.events import extract_events

    def run(text: str, published: str) -> list:
        doc = nlp(text)
        return extract_events(doc, extract_entities(doc), published)

    return run


def _protests(found):
    return [(e.status, e.date) for e in found if e.type == "protest"]


# 2031-03-15 is a Saturday, 2031-03-12 a Wednesday.


def test_a_call_for_yesterday_reported_done_is_yesterday(dated):
    text = "Ferry crews called a strike for Friday. The strike halted every crossing to Orn."
    assert ("happened", "2031-03-14") in _protests(dated(text, "2031-03-15"))
    assert not [p for p in _protests(dated(text, "2031-03-15")) if p[0] == "planned"]


def test_a_call_reported_held_in_the_passive_is_past(dated):
    text = "Bakers called a protest for Thursday. The protest was held outside the town hall."
    assert ("happened", "2031-03-13") in _protests(dated(text, "2031-03-15"))


def test_a_call_with_no_report_of_the_act_looks_forward(dated):
    text = "Ferry crews called a strike for Friday. Their union wants higher wages."
    assert ("planned", "2031-03-21") in _protests(dated(text, "2031-03-15"))


def test_a_called_off_act_is_no_report_that_it_happened(dated):
    text = "Ferry crews called a strike for Friday. The strike was later cancelled by the union."
    assert ("planned", "2031-03-21") in _protests(dated(text, "2031-03-15"))


def test_a_day_further_back_still_looks_forward(dated):
    # Wednesday's paper: Saturday is three days ahead, even with a report in the past tense
    text = "Ferry crews called a strike for Saturday. The last strike halted every crossing."
    assert ("planned", "2031-03-15") in _protests(dated(text, "2031-03-12"))
