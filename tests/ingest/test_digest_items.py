"""A digest becomes one article per item: deterministic ids and sources, the raw input stored
once, no duplicates on re-ingest, the same articles after `reprocess`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph.pipeline import ingest, item_id, reprocess
from newsgraph.records import RawItem
from newsgraph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
import digest_support as ds  # noqa: E402

BRIEFS = RawItem("briefs.txt", "text", ds.BRIEFS.encode())
NEWSLETTER = RawItem(
    "letter.json#1",
    "html",
    ds.NEWSLETTER_HTML.encode(),
    {"url": "https://letters.example/evening", "title": "Evening Letter"},
    "jsonl",
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "n.db") as s:
        yield s


def _articles(store: Store) -> dict[str, tuple]:
    return {a.id: (a.source, a.title, a.text) for a in store.iter_articles()}


def test_briefs_become_one_article_per_item(store):
    summary = ingest(store, [BRIEFS])
    ids = [item_id(BRIEFS.id, n) for n in (1, 2, 3, 4)]
    assert summary.article_ids == ids and summary.ingested == 4
    got = _articles(store)
    assert sorted(got) == sorted(ids)
    assert got[ids[3]][0] == "briefs.txt#item-4"
    assert got[ids[3]][2].startswith("KESTOW, Nov 20 (NWS) — Voters in Kestow")
    assert "Merrin Falls" not in got[ids[0]][2]
    # the raw input is stored once, on the first item; the others refer to it
    assert store.get_raw(ids[0]).content == BRIEFS.content
    assert store.get_raw(ids[2]).content == b""
    # the furniture audit is kept (the page's own title line)
    assert any(r.text == "World briefs" for r in store.get_article(ids[0]).removals)


def test_newsletter_items_keep_their_headings_over_the_declared_title(store):
    ingest(store, [NEWSLETTER])
    first = store.get_article(item_id(NEWSLETTER.id, 1))
    assert first.title == "Ferry pier closes for repairs"
    assert first.url == "https://letters.example/evening"
    assert first.metadata["digest"] == {
        "id": NEWSLETTER.id,
        "item": 1,
        "items": 3,
        "title": "Evening Letter",
    }


def test_reingesting_a_digest_stores_no_duplicates(store):
    ingest(store, [BRIEFS, NEWSLETTER])
    before = _articles(store)
    again = ingest(store, [BRIEFS, NEWSLETTER])
    assert again.ingested == 0 and again.duplicates == 2
    assert _articles(store) == before


def test_reprocess_gives_the_same_items(store):
    ingest(store, [BRIEFS])
    before = _articles(store)
    summary = reprocess(store, list(before))
    assert not summary.failures and summary.ingested == 4
    assert _articles(store) == before


def test_article_with_subheadings_stays_one_article(store):
    raw = RawItem("feature.txt", "text", ds.FEATURE.encode())
    ingest(store, [raw])
    assert list(_articles(store)) == [raw.id]
