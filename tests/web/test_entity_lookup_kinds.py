"""An entity name looked up (`newsgraph show entity NAME`, `/api/entities/NAME`, a list's
`entity=` filter; one rule, `Store.find_entities`): a one-word organisation or place whose
canonical name is the name does not hide a person the articles call by it, a word of the
person's surname (`Morwen` for `Hedda Morwen`): both are listed, a 409 with the candidates on
the web and an error listing them in the CLI. A person whose canonical name it is keeps it, and
another kind's alias does not widen the answer. Names and text invented for this test."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from web_support import Api

from newsgraph.cli import main
from newsgraph.records import Article, Entity, EntityMention, RawItem
from newsgraph.store import Store
from newsgraph.web import create_app

#: (text, [(name as the article gives it, type, global key)]): the first article to use a key
#: gives its canonical name; an article's other names for an entity are its aliases.
ARTICLES = [
    ("Hedda Morwen opened the hearing in Caldby.", [("Hedda Morwen", "PERSON", "person:hm")]),
    ("Morwen said the appeal would be heard.", [("Morwen", "PERSON", "person:hm")]),
    ("Morwen's own campaign raised funds.", [("Morwen", "ORG", "org:morwen")]),
    ("Hedda is a fishing village.", [("Hedda", "GPE", "gpe:hedda")]),
    ("Hedda thanked the jury.", [("Hedda", "PERSON", "person:hm")]),
    ("Kell spoke in Caldby.", [("Kell", "PERSON", "person:kell")]),
    ("Ada Kell spoke later.", [("Ada Kell", "PERSON", "person:ada-kell")]),
    ("Kell left the hall.", [("Kell", "PERSON", "person:ada-kell")]),
    ("Harrow filed its accounts.", [("Harrow", "ORG", "org:harrow")]),
    ("Harrow Shipping sailed.", [("Harrow Shipping", "ORG", "org:harrow-shipping")]),
    ("Harrow sailed again.", [("Harrow", "ORG", "org:harrow-shipping")]),
    ("The Coastguard searched the bay.", [("Coastguard", "ORG", "org:coastguard")]),
    ("Brenna Holt led the search.", [("Brenna Holt", "PERSON", "person:brenna-holt")]),
    ("Coastguard Holt said so.", [("Coastguard", "PERSON", "person:brenna-holt")]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("lookup_kinds") / "n.db"
    with Store(path) as store:
        for n, (text, entities) in enumerate(ARTICLES):
            raw = RawItem(source=f"{n}.txt", kind="text", content=text.encode())
            article = Article(
                id=raw.id, source=raw.source, kind="text", text=text, language="en", title=text
            )
            for name, etype, key in entities:
                start = text.index(name)
                mention = EntityMention(name, start, start + len(name))
                article.entities.append(Entity(name, etype, [mention], [], key=key))
            assert store.add_article(article, raw)
    return str(path)


@pytest.mark.parametrize("name", ["Morwen", "morwen", "MORWEN"])
def test_an_organisation_does_not_hide_a_person_called_by_its_name(db, name):
    found = ["org:morwen", "person:hm"]
    with Store(db) as store:
        assert store.find_entity_keys(name) == found
    api = Api(create_app(db))
    r = api.get(f"/api/entities/{name}")
    assert r.status_code == 409, r.text
    assert [c["id"] for c in r.json()["candidates"]] == found
    assert [c["type"] for c in r.json()["candidates"]] == ["ORG", "PERSON"]
    listed = api.get(f"/api/articles?entity={name}")
    assert listed.status_code == 409
    assert [c["id"] for c in listed.json()["candidates"]] == found
    shown = CliRunner().invoke(main, ["show", "entity", name, "--db", db])
    assert shown.exit_code == 2
    [error] = [line for line in shown.stderr.splitlines() if line.startswith("Error:")]
    assert error == f"Error: {r.json()['error']}"
    assert "org:morwen (Morwen, ORG)" in error and "person:hm (Hedda Morwen, PERSON)" in error


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kell", "person:kell"),  # a person's canonical name stays theirs
        ("Harrow", "org:harrow"),  # another organisation's alias does not widen it
        ("Coastguard", "org:coastguard"),  # nor a person's alias that is no word of their name
        ("Hedda", "gpe:hedda"),  # a first name is no surname
        ("Hedda Morwen", "person:hm"),
        ("org:morwen", "org:morwen"),  # an id is exact
    ],
)
def test_one_entity_is_still_the_answer(db, name, key):
    with Store(db) as store:
        assert store.find_entity_keys(name) == [key]
    r = Api(create_app(db)).get(f"/api/entities/{name}")
    assert r.status_code == 200 and r.json()["id"] == key
    shown = CliRunner().invoke(main, ["show", "entity", name, "--db", db])
    assert shown.exit_code == 0 and f"id {key}" in shown.stdout.splitlines()[0]
