"""A stored digest that a newer extractor no longer splits: `reprocess` keeps its items as they
were and says how to read the input anew (a new database: ingesting it again into the same one
is a duplicate of its first item), naming the input once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsgraph.pipeline as pipeline
from newsgraph.pipeline import ingest, reprocess
from newsgraph.records import RawItem
from newsgraph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
import digest_support as ds  # noqa: E402

BRIEFS = RawItem("briefs.txt", "text", ds.BRIEFS.encode())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "n.db") as s:
        yield s


def _articles(store: Store) -> dict[str, tuple]:
    return {a.id: (a.source, a.title, a.text) for a in store.iter_articles()}


def test_reprocess_of_items_no_longer_split_keeps_them_and_gives_a_way_out(store, monkeypatch):
    ingest(store, [BRIEFS])
    before = _articles(store)
    monkeypatch.setattr(pipeline, "split_digest", lambda extraction: None)  # a newer reader
    failures = reprocess(store, list(before)).failures
    assert len(failures) == 4 and _articles(store) == before
    for failure in failures:
        text = f"{failure.source}: {failure.reason}"
        assert text.count("briefs.txt") == 1
        assert "new database" in failure.reason and "ingest it again" not in failure.reason
    # the advice that was given before is a dead end: the same database takes it as a duplicate
    assert ingest(store, [BRIEFS]).duplicates == 1
