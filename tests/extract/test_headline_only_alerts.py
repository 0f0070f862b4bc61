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


@pytest.mark.parametrize(
    "line",
    [
        "Sign in to continue reading this article",
        "This content is available to subscribers only",
        "Page not found - Harbour Ledger",
        "Table of Contents and List of Figures",
        "Annual Report of the Varna Port Authority 2030",
    ],
)
@pytest.mark.parametrize("container", ["jsonl", "file"])
def test_a_lone_unlabelled_line_is_no_alert(line, container):
    """Only an alert's label tells a one-line report from a paywall prompt or a title page."""
    with pytest.raises(NoTextFound):
        extract(RawItem("x#1", "text", line.encode(), {"title": line}, container=container))


@pytest.mark.parametrize("label", ["URGENT:", "Just in -", "FLASH |", "Developing:"])
def test_other_alert_labels(label):
    line = f"{label} Ferry service to Orsa suspended after collision"
    assert extract(RawItem("a#1", "text", line.encode(), {}, container="jsonl")).text == line
