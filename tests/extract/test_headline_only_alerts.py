"""A report that is only its headline (a wire alert, `BREAKING: …`, in a JSON record, a feed entry
or a one-line text file) is stored as a one-line article, not refused as furniture; a lone line of
navigation or a label still leaves no article. Text invented."""

from __future__ import annotations

import pytest

from newsgraph.extract import NoTextFound, extract
from newsgraph.records import RawItem

ALERT = "BREAKING: Magnitude 6.9 earthquake strikes northern Velmora - geological survey"


@pytest.mark.parametrize("container", ["jsonl", "json", "feed", "file"])
def test_a_headline_only_alert_is_a_one_line_report(container):
    raw = RawItem("alerts#1", "text", ALERT.encode(), {"title": ALERT}, container=container)
    got = extract(raw)
    assert got.text == ALERT
    assert got.title == ALERT
    assert not any(r.reason == "teaser" for r in got.removals)


def test_the_alert_keeps_the_records_own_title():
    raw = RawItem("alerts#2", "text", ALERT.encode(), {"title": "Velmora quake"}, "jsonl")
    assert extract(raw).text == ALERT


@pytest.mark.parametrize("line", ["Skip to content", "Breaking news", "Home | World | Sport"])
def test_a_lone_line_of_furniture_is_still_no_article(line):
    with pytest.raises(NoTextFound):
        extract(RawItem("x.txt", "text", line.encode()))
