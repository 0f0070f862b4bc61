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


def moved_story_is_removed(store) -> None:
    """A story whose articles all moved to another (the grouper merged them) leaves no row."""
    one, raw_one = pair("The port reopened on Monday.")
    two, raw_two = pair("Ships left the reopened port.")
    store.add_article(one, raw_one)
    store.add_article(two, raw_two)
    store.save_stories({}, {"s-a": [one.id], "s-b": [two.id]}, {}, [])
    stories = "SELECT id FROM stories ORDER BY id"
    assert [r[0] for r in store.db.execute(stories)] == ["s-a", "s-b"]
    # the grouper merged s-b into s-a: only s-a is written, with both articles
    store.save_stories({}, {"s-a": [one.id, two.id]}, {}, [])
    assert [r[0] for r in store.db.execute(stories)] == ["s-a"]
    assert store.story_of(two.id) == "s-a"


def host_outlet_is_named(store) -> None:
    """Articles stored under a bare host take the outlet's name once it is known; others stay."""
    bare, raw_bare = pair("The port reopened on Monday.")
    bare.outlet = "harbour.example"
    named, raw_named = pair("Ships left the reopened port.")
    store.add_article(bare, raw_bare)
    store.add_article(named, raw_named)
    assert store.name_host_outlet("harbour.example", "Harbour Times") == 1
    assert store.get_article(bare.id).outlet == "Harbour Times"
    assert store.get_article(named.id).outlet == "Example Post"
    assert store.name_host_outlet("harbour.example", "Harbour Times") == 0
