"""Records the store tests write, shared by the SQLite and PostgreSQL tests."""

from __future__ import annotations

from newsgraph.records import Article, RawItem, Removal


def pair(text: str = "Body text about a summit.", **kw) -> tuple[Article, RawItem]:
    raw = RawItem(source="a.txt", kind="text", content=text.encode(), fields={"k": "v"})
    article = Article(
        id=raw.id,
        source=raw.source,
        kind="text",
        text=text,
        title=kw.get("title", "A title"),
        outlet="Example Post",
        language="en",
        removals=[Removal(0, 4, "Skip", "navigation")],
    )
    return article, raw
