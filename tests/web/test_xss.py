"""Hostile articles: markup and `javascript:` links in every field, ingested over the API, must
come out as inert text on every page, in Chromium as in the raw HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from browser import dump_dom
from web_support import TOKEN, Api, Server

from newsgraph.web import create_app
from newsgraph.web.app import CSP

PWN = "document.body.setAttribute('data-pwned','1')"
PAYLOADS = [
    f"<script>{PWN}</script>",
    f'<img src=x onerror="{PWN}">',
    f'"><svg onload="{PWN}">',
    f'\'><iframe srcdoc="<script>parent.{PWN}</script>"></iframe>',
    f"</title><script>{PWN}</script>",
    f'<a href="javascript:{PWN}">click</a>',
    f"<style>body{{background:url(javascript:{PWN})}}</style>",
]


def hostile_records() -> list[dict]:
    records = []
    for i, p in enumerate(PAYLOADS):
        records.append(
            {
                "title": f"Hostile headline {i} {p}",
                "outlet": f"Evil Outlet {i} {p}",
                "byline": f"Mallory {p}",
                "url": f"javascript:{PWN}//{i}",
                "published": f"2025-05-0{i + 1}",
                "text": (
                    f"Officials in Portavel met on Monday to discuss the harbour {i} {p} and "
                    "the fishing fleet, the port authority said in a statement.\n\n"
                    f'"The harbour is safe {p} and open to every ship," port director Ada '
                    f"Brenn told reporters {p} after the meeting in Portavel.\n\n"
                    f"Traders said prices {p} would fall once the fleet returned to sea, and "
                    "the authority promised a second meeting next week."
                ),
            }
        )
    return records


@pytest.fixture(scope="module")
def hostile_db(corpus_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    db = tmp_path_factory.mktemp("xss") / "hostile.db"
    shutil.copy(corpus_db_file, db)
    api = Api(create_app(db, token=TOKEN))
    for record in hostile_records():
        r = api.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
    return db


def hostile_pages(api: Api) -> list[str]:
    stories = api.get("/api/stories?limit=200").json()["items"]
    story = next(s for s in stories if "Hostile" in (s["title"] or ""))
    article = story["articles"][0]
    entity = api.get("/api/entities?limit=1").json()["items"][0]["id"]
    return [
        "/stories",
        "/stories?"
        + urlencode({"outlet": api.get(f"/api/articles/{article}").json()["article"]["outlet"]}),
        f"/stories/{story['id']}",
        f"/articles/{article}",
        "/articles",
        "/quotes?speaker=Brenn",
        "/quotes?q=harbour",
        "/search?q=harbour",
        "/search?q=script",
        f"/entities/{entity}",
        "/entities",
        "/events",
        "/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]


FORBIDDEN_TAGS = {"script", "iframe", "img", "style", "object", "embed", "base", "form-x"}


class _Tags(HTMLParser):
    """Every real element and attribute of a page (what a browser would build)."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            scheme = (value or "").strip().lower()
            if name in ("href", "src", "action", "formaction") and scheme.startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                self.problems.append(f"<{tag} {name}={scheme[:40]!r}>")


def assert_inert(html: str, where: str) -> None:
    parser = _Tags()
    parser.feed(html)
    assert not parser.problems, f"{where}: active markup {parser.problems[:5]}"


def test_hostile_fields_are_escaped_in_the_html(hostile_db):
    api = Api(create_app(hostile_db))
    for path in hostile_pages(api):
        r = api.get(path)
        assert r.status_code in (200, 404), (path, r.status_code)
        assert r.headers["content-security-policy"] == CSP
        assert_inert(r.text, path)
    first = api.get("/api/articles?since=2025-05-01&until=2025-05-01").json()["items"][0]
    assert first["title"].startswith("Hostile headline 0 <script>")
    page = api.get(f"/articles/{first['id']}").text
    assert '<span class="inert-url">javascript:' in page
    assert "Hostile headline 0 &lt;script&gt;document.body" in page


class WithoutCSP:
    """The app with its Content-Security-Policy header removed: escaping alone must stop the
    payloads (with the header, the browser would block inline scripts anyway)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        async def strip(message):
            if message["type"] == "http.response.start":
                message["headers"] = [
                    (k, v) for k, v in message["headers"] if k != b"content-security-policy"
                ]
            await send(message)

        await self.app(scope, receive, strip)


def test_hostile_pages_run_nothing_in_chromium(hostile_db):
    api = Api(create_app(hostile_db))
    paths = hostile_pages(api)
    stories = api.get("/api/stories?limit=200").json()["items"]
    story_page = "/stories/" + next(s["id"] for s in stories if "Hostile" in (s["title"] or ""))
    assert story_page in paths
    with Server(WithoutCSP(create_app(hostile_db))) as server:
        for path in paths:
            dom = dump_dom(server.url + path)
            body_tag = dom.split("<body", 1)[1].split(">", 1)[0]
            assert "data-pwned" not in body_tag, path
            assert_inert(dom, f"chromium {path}")
            if path == story_page:  # the payload reached the page, as text
                assert "Hostile headline" in dom and "&lt;" in dom, path
