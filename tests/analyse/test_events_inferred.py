"""Countries a participant takes from its sentence, not from its own words, are marked as
inferred: on the event (`Event.inferred`) and in the store and export (`country_inferred` on
each actor/target record, an additive field). Sentences written for these tests."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.export.contract import build_document
from newsgraph.store import Store

PUBLISHED = "2031-03-13"


def test_an_actor_country_from_the_sentence_is_marked_inferred(events):
    [e] = events("The exiles rejected the new constitution, a Belarusian newspaper reported.")
    assert e.actors[0][2] == "BLR"
    assert e.country_inferred("actors", 0)
    assert not e.country_inferred("targets", 0)


def test_a_country_the_actor_names_itself_is_not_inferred(events):
    found = events("Polish officials accused the smugglers of bribing guards in Lithuania.")
    e = next(e for e in found if e.type == "accuse")
    assert e.actors[0][2] == "POL"
    assert not e.inferred


def test_a_target_country_from_the_sentence_is_marked_inferred(events):
    found = events("Kenyan officials criticized UNITA on Monday, Angolan radio reported.")
    e = next(e for e in found if e.type == "accuse")
    assert e.targets and e.targets[0][2] == "AGO"
    assert e.country_inferred("targets", 0)
    assert not e.country_inferred("actors", 0)


ARTICLE = {
    "id": "inferred-1",
    "url": "https://example.org/inferred-1",
    "title": "Exiles reject constitution",
    "published": PUBLISHED,
    "text": "The exiles rejected the new constitution, a Belarusian newspaper reported.\n\n"
    "Polish officials accused the smugglers of bribing guards in Lithuania.\n",
}


def test_country_inferred_reaches_the_store_and_the_export(tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        doc = build_document(store)
    parties = {e["type"]: e["actors"] for e in doc["events"]}
    assert parties["reject"][0]["country"] == "BLR"
    assert parties["reject"][0]["country_inferred"] is True
    assert parties["accuse"][0]["country"] == "POL"
    assert parties["accuse"][0]["country_inferred"] is False
    for e in doc["events"]:
        for p in e["actors"] + e["targets"]:
            assert set(p) == {"entity", "name", "country", "country_inferred"}
