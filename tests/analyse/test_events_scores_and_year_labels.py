"""A match's score after the loser's apposition (`beat Westmoor, the league leaders, 3-1`) is
still a score: the commas around a noun phrase close no clause. A year labelling a timeline
line stays the label when the line opens with a count (`2014 - 12 soldiers seized ...`,
`2014: 12 soldiers ...`); only a dash before a greater number is a range (`2000 - 3000
people`). Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def test_score_after_an_apposition_is_no_assault(events):
    assert events("Eastfold beat Westmoor, the league leaders, 3-1 on Saturday.") == []


def test_a_beating_before_a_comma_stays_an_assault(events):
    found = events("Police beat the protesters, leaving 2-3 injured.")
    assert [e.type for e in found] == ["assault"]


@pytest.mark.parametrize("mark", [" -", " \u2013", ":"])
def test_year_label_before_a_count_dates_its_line(events, mark):
    text = (
        "Key dates in the conflict\n"
        f"2009{mark} 300 Norvian troops attacked Kerrow\n"
        f"2014{mark} 12 Tarsland soldiers seized the Holm bridge\n"
        f"2019{mark} 40 Norvian ships blockaded the port of Varna\n"
    )
    seized = [e for e in events(text) if e.trigger.startswith("seized")]
    assert [e.date for e in seized] == ["2014"]


def test_a_range_of_counts_is_no_year_label(events):
    found = events("2000 - 3000 people marched through Halden on Monday.")
    assert [e.date for e in found] == ["2031-03-10"]
