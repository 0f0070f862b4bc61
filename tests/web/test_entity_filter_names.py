"""A list's `entity` filter reads a name as the entity's page does (`Store.find_entities`): an
analyst who types `entity=Ilse Tarrow` gets that entity's articles, an ambiguous name is a 409
listing the candidates, and a name that fits nothing is a 404 with a one-line message, never a
silently empty list. Names and text invented for this test."""

from __future__ import annotations

import pytest
from web_support import Api

from newsgraph.records import Article, Entity, EntityMention, RawItem
from newsgraph.store import Store
from newsgraph.web import create_app

ARTICLES = [
    ("Ilse Tarrow opened the harbour in Dunmere.", "Ilse Tarrow", "person:ilse-tarrow"),
    ("Dara Venn spoke first.", "Dara Venn", "person:dara-venn"),
    ("Oren Venn spoke last.", "Oren Venn", "person:oren-venn"),
]


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> Api:
    path = tmp_path_factory.mktemp("entity_filter") / "n.db"
    with Store(path) as store:
        for text, name, key in ARTICLES:
            raw = RawItem(source=f"{key}.txt", kind="text", content=text.encode())
            article = Article(
                id=raw.id, source=f"{key}.txt", kind="text", text=text, language="en", title=name
            )
            mention = EntityMention(name, 0, len(name))
            article.entities.append(Entity(name, "PERSON", [mention], [], key=key))
            assert store.add_article(article, raw)
    return Api(create_app(path))


@pytest.mark.parametrize("path", ["/api/articles", "/articles?format=json"])
@pytest.mark.parametrize("key", ["person:ilse-tarrow", "Ilse Tarrow", "ilse tarrow", "Tarrow"])
def test_a_name_filters_as_its_id_does(api, path, key):
    sep = "&" if "?" in path else "?"
    r = api.get(f"{path}{sep}entity={key}")
    assert r.status_code == 200, r.text
    assert [a["title"] for a in r.json()["items"]] == ["Ilse Tarrow"]


@pytest.mark.parametrize("path", ["/api/articles", "/api/quotes", "/api/events", "/api/stories"])
def test_a_name_that_fits_nothing_is_a_404(api, path):
    r = api.get(f"{path}?entity=Nobody Atall")
    assert r.status_code == 404
    assert r.json() == {"error": "no entity with id 'Nobody Atall'"}


def test_an_ambiguous_name_lists_the_candidates(api):
    r = api.get("/api/articles?entity=Venn")
    assert r.status_code == 409
    assert "\n" not in r.json()["error"]
    assert [c["id"] for c in r.json()["candidates"]] == ["person:dara-venn", "person:oren-venn"]


def test_the_page_says_so_in_html(api):
    r = api.get("/articles?entity=Nobody Atall")
    assert r.status_code == 404
    assert "no entity with id" in r.text


@pytest.fixture(scope="module")
def outlet_api(tmp_path_factory) -> Api:
    path = tmp_path_factory.mktemp("outlet_filter") / "n.db"
    with Store(path) as store:
        for outlet in ('Tom "&" Jerry\'s Gazette', "The Dunmere Post"):
            text = f"A report from {outlet}."
            raw = RawItem(source=f"{outlet}.txt", kind="text", content=text.encode())
            article = Article(
                id=raw.id, source=raw.source, kind="text", text=text, language="en", title=outlet
            )
            article.outlet = outlet
            assert store.add_article(article, raw)
    return Api(create_app(path))


@pytest.mark.parametrize("name", ["The Dunmere Post", "the dunmere post", "THE DUNMERE POST"])
@pytest.mark.parametrize("path, extra", [("/api/articles", {}), ("/articles", {"format": "json"})])
def test_an_outlet_in_any_case_filters(outlet_api, path, extra, name):
    r = outlet_api.get(path, params={"outlet": name, **extra})
    assert r.status_code == 200, r.text
    assert [a["outlet"] for a in r.json()["items"]] == ["The Dunmere Post"]


def test_an_outlet_with_quotes_and_ampersand_filters(outlet_api):
    r = outlet_api.get("/api/articles", params={"outlet": 'Tom "&" Jerry\'s Gazette'})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 1


@pytest.mark.parametrize("path", ["/api/articles", "/api/quotes", "/api/events", "/api/stories"])
def test_an_unknown_outlet_is_a_404(outlet_api, path):
    r = outlet_api.get(path, params={"outlet": "The Dunmere Pots"})
    assert r.status_code == 404
    assert r.json() == {"error": "no outlet named 'The Dunmere Pots'"}
