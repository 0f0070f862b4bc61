"""The export's `continues` field: the id of the earlier part of a quotation split by its cue
(an additional field of schema version 1). Text written for this test."""

from __future__ import annotations

import csv
import io
import json

from newsgraph.export.contract import SCHEMA_VERSION, build_document
from newsgraph.export.writers import write_csv, write_jsonl
from newsgraph.records import Article, Quote, RawItem
from newsgraph.store import Store

TEXT = '"We will rebuild," Quill said. "The cranes come in March."'


def _store(tmp_path) -> tuple[Store, Article]:
    raw = RawItem(source="a.txt", kind="text", content=TEXT.encode())
    article = Article(id=raw.id, source=raw.source, kind="text", text=TEXT, language="en")
    a = Quote("direct", "We will rebuild", 1, 16)
    b = Quote("direct", "The cranes come in March.", 32, 57, continues=(1, 16, "direct"))
    article.quotes = [a, b]
    store = Store(tmp_path / "n.db")
    store.add_article(article, raw)
    return store, article


def test_export_links_the_later_part_to_the_earlier(tmp_path):
    store, article = _store(tmp_path)
    with store:
        doc = build_document(store)
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    by_text = {q["text"]: q for q in doc["quotes"]}
    first, second = by_text["We will rebuild"], by_text["The cranes come in March."]
    assert first["continues"] is None
    assert second["continues"] == first["id"] == Quote("direct", "", 1, 16).id_for(article.id)
    for q in doc["quotes"]:
        assert TEXT[q["start"] : q["end"]] == q["text"]


def test_jsonl_and_csv_carry_continues(tmp_path):
    store, _ = _store(tmp_path)
    with store:
        doc = build_document(store)
    out = io.StringIO()
    write_jsonl(doc, out)
    quotes = [r for r in map(json.loads, out.getvalue().splitlines()) if r["type"] == "quote"]
    got = {q["text"]: (q["id"], q["continues"]) for q in quotes}
    assert got["We will rebuild"][1] is None
    assert got["The cranes come in March."][1] == got["We will rebuild"][0]
    paths = write_csv(doc, tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "quotes.csv").open(encoding="utf-8")))
    assert tmp_path / "csv" / "quotes.csv" in paths
    ids = {r["text"]: r["id"] for r in rows}
    links = {r["text"]: r["continues"] for r in rows}
    assert links == {"We will rebuild": "", "The cranes come in March.": ids["We will rebuild"]}
