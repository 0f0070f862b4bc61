"""The server-rendered pages: each has a JSON twin, none has a script or an inline style, and
headless Chromium renders them (screenshots land in out/test/screenshots/)."""

from __future__ import annotations

import re

import pytest
from browser import dump_dom, screenshot

PAGES = {
    "stories": "/stories",
    "story": None,  # the largest story, found at run time
    "entity": "/entities/person:teodor-ilvane",
    "events": "/events",
    "quotes": "/quotes?speaker=Ilvane&q=friends",
    "articles": "/articles",
    "entities": "/entities",
    "search": "/search?q=fishing",
    "docs": "/docs",
}


def largest_story(api) -> str:
    return api.get("/api/stories?sort=size&limit=1").json()["items"][0]["id"]


def page_urls(api) -> dict[str, str]:
    urls = dict(PAGES)
    urls["story"] = f"/stories/{largest_story(api)}"
    article = api.get("/api/articles?limit=1").json()["items"][0]["id"]
    urls["article"] = f"/articles/{article}"
    return urls


def test_pages_render_without_scripts_or_inline_styles(api):
    for name, url in page_urls(api).items():
        r = api.get(url)
        assert r.status_code == 200, (name, r.text[:300])
        html = r.text
        assert r.headers["content-type"].startswith("text/html")
        assert '<link rel="stylesheet" href="/static/newsgraph.css">' in html
        assert "<script" not in html.lower(), name
        assert "<style" not in html.lower(), name
        assert not re.search(r"\sstyle\s*=", html, re.I), name
        assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html, re.I), name


def test_every_page_links_its_json_twin(api):
    for name, url in page_urls(api).items():
        if name == "docs":
            assert 'href="/openapi.json"' in api.get(url).text
            continue
        html = api.get(url).text
        m = re.search(r'<a class="json-twin" href="([^"]+)"', html)
        assert m, name
        twin = m.group(1).replace("&amp;", "&")
        r = api.get(twin)
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    listing = api.get("/stories?format=json").json()
    assert listing == api.get("/api/stories").json()
    assert (
        api.get("/quotes?speaker=Ilvane&format=json").json()
        == api.get("/api/quotes?speaker=Ilvane").json()
    )


def test_story_page_embeds_the_dossier_and_its_twin_is_the_dossier(api, corpus_db_file):
    compare = pytest.importorskip("newsgraph.compare")
    from newsgraph.store import Store

    sid = largest_story(api)
    html = api.get(f"/stories/{sid}").text
    assert 'class="ng-dossier"' in html
    assert '<link rel="stylesheet" href="/static/dossier.css">' in html
    css = api.get("/static/dossier.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ".ng-dossier" in css.text
    with Store(corpus_db_file) as store:
        expected = compare.build_dossier(store, sid)
    assert api.get(f"/stories/{sid}?format=json").json() == expected
    assert api.get(f"/api/stories/{sid}/dossier").json() == expected


def test_html_errors_for_pages(api):
    r = api.get("/stories/s-missing")
    assert r.status_code == 404 and "no story with id" in r.text
    bad = api.get("/search?q=%22open")
    assert bad.status_code == 400 and "bad search query" in bad.text


def test_map_and_graph_are_server_rendered_svg(api):
    events = api.get("/events").text
    assert '<image href="/static/world.svg"' in events
    world = api.get("/static/world.svg")
    assert world.status_code == 200 and world.text.startswith("<svg")
    entity = api.get("/entities/person:teodor-ilvane").text
    assert entity.count('<a href="/entities/') >= 3 and "<circle" in entity
    assert 'class="timeline"' in entity


def test_chromium_renders_the_pages(api, live_server):
    shots = {
        "stories": "/stories",
        "story": f"/stories/{largest_story(api)}",
        "entity": "/entities/person:teodor-ilvane",
        "events": "/events",
        "quote-search": "/quotes?speaker=Ilvane&q=friends",
    }
    for name, path in shots.items():
        png = screenshot(live_server.url + path, f"web-{name}")
        assert png.stat().st_size > 10_000, name
    dom = dump_dom(live_server.url + "/entities/person:teodor-ilvane")
    assert "Teodor Ilvane" in dom and "<svg" in dom
