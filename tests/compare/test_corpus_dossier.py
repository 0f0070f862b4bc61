"""Dossiers of the bundled example corpus (fictional; its README lists the planted facts), the
CLI that writes them, and the HTML page in a real browser."""

from __future__ import annotations

import json
from pathlib import Path

from browser import dump_dom, screenshot
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.compare import build_dossier
from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import render_html, render_markdown
from newsgraph.store import Store


def _dossier(db: Path, title_words: str) -> dict:
    with Store(db) as store:
        (story,) = [s for s in store.story_records() if title_words in (s["title"] or "")]
        return build_dossier(store, story["id"])


def _groups(d: dict, words: str) -> list[dict]:
    return [g for g in d["quote_groups"] if any(words in m["text"] for m in g["members"])]


def test_summit_story_counts_wire_copies_once(corpus_db):
    d = _dossier(corpus_db, "Kell Strait")
    outlets = {a["outlet"] for a in d["articles"]}
    assert {"Meridian Press Agency", "Northgate Herald", "Brisa Alta Today"} <= outlets
    assert d["story"]["reports"] < d["story"]["articles"]
    (korvis,) = _groups(d, "constructive, even warm")
    # MPA + its two republications are one report; VENA's own is the second.
    assert korvis["reports"] == 2 and korvis["relation"] == "same"


def test_balanced_position_is_a_flagged_variant(corpus_db):
    d = _dossier(corpus_db, "Kell Strait")
    (g,) = _groups(d, "balanced position")
    (kbc,) = [m for m in g["members"] if "balanced position" in m["text"]]
    assert kbc["relation"] == "variant"
    assert any("approach -> position" in f for f in kbc["flags"])
    assert any(m["kind"] == "indirect" and m["relation"] == "paraphrase" for m in g["members"])


def test_trade_story_cut_words_are_a_variant(corpus_db):
    d = _dossier(corpus_db, "Ondara")
    (g,) = _groups(d, "trade as neighbours")
    rels = sorted(m["relation"] for m in g["members"])
    assert rels == ["ref", "same", "variant"]


def test_nautical_miles_conflict(corpus_db):
    d = _dossier(corpus_db, "routine patrol")
    (c,) = [c for c in d["conflicts"] if c["kind"] == "number"]
    assert sorted(v["value"] for v in c["values"]) == ["13", "9"]
    assert {v["outlet"] for v in c["values"]} == {"VENA", "Northgate Herald"}


def test_cli_dossier_formats(corpus_db, tmp_path):
    runner = CliRunner()
    with Store(corpus_db) as store:
        sid = next(s["id"] for s in store.story_records() if len(s["articles"]) > 3)
    out = tmp_path / "d.json"
    r = runner.invoke(
        main, ["dossier", sid[:8], "--format", "json", "-o", str(out), "--db", str(corpus_db)]
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text())
    for key in (
        "story",
        "articles",
        "quote_groups",
        "unique",
        "shared",
        "conflicts",
        "contrasts",
        "sources_cited",
    ):
        assert key in doc
    assert doc["dossier_version"] == 1
    r = runner.invoke(main, ["dossier", sid, "--format", "md", "--db", str(corpus_db)])
    assert r.exit_code == 0 and "## Quote ledger" in r.output
    again = runner.invoke(main, ["dossier", sid[:8], "--format", "json", "--db", str(corpus_db)])
    assert json.loads(again.output) == doc  # deterministic
    r = runner.invoke(main, ["dossier", "s-ffffffff", "--db", str(corpus_db)])
    assert r.exit_code == 2 and "no story" in r.output


def test_analyze_writes_a_dossier_per_story(corpus_db):
    out = corpus_db.parent / "out" / "dossiers"
    with Store(corpus_db) as store:
        ids = [s["id"] for s in store.story_records()]
    for sid in ids:
        assert (out / f"{sid}.html").exists() and (out / f"{sid}.json").exists()


HOSTILE = (
    "Officials met on Monday. <script>document.body.setAttribute('data-pwned','1')</script> "
    "\"We will <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> talk "
    'again," the minister said. <a href="javascript:alert(1)">link</a> "><svg onload=alert(1)>'
)


