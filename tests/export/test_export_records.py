"""What docs/export.md promises about the export's records: the JSON Lines tag of each kind
beside the record's own `type`, the order of each list, and the dossier's `story.articles` (a
count). Text written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from meeting_reports import write_jsonl as write_meeting_reports

from newsgraph.cli import main
from newsgraph.export.contract import LISTS, ORDERS, SCHEMA_VERSION, build_document
from newsgraph.export.writers import RECORD_TAGS, write_jsonl
from newsgraph.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "export.md"


def _doc() -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": "newsgraph test",
        "articles": [{"id": "a1", "title": "T", "text": "Body."}],
        "entities": [{"id": "person:ida-renn", "name": "Ida Renn", "type": "PERSON"}],
        "quotes": [{"id": "q1", "article": "a1", "kind": "direct", "text": "Body"}],
        "events": [{"id": "e1", "type": "consult", "article": "a1"}],
        "stories": [{"id": "s-a1", "title": "T", "articles": ["a1"], "wire_copies": []}],
    }


def test_jsonl_tags_every_record_and_keeps_its_own_type():
    out = io.StringIO()
    write_jsonl(_doc(), out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["record"] for r in rows] == ["header", "article", "entity", "quote", "event", "story"]
    header, article, entity, quote, event, story = rows
    assert header["schema_version"] == SCHEMA_VERSION and header["type"] == "header"
    # A record's own `type` survives the tag.
    assert entity["type"] == "PERSON" and entity["id"] == "person:ida-renn"
    assert event["type"] == "consult"
    # Records without a `type` of their own also carry the tag there, as they always did.
    assert (article["type"], quote["type"], story["type"]) == ("article", "quote", "story")
    assert set(RECORD_TAGS) == set(LISTS)


def test_docs_name_the_jsonl_tags():
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    section = text[text.index("`--format jsonl`") :]
    section = section[: section.index("`--format csv")]
    assert '"record"' in section
    assert '"record": "header"' in section
    for tag in RECORD_TAGS.values():
        assert f"`{tag}`" in section, tag


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("records")
    src = write_meeting_reports(folder)
    path = str(folder / "n.db")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", path], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def test_each_list_is_in_the_documented_order(db):
    with Store(db) as store:
        doc = build_document(store)
    assert doc["quotes"] and doc["events"] and doc["entities"] and doc["stories"]
    for name in LISTS:
        keys = [tuple(r[k] for k in ORDERS[name]) for r in doc[name]]
        assert keys == sorted(keys), name
        assert len(set(keys)) == len(keys), name
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    assert "records sorted by id" not in text
    assert "quotes and events by article id, then position in its text" in text


def test_jsonl_export_through_the_cli(db):
    result = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", db])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    with Store(db) as store:
        doc = json.loads(json.dumps(build_document(store)))
    for name in LISTS:
        lines = [dict(r) for r in rows if r["record"] == RECORD_TAGS[name]]
        for line in lines:
            del line["record"]
            if name in ("articles", "quotes", "stories"):  # no `type` of their own
                assert line.pop("type") == RECORD_TAGS[name]
        assert lines == doc[name], name


def test_dossier_story_articles_is_the_count(db):
    from newsgraph.compare import build_dossier

    with Store(db) as store:
        [story] = store.story_records()
        dossier = build_dossier(store, story["id"])
    assert dossier["story"]["articles"] == len(dossier["articles"]) == len(story["articles"])
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    assert "`story.articles` is the number of articles" in text
