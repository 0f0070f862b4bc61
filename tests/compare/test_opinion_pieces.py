"""Opinion and analysis pieces in the dossier (session 13), on invented articles: a column is
known by its headline's label, its section or its URL, and what only it says is listed as its
author's view, apart from the claims of fact only one report makes."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble, genre
from newsgraph.compare.render import render_html, render_markdown

NEWS = (
    "The Brenna dam on the Ulst river burst on Sunday, flooding four villages.\n\n"
    "Engineers from the Ulst water board said cracks had been reported in May."
)
COLUMN = (
    "The Brenna dam did not fail by accident.\n\n"
    "Every minister who ignored the engineers should resign, and the board with them."
)


def _dossier(arts: list[dict]) -> dict[str, Any]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, arts, [], [], []))


def _column(**changes: Any) -> dict[str, Any]:
    return {**_art("b", "Ulst Herald", COLUMN), **changes}


def test_a_view_piece_is_known_by_its_label_section_or_url():
    assert genre(_column(title="Opinion: The dam was a scandal")) == "opinion"
    assert genre(_column(title="Comment | Ministers must go")) == "opinion"
    assert genre(_column(title="Analysis: Why the Brenna dam failed")) == "analysis"
    assert genre(_column(metadata={"section": "Opinion"})) == "opinion"
    assert genre(_column(metadata={"genre": ["op-ed"]})) == "opinion"
    assert genre(_column(url="https://herald.example/columns/2025/06/02/dam")) == "opinion"


def test_a_news_report_is_no_view_piece():
    assert genre(_art("a", "Ulst Post", NEWS)) is None
    assert genre(_column(title="Opinions split over the Brenna dam repairs")) is None
    assert genre(_column(metadata={"section": "World", "tags": ["opinion poll"]})) is None
    assert genre(_column(url="https://herald.example/world/2025/06/02/opinion-poll")) is None


def test_what_only_a_column_says_is_its_authors_view_listed_apart():
    news = _art("a", "Ulst Post", NEWS)
    column = _column(title="Opinion: Ministers must answer for Brenna")
    d = _dossier([news, column])
    by_id = {a["id"]: a for a in d["articles"]}
    assert by_id[column["id"]]["genre"] == "opinion" and by_id[news["id"]]["genre"] is None
    assert d["unique"][column["id"]] and all(c["opinion"] for c in d["unique"][column["id"]])
    assert not any(c.get("opinion") for c in d["unique"][news["id"]])
    md = render_markdown(d)
    facts, views = md.split("## Claims only one report makes")[1].split("## Views:")
    assert "should resign" not in facts and "should resign" in views.split("## Conflicts")[0]
    assert "cracks had been reported" in facts
    html = render_html(d)
    assert html.index('id="views"') < html.index("should resign")