def _hostile_bundle() -> StoryBundle:
    arts = []
    for i, outlet in enumerate(["<b onmouseover=alert(1)>Evil</b>", "Plain Outlet"]):
        arts.append(
            {
                "id": f"{i}" * 16,
                "outlet": outlet,
                "title": "<script>document.body.setAttribute('data-pwned','1')</script>",
                "byline": '"><img src=x onerror=alert(1)>',
                "published": "2025-01-0" + str(i + 1),
                "url": "javascript:alert(1)",
                "metadata": {},
                "text": HOSTILE,
            }
        )
    start = HOSTILE.index("We will")
    end = HOSTILE.index(' talk again,"') + len(" talk again,")
    quotes = [
        {
            "id": f"q{i}",
            "article": a["id"],
            "kind": "direct",
            "text": HOSTILE[start:end],
            "start": start,
            "end": end,
            "speaker": {"entity": None, "name": "<i>the minister</i>", "mention": None},
            "cue": "said",
            "addressee": None,
            "via": None,
            "label": "quote",
        }
        for i, a in enumerate(arts)
    ]
    story = {
        "id": "s-" + arts[0]["id"],
        "title": arts[0]["title"],
        "articles": [a["id"] for a in arts],
        "wire_copies": [],
    }
    return StoryBundle(story, arts, quotes, [], [])


def test_html_dossier_escapes_hostile_text_in_a_real_browser(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(render_html(assemble(_hostile_bundle())), encoding="utf-8")
    dom = dump_dom(page.as_uri())
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script>document" not in dom  # shown as text, never as an element
    assert "&lt;script&gt;" in dom
    assert '<a href="javascript:' not in dom and "<svg" not in dom
    screenshot(page.as_uri(), "dossier-hostile", height=1200)


def test_seedless_html_dossier_renders_and_is_self_contained(corpus_db, tmp_path):
    d = _dossier(corpus_db, "Kell Strait")
    html = render_html(d)
    assert "http://" not in html.split("<body>", 1)[0] and "<link" not in html
    assert "<script" not in html
    page = tmp_path / "summit.html"
    page.write_text(html, encoding="utf-8")
    dom = dump_dom(page.as_uri())
    assert "Quote ledger" in dom and 'class="side"' in dom
    png = screenshot(page.as_uri(), "dossier-summit")
    assert png.stat().st_size > 10_000


def test_every_linked_span_has_an_anchor(corpus_db):
    d = _dossier(corpus_db, "Kell Strait")
    html = render_html(d)
    import re

    targets = set(re.findall(r'href="#(a-[^"]+)"', html))
    anchors = set(re.findall(r'id="(a-[^"]+)"', html))
    assert targets and targets <= anchors


def test_dossier_from_an_export_equals_the_database_one(corpus_db, tmp_path):
    runner = CliRunner()
    export = tmp_path / "export.json"
    r = runner.invoke(
        main, ["export", "--format", "json", "-o", str(export), "--db", str(corpus_db)]
    )
    assert r.exit_code == 0, r.output
    with Store(corpus_db) as store:
        sid = next(s["id"] for s in store.story_records() if len(s["articles"]) > 3)
    from_db = runner.invoke(main, ["dossier", sid, "--format", "json", "--db", str(corpus_db)])
    from_export = runner.invoke(
        main, ["dossier", sid, "--format", "json", "--from-export", str(export)]
    )
    assert from_export.exit_code == 0, from_export.output
    assert json.loads(from_export.output) == json.loads(from_db.output)
    bad = runner.invoke(main, ["dossier", "s-nope", "--from-export", str(export)])
    assert bad.exit_code == 2 and "not in the export" in bad.output


def test_summit_review_fixes(corpus_db):
    """The review of the summit dossier: Friday's second meeting is not a date conflict with
    Thursday's talks, MPA is credited where its copies carry it, its text's claims are listed
    once, the republication notice is not a claim, the opposition leader is not an official,
    and the two Brisa Alta Today articles have their own headings."""
    d = _dossier(corpus_db, "Kell Strait")
    assert not [c for c in d["conflicts"] if c["kind"] == "date"]
    credits = {a["outlet"]: a["agencies"] for a in d["articles"] if a["wire_copy_of"]}
    assert credits and all("MPA" in v for v in credits.values()), credits
    claims = [c["text"] for cs in d["unique"].values() for c in cs]
    assert claims.count("Not everyone welcomed the meeting.") == 1
    assert not any(t.startswith("Copyright") for t in claims)
    kinds = {s["name"]: s["kind"] for x in d["sources_cited"] for s in x["sources"]}
    assert kinds["Bram Hollis"] == "other" and kinds["Aurelia Montfort"] == "official"
    md = render_markdown(d)
    heads = [ln for ln in md.splitlines() if ln.startswith("### Brisa Alta Today")]
    assert len(heads) == len(set(heads)) == 2, heads
