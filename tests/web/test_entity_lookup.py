"""`/api/entities/NAME` and `newsgraph show entity NAME` find an entity by one rule
(`Store.find_entities`): the id, then an exact canonical name, then a name the articles give
it, then part of a canonical name (a place's or an organisation's canonical name does not hide
a person called by it: test_entity_lookup_kinds.py); several matches are a listed
disambiguation on both, never a guess or a "not found". Names and text invented for this
test."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from web_support import Api

from newsgraph.cli import main
from newsgraph.records import Article, Entity, EntityMention, RawItem
from newsgraph.store import Store
from newsgraph.web import create_app

#: (text, [(name as the article gives it, type, global key)]); the first article to use a key
#: gives its canonical name; an article's other names for an entity are its aliases.
ARTICLES = [
    ("Ansel Marlow spoke in Dunmere.", [("Ansel Marlow", "PERSON", "person:ansel-marlow")]),
    ("Marlow is a port town.", [("Marlow", "GPE", "gpe:marlow")]),
    ("Marlow said the port would reopen.", [("Marlow", "PERSON", "person:ansel-marlow")]),
    ("Dara Venn and Oren Venn met.", [("Dara Venn", "PERSON", "person:dara-venn")]),
    ("Oren Venn left early.", [("Oren Venn", "PERSON", "person:oren-venn")]),
    ("Venn spoke first.", [("Venn", "PERSON", "person:dara-venn")]),
    ("Venn spoke last.", [("Venn", "PERSON", "person:oren-venn")]),
    ("Ilse Tarrow, the harbour master, spoke. Tarrow left.", [("Ilse Tarrow", "PERSON", "t")]),
]
ALIASES = {"t": ["Tarrow", "the harbour master"]}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("lookup") / "n.db"
    with Store(path) as store:
        for text, entities in ARTICLES:
            raw = RawItem(source="t.txt", kind="text", content=text.encode())
            article = Article(
                id=raw.id, source="t.txt", kind="text", text=text, language="en", title="T"
            )
            for name, etype, key in entities:
                start = text.index(name)
                mention = EntityMention(name, start, start + len(name))
                aliases = ALIASES.get(key, [])
                article.entities.append(Entity(name, etype, [mention], aliases, key=key))
            assert store.add_article(article, raw)
    return str(path)


@pytest.mark.parametrize(
    "name, found",
    [
        ("person:ansel-marlow", ["person:ansel-marlow"]),  # the id
        # a place's canonical name does not hide a person called by a word of their name
        ("Marlow", ["gpe:marlow", "person:ansel-marlow"]),
        ("marlow", ["gpe:marlow", "person:ansel-marlow"]),
        ("Venn", ["person:dara-venn", "person:oren-venn"]),  # two people: a disambiguation
        ("Oren", ["person:oren-venn"]),  # part of one canonical name
        ("The Harbour Master", ["t"]),  # another name an article gives it
        ("Nobody Atall", []),
    ],
)
def test_the_api_and_the_cli_agree(db, name, found):
    with Store(db) as store:
        assert store.find_entity_keys(name) == found
    api = Api(create_app(db)).get(f"/api/entities/{name}")
    shown = CliRunner().invoke(main, ["show", "entity", name, "--db", db])
    if len(found) == 1:
        assert api.status_code == 200 and api.json()["id"] == found[0]
        assert shown.exit_code == 0 and f"id {found[0]}" in shown.stdout.splitlines()[0]
    elif not found:
        assert api.status_code == 404 and shown.exit_code == 2
    else:
        assert api.status_code == 409, api.text
        assert api.headers["cache-control"] == "no-store"
        body = api.json()
        assert [c["id"] for c in body["candidates"]] == found
        assert shown.exit_code == 2
        [error] = [line for line in shown.stderr.splitlines() if line.startswith("Error:")]
        assert error == f"Error: {body['error']}"
        assert all(key in error for key in found)
