"""The export's `event_group`: the real-world event each event tells, merged across the
articles of a story (an additional field of schema version 1). Text written for this test."""

from __future__ import annotations

import csv

from click.testing import CliRunner
from meeting_reports import write_jsonl

from newsgraph.cli import main
from newsgraph.export.contract import SCHEMA_VERSION, add_event_groups, build_document
from newsgraph.export.writers import write_csv
from newsgraph.store import Store


def ingest(tmp_path) -> str:
    src = write_jsonl(tmp_path)
    db = str(tmp_path / "n.db")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def test_one_meeting_in_two_articles_shares_a_group(tmp_path):
    db = ingest(tmp_path)
    with Store(db) as store:
        doc = build_document(store)
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    [story] = doc["stories"]
    assert len(story["articles"]) == 2
    meetings = [e for e in doc["events"] if e["type"] == "consult" and e["status"] == "happened"]
    assert len({e["article"] for e in meetings}) == 2
    assert len({e["event_group"] for e in meetings}) == 1
    assert meetings[0]["event_group"] == "g-" + min(e["id"] for e in meetings)
    [protest] = [e for e in doc["events"] if e["type"] == "protest"]
    assert protest["event_group"] == "g-" + protest["id"]
    for e in doc["events"]:
        assert e["event_group"].startswith("g-")
    # Deterministic: the same store gives the same ids.
    with Store(db) as store:
        assert build_document(store)["events"] == doc["events"]
    write_csv(doc, tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "events.csv").open(encoding="utf-8")))
    assert {r["id"]: r["event_group"] for r in rows} == {
        e["id"]: e["event_group"] for e in doc["events"]
    }


def test_events_of_different_stories_are_never_merged():
    def meeting(id: str, article: str) -> dict:
        people = [{"entity": "person:x", "name": "X", "country": None}]
        return {
            "id": id,
            "article": article,
            "type": "consult",
            "actors": people,
            "targets": [{"entity": "person:y", "name": "Y", "country": None}],
            "date": "2025-03-06",
            "event_key": "consult|person:x+person:y|2025-03-06",
            "start": 0,
        }

    events = [meeting("e2", "a1"), meeting("e1", "a2"), meeting("e3", "a3")]
    add_event_groups(events, [{"id": "s-1", "articles": ["a1", "a2"]}])
    assert [e["event_group"] for e in events] == ["g-e1", "g-e1", "g-e3"]


def test_groups_for_some_events_equal_the_whole_exports(tmp_path):
    from newsgraph.export.contract import add_event_groups_from

    db = ingest(tmp_path)
    with Store(db) as store:
        doc = build_document(store)
        for ev in doc["events"]:
            page = [{k: v for k, v in ev.items() if k != "event_group"}]
            add_event_groups_from(store, page)
            assert page[0]["event_group"] == ev["event_group"]
