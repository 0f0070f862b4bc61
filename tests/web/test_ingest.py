"""POST /api/articles: the token, the size cap, the accepted bodies, and that the new article
shows up at once in the lists (the cached summaries are dropped)."""

from __future__ import annotations

from web_support import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "title": "Harbour pilots strike in Portavel",
    "outlet": "Example Wire",
    "published": "2025-04-02",
    "url": "https://wire.example/2025/04/pilots",
    "text": (
        "Harbour pilots in Portavel walked off the job on Wednesday, halting traffic in the "
        "port for the first time in a decade, the pilots' union said.\n\n"
        '"We have asked for talks for six months and nobody answered," union leader Ada '
        "Brenn told reporters outside the harbour office.\n\n"
        "The port authority said it hoped to resume traffic by the weekend."
    ),
}


def test_post_is_refused_without_a_configured_token(make_api, fresh_db):
    api = make_api(fresh_db)
    r = api.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert r.status_code == 403
    assert "disabled" in r.json()["error"] and "--token" in r.json()["error"]


def test_post_needs_the_right_bearer_token(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN)
    assert api.post("/api/articles", json=ARTICLE).status_code == 401
    wrong = api.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    basic = api.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_post_json_runs_the_pipeline_and_lists_update(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN)
    before = api.get("/api/stories").json()["total"]
    quotes_before = api.get("/api/quotes").json()["total"]
    r = api.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    a = body["article"]
    assert body["ingested"] == 1 and not body["duplicate"]
    assert a["title"] == ARTICLE["title"] and a["outlet"] == "Example Wire"
    assert a["published"] == "2025-04-02" and a["url"] == ARTICLE["url"]
    assert body["story"] and body["url"] == f"/articles/{a['id']}"
    # The cached lists see it at once, and the analysis ran (a quote with its speaker).
    assert api.get("/api/stories").json()["total"] == before + 1
    assert api.get("/api/quotes").json()["total"] > quotes_before
    said = api.get("/api/quotes?speaker=Brenn").json()["items"]
    assert any("six months" in q["text"] for q in said)
    assert api.get(f"/api/articles/{a['id']}").json()["article"] == a
    again = api.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json()["duplicate"]


def test_post_html_page_with_metadata_in_the_query(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN)
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE["text"].split("\n\n"))
    html = (
        "<!doctype html><html><head><title>Pilots strike</title></head><body><article>"
        f"<h1>Pilots strike</h1>{paragraphs}</article></body></html>"
    )
    r = api.post(
        "/api/articles?outlet=Harbour%20Gazette&published=2025-04-03",
        content=html.encode(),
        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )
    assert r.status_code == 201, r.text
    a = r.json()["article"]
    assert a["kind"] == "html" and a["outlet"] == "Harbour Gazette"
    assert a["published"] == "2025-04-03" and "six months" in a["text"]


def test_bad_bodies_are_clear_json_errors(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN)
    bad_json = api.post(
        "/api/articles", content=b"{nope", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert bad_json.status_code == 400 and "invalid JSON" in bad_json.json()["error"]
    no_text = api.post("/api/articles", json={"title": "x"}, headers=AUTH)
    assert no_text.status_code == 422 and '"text" or "html"' in no_text.json()["error"]
    pdf = api.post(
        "/api/articles", content=b"%PDF-1.4 ...", headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert pdf.status_code == 422 and "PDF" in pdf.json()["error"]
    image = api.post(
        "/api/articles", content=b"\x89PNG", headers={**AUTH, "Content-Type": "image/png"}
    )
    assert image.status_code == 415


def test_body_size_is_capped(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN, max_body=10_000)
    big = {**ARTICLE, "text": "word " * 5000}
    r = api.post("/api/articles", json=big, headers=AUTH)
    assert r.status_code == 413 and "larger than 10000 bytes" in r.json()["error"]

    async def chunks():  # no Content-Length: the cap applies while reading
        for _ in range(20):
            yield b"x" * 1000

    streamed = api.post(
        "/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert streamed.status_code == 413
    # The default cap is 5 MB, refused from the Content-Length before anything is read.
    default = make_api(fresh_db, token=TOKEN)
    huge = default.post(
        "/api/articles",
        content=b"x" * 5_000_001,
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert huge.status_code == 413 and huge.json()["error"].startswith("request body larger")
