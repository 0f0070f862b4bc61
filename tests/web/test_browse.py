"""The store's paginated reads agree with the export (same records, same shapes)."""

from __future__ import annotations

import pytest

from newsgraph.export.contract import build_document, entity_record
from newsgraph.store import Store, browse


@pytest.fixture(scope="module")
def store(corpus_db_file):
    with Store(corpus_db_file) as s:
        yield s


def test_events_match_store_event_records(store):
    page = browse.list_events(store, limit=browse.MAX_LIMIT)
    assert page.total == len(page.items)
    assert sorted(page.items, key=lambda e: e["id"]) == sorted(
        store.event_records(), key=lambda e: e["id"]
    )


def test_entity_matches_store_entity_records(store):
    for record in store.entity_records()[:10]:
        assert browse.entity(store, record["id"]) == entity_record(record)
        summary = browse.entity(store, record["id"], with_mentions=False)
        assert summary["mention_count"] == len(record["mentions"])
        assert summary["article_count"] == len({m["article"] for m in record["mentions"]})


def test_stories_match_store_story_records(store):
    expected = {s["id"]: s for s in store.story_records()}
    page = browse.list_stories(store, limit=browse.MAX_LIMIT)
    assert {s["id"] for s in page.items} == set(expected)
    for s in page.items:
        assert {k: s[k] for k in expected[s["id"]]} == expected[s["id"]]


def test_cached_summaries_give_the_same_pages(store):
    summaries = browse.story_summaries(store)
    for sort in ("recent", "size"):
        cached = summaries if sort == "recent" else browse.by_size(summaries)
        for kwargs in ({}, {"outlet": "KBC"}, {"since": "2025-03-20"}):
            a = browse.list_stories(store, sort=sort, **kwargs)
            b = browse.list_stories(store, sort=sort, summaries=cached, **kwargs)
            assert a == b
    ranking = browse.entity_ranking(store)
    assert browse.list_entities(store, type="person") == browse.list_entities(
        store, type="person", ranking=ranking
    )
    names = browse.speaker_names(store)
    total = browse.count_quotes(store)
    assert browse.list_quotes(store, speaker="ilvane") == browse.list_quotes(
        store, speaker="ilvane", names=names, total=total
    )


def test_quote_search_with_and_without_the_quote_index(store):
    doc = build_document(store)
    expected = {
        q["id"] for q in doc["quotes"] if q["label"] == "quote" and "friends" in q["text"].lower()
    }
    page = browse.list_quotes(store, query="friends", limit=browse.MAX_LIMIT)
    assert {q["id"] for q in page.items} == expected


def test_query_checks():
    assert browse.check_query('  "Kell Strait" OR fish*  ') == '"Kell Strait" OR fish*'
    for bad in ["", "x" * 201, "ab*", " ".join(["w"] * 17)]:
        with pytest.raises(browse.QueryError):
            browse.check_query(bad)


def test_data_version_sees_other_connections(corpus_db_file, tmp_path):
    import shutil

    db = tmp_path / "v.db"
    shutil.copy(corpus_db_file, db)
    watch = browse.DataVersion(str(db))
    assert watch.changed() is True
    assert watch.changed() is False
    with Store(db) as s:
        s.record_failure("x", "test")
    assert watch.changed() is True
    watch.close()
