"""Shared test helper: store invented story documents as articles, so tests can group them."""

from __future__ import annotations

from newsgraph.group import StoryDoc
from newsgraph.records import Article, RawItem
from newsgraph.store import Store


def store_docs(
    store: Store, docs: list[StoryDoc], language: str = "en", status: str = "analysed"
) -> None:
    for d in docs:
        article = Article(
            d.id,
            "test",
            "text",
            d.text,
            title=d.title,
            outlet=d.outlet,
            published=d.published,
            language=language,
            status=status,
        )
        store.add_article(article, RawItem("test", "text", d.text.encode()))
