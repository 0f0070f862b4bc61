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
    """Articles stored under a bare host take the outlet's name once it is known, in any
    spelling of the host the caller names (case aside); others stay."""
    bare, raw_bare = pair("The port reopened on Monday.")
    bare.outlet = "harbour.example"
    mobile, raw_mobile = pair("Cranes were repaired on Tuesday.")
    mobile.outlet = "M.Harbour.example"
    named, raw_named = pair("Ships left the reopened port.")
    other, raw_other = pair("The ferry to Dunmarra sailed late.")
    other.outlet = "harbour.example.net"
    for article, raw in ((bare, raw_bare), (mobile, raw_mobile), (named, raw_named)):
        store.add_article(article, raw)
    store.add_article(other, raw_other)
    forms = ["www.harbour.example", "m.harbour.example"]
    assert store.name_host_outlet("harbour.example", "Harbour Times", forms) == 2
    assert store.get_article(bare.id).outlet == "Harbour Times"
    assert store.get_article(mobile.id).outlet == "Harbour Times"
    assert store.get_article(named.id).outlet == "Example Post"
    assert store.get_article(other.id).outlet == "harbour.example.net"
    assert store.name_host_outlet("harbour.example", "Harbour Times", forms) == 0


#: (text, [(name as the article gives it, type, key, aliases)]): the first article to use a key
#: gives its canonical name. Names invented.
LOOKUP_ARTICLES = [
    ("Ansel Marlow spoke.", [("Ansel Marlow", "PERSON", "person:ansel-marlow", [])]),
    ("Marlow is a port.", [("Marlow", "GPE", "gpe:marlow", [])]),
    ("Marlow said so.", [("Marlow", "PERSON", "person:ansel-marlow", [])]),
    ("Dara Venn spoke.", [("Dara Venn", "PERSON", "person:dara-venn", ["Venn"])]),
    ("Oren Venn spoke.", [("Oren Venn", "PERSON", "person:oren-venn", ["Venn"])]),
    ("Ilse Tarrow spoke.", [("Ilse Tarrow", "PERSON", "person:ilse-tarrow", ["the master"])]),
    ("Élodie Vantrask spoke.", [("Élodie Vantrask", "PERSON", "person:elodie-vantrask", [])]),
]


def entities_are_found_by_one_rule(store) -> None:
    """`find_entities`: the id, an exact canonical name, a name an article gives (per-article
    name or alias), part of a canonical name; the first that finds any decides."""
    from newsgraph.records import Entity, EntityMention

    for text, entities in LOOKUP_ARTICLES:
        article, raw = pair(text)
        for name, etype, key, aliases in entities:
            start = text.index(name)
            mention = EntityMention(name, start, start + len(name))
            article.entities.append(Entity(name, etype, [mention], aliases, key=key))
        assert store.add_article(article, raw)
    find = store.find_entity_keys
    assert find("person:ansel-marlow") == ["person:ansel-marlow"]
    # a place's canonical name does not hide a person an article calls by it
    assert find("MARLOW") == ["gpe:marlow", "person:ansel-marlow"]
    assert find("venn") == ["person:dara-venn", "person:oren-venn"]  # listed, not guessed
    assert find("The Master") == ["person:ilse-tarrow"]
    # a control character is no name: SQLite ends a bound LIKE pattern at a NUL ('%' alone)
    assert find("\x00") == [] and find("\x07\x1b") == []
    assert find("MARLOW\x00") == ["gpe:marlow", "person:ansel-marlow"]
    assert find("tarr") == ["person:ilse-tarrow"]
    assert find("50%") == [] and find("Nobody") == []
    # a name starting with a non-ASCII letter, in any case (Python's casefold on both)
    for name in ("Élodie Vantrask", "élodie vantrask", "ÉLODIE VANTRASK", "élodie"):
        assert find(name) == ["person:elodie-vantrask"], name
