"""The pipeline hands the article's byline to the quote extractor: in a piece bylined by one
person the narrator's `I` reports are that author's; with no byline they are nobody's quotes.
Invented text."""

from __future__ import annotations

import pytest

from newsgraph.analyse import analyse
from newsgraph.records import Article

TEXT = (
    "We were warned about the grid\n\n"
    "For three years I have warned that the Kestow grid could be shut down from abroad. "
    "I said in parliament that the control rooms ran on software nobody had checked.\n\n"
    "The energy minister said on Monday that the grid was safe."
)


def _quotes(byline: str | None) -> list:
    article = Article(id="t", source="t", kind="text", text=TEXT, byline=byline)
    analyse(article)
    return article.quotes


def test_an_authors_first_person_reports_are_the_authors() -> None:
    narrated = [q for q in _quotes("Marit Hovde") if q.speaker and q.speaker.text == "I"]
    assert len(narrated) == 2
    assert {q.speaker_name for q in narrated} == {"Marit Hovde"}


@pytest.mark.parametrize("byline", [None, "Staff reporters"])
def test_without_one_author_the_narrator_is_no_speaker(byline: str | None) -> None:
    quotes = _quotes(byline)
    assert not [q for q in quotes if q.speaker and q.speaker.text == "I"]
    assert [q.text for q in quotes] == ["the grid was safe"]
