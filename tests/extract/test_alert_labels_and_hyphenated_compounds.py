"""An alert label ends at a colon, an em dash, or a dash or bar with a space either side
(`URGENT - `, `Just in | `): a word joined by a hyphen to the next one opens a compound
(`Flash-flood warning`, `Urgent-care clinics`), so the headline keeps it and has no alert.
Text invented."""

from __future__ import annotations

import pytest

from newsgraph.extract.genre import alert_label
from newsgraph.pipeline import articles_of
from newsgraph.records import RawItem

BODY = (
    "Heavy rain swelled the rivers of the Velmora valley on Tuesday, and the weather office "
    "told residents of three villages to move to higher ground before nightfall."
)


@pytest.mark.parametrize(
    "title",
    [
        "Flash-flood warning issued for Velmora valley",
        "Urgent-care clinics to open on Sundays in Orsa",
        "Alert-level raised at Mount Carrow volcano",
        "Developing-world lenders meet in Velmora",
        "Breaking-ball pitcher signs with Orsa club",
    ],
)
def test_a_hyphenated_compound_is_no_alert_label(title):
    assert alert_label(title) == (None, title)
    (article,) = articles_of(
        RawItem("a.jsonl#1", "text", BODY.encode(), {"title": title}, container="jsonl")
    )
    assert article.title == title
    assert "alert" not in article.metadata


@pytest.mark.parametrize(
    "title, label",
    [
        ("FLASH - Flood warning issued for Velmora valley", "FLASH"),
        ("Urgent – Clinics to open on Sundays in Orsa", "Urgent"),
        ("BREAKING—Flood warning issued for Velmora valley", "BREAKING"),
        ("Alert | Level raised at Mount Carrow volcano", "Alert"),
    ],
)
def test_a_spaced_dash_or_bar_still_ends_the_label(title, label):
    found, rest = alert_label(title)
    assert found == label
    assert rest[0].isupper() and rest in title
