"""Acceptance on the two seed articles (read from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main

FURNITURE = [
    "Skip to",
    "pic.twitter.com",
    "Embed:",
    "Related article",
    "(@maxseddon)",
    "[AFP](#)",
    "js,los/fb",
    "Original url",
    "picture alliance",
    "Pool / TASS",
]


def test_seeds_ingest_with_metadata_and_without_furniture(seeds_dir, tmp_path):
    db = str(tmp_path / "seeds.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(seeds_dir), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 ingested" in result.output
    out = tmp_path / "export.json"
    runner.invoke(main, ["export", "-o", str(out), "--db", db])
    articles = {a["outlet"]: a for a in json.loads(out.read_text())["articles"]}
    assert set(articles) == {"DW", "The Moscow Times"}
    dw, mt = articles["DW"], articles["The Moscow Times"]
    assert dw["title"] == "Xi and Putin meet in Uzbekistan for security talks"
    assert dw["published"] == "2022-09-15"
    assert mt["title"] == "Putin, Xi Hail 'Great Power' Ties at Talks Defying West"
    assert mt["published"] == "2022-09-16"
    assert mt["byline"] == "AFP"
    assert mt["url"] == (
        "https://www.themoscowtimes.com/2022/09/16/"
        "putin-xi-hail-great-power-ties-at-talks-defying-west-a78803"
    )
    for article in (dw, mt):
        assert article["language"] == "en"
        for junk in FURNITURE:
            assert junk not in article["text"], (article["outlet"], junk)
    assert 'social turmoil," Xi told Putin at the talks.' in mt["text"]
    assert "Indian Prime Minister Narendra Modi." in mt["text"]
