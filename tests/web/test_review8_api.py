"""Product review 8: story id prefixes work in the API as in the CLI, and an article's
`source` is the same for every body type posted."""

from __future__ import annotations

from web_support import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = (
    "Ferry crews in Lunsby walked off the job on Monday, stranding hundreds of travellers on "
    "the island of Orrest, the crews' union said.\n\n"
    '"We warned the operator for months," union steward Pella Voss told reporters.\n\n'
    "The operator, Brasket Lines, said it would meet union officials on Tuesday."
)


def test_story_prefix_resolves_in_the_api(api):
    story = api.get("/api/stories?limit=1").json()["items"][0]
    prefix = story["id"][:6]
    one = api.get(f"/api/stories/{prefix}")
    assert one.status_code == 200 and one.json()["id"] == story["id"]
    dossier = api.get(f"/api/stories/{prefix}/dossier")
    assert dossier.status_code in (200, 501), dossier.text
    assert api.get(f"/stories/{prefix}").status_code == 200
    assert api.get("/api/stories/s-zzzz/dossier").status_code == 404


def test_source_is_api_for_json_and_html_bodies(make_api, fresh_db):
    api = make_api(fresh_db, token=TOKEN)
    record = {"title": "Ferry crews strike", "outlet": "Quillon Courier", "text": TEXT}
    r = api.post("/api/articles", json=record, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["article"]["source"] == "api"
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))
    page = (
        "<html><head><title>Crews out</title></head>"
        f"<body><article>{paragraphs} Day two.</article></body></html>"
    )
    h = api.post(
        "/api/articles?outlet=Quillon%20Courier",
        content=page.encode(),
        headers={**AUTH, "Content-Type": "text/html"},
    )
    assert h.status_code == 201, h.text
    assert h.json()["article"]["source"] == "api"
