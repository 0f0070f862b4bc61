"""A plain-text column's section line (`Opinion` over its headline) is removed as furniture
but kept as the article's `section`, so the dossier reads the column as a view; a news section
or an input's own `section` field is left as it was. Invented text."""

from __future__ import annotations

from newsgraph.compare.dossier import genre
from newsgraph.extract import extract
from newsgraph.pipeline import build_article
from newsgraph.records import RawItem

BODY = (
    "I have argued for years that a city which cannot maintain its tunnels cannot call itself "
    "modern. Last week the people of Osterby learned what that means: no trains, no buses and a "
    "ferry that could not dock.\n\n"
    "When I was minister, I asked twice for money to replace the tunnel's pumps. Twice the "
    "treasury said no. I do not write this to settle old scores.\n"
)


def _article(section: str, fields: dict | None = None):
    text = (
        f"Tarnvik Review\n{section}\n12 March 2026\n\n"
        "The harbour tunnel is a warning we keep ignoring\n\nBy Sofie Lindqvist\n\n" + BODY
    )
    raw = RawItem("column.txt", "text", text.encode(), fields or {})
    return build_article(raw, extract(raw))


def test_a_columns_section_line_is_its_section_and_a_view() -> None:
    article = _article("Opinion")
    assert article.metadata["section"] == "Opinion"
    assert genre({"title": article.title, "metadata": article.metadata, "url": None}) == "opinion"


def test_a_news_section_line_sets_nothing() -> None:
    assert "section" not in _article("Business").metadata


def test_an_inputs_own_section_field_wins() -> None:
    article = _article("Opinion", {"section": "World"})
    assert article.metadata["section"] == "World"
