"""Dates around measures, raids and rhetoric: a ban, suspension or closure `from Friday` takes
effect ahead; a raid or crackdown is the arrest's own occasion (only a crime it answers is
not); `by 27/3` is a deadline day (only a pair that could be a fraction is refused); a time
does not make a word of rhetoric literal; a refusal whose press hangs on its object is still a
formula. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry banned all protests from Friday.",
        "The city suspended all flights from Friday.",
        "The government closed all schools from Friday.",
    ],
)
def test_a_measure_from_a_day_looks_forward(events, text):
    found = events(text)
    assert found
    assert [(e.date, e.status) for e in found] == [("2031-03-14", "planned")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police detained 40 people in Sunday's crackdown.", "2031-03-09"),
        ("Police arrested 12 people in Tuesday's raids on the opposition offices.", "2031-03-11"),
    ],
)
def test_a_raid_dates_its_arrests(events, text, day):
    found = [e for e in events(text) if e.type == "coerce"]
    assert [e.date for e in found] == [day]


def test_a_deadline_day_in_figures_after_by_dates(events):
    found = events("Velmar must withdraw its troops by 27/3.")
    assert [e.date for e in found] == ["2031-03-27"]


@pytest.mark.parametrize(
    "text",
    [
        '"The commission has stolen the voice of millions since Sunday," said Ana Ruiz.',
        '"The commission stole the vote of millions on Sunday," said Ana Ruiz.',
    ],
)
def test_a_time_does_not_make_rhetoric_literal(events, text):
    assert [e.type for e in events(text)] == []


def test_a_refusal_with_the_press_on_its_object_is_a_formula(events):
    found = events("The minister declined to discuss the case with journalists on Monday.")
    assert [e.type for e in found if e.type == "reject"] == []


def test_a_time_does_not_make_a_promise_on_a_vote_literal(events):
    found = events('"We will defend every single vote on Monday," said Ana Ruiz.')
    assert [e.type for e in found] == []


def test_refusing_talks_on_a_programme_with_a_party_is_still_a_rejection(events):
    found = events("Velmar refused to discuss its missile programme with the inspectors on Monday.")
    assert [e.type for e in found] == ["reject"]
