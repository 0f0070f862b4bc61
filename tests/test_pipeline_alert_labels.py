"""A wire alert's label (`BREAKING:`, `URGENT -`, `Just in |`) is the wire's, not the headline's:
the stored title drops it and the article's metadata keeps it (`alert`), so a story titled by
the alert reads as the event's headline. The text keeps what the input printed. Text invented."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import articles_of
from newsgraph.records import RawItem

HEADLINE = "Magnitude 6.9 earthquake strikes northern Velmora - geological survey"


def _record(text: str, title: str) -> RawItem:
    fields = {"title": title, "language": "en"}
    return RawItem("alerts.jsonl#1", "text", text.encode(), fields, container="jsonl")


@pytest.mark.parametrize("label", ["BREAKING:", "Breaking news -", "URGENT:", "Just in |"])
def test_the_alert_label_leaves_the_title(label):
    line = f"{label} {HEADLINE}"
    (article,) = articles_of(_record(line, line))
    assert article.title == HEADLINE
    assert article.metadata["alert"] == " ".join(label.rstrip(":-| ").split())
    assert article.text == line


def test_a_long_report_under_a_labelled_headline_loses_the_label_too():
    body = (
        "A magnitude 6.9 earthquake struck northern Velmora early on Monday, the geological "
        "survey said, and rescue teams were sent to three villages near the epicentre.\n\n"
        "There were no immediate reports of casualties, the regional governor told reporters."
    )
    (article,) = articles_of(_record(body, f"BREAKING: {HEADLINE}"))
    assert article.title == HEADLINE


@pytest.mark.parametrize("title", ["Breaking: Live", "Developing story", "Flash floods hit Orsa"])
def test_a_title_that_is_no_labelled_headline_stays(title):
    body = "Heavy rain closed the coastal road at Orsa on Tuesday, the council said in a statement."
    (article,) = articles_of(_record(body, title))
    assert article.title == title
    assert "alert" not in article.metadata
