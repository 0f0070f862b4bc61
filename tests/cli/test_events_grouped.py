"""`newsgraph events --grouped`: one line per real-world event, with its mentions and articles,
through click's runner. Text written for this test."""

from __future__ import annotations

import json

from click.testing import CliRunner
from meeting_reports import write_jsonl

from newsgraph.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_grouped_counts_events_not_sentences(tmp_path):
    src = write_jsonl(tmp_path)
    db = str(tmp_path / "n.db")
    assert run("ingest", str(src), "--db", db).exit_code == 0

    plain = run("events", "--type", "consult", "--db", db)
    assert plain.exit_code == 0
    assert len(plain.output.splitlines()) == 2  # one line per article's report

    grouped = run("events", "--type", "consult", "--grouped", "--db", db)
    assert grouped.exit_code == 0
    [line] = grouped.stdout.splitlines()
    assert line.startswith("2025-03-06 consult")
    assert "Teodor Ilvane" in line and "2 articles]" in line and " g-" in line
    assert "1 real-world event, told by 2 article events" in grouped.stderr

    listing = run("events", "--grouped", "--json", "--db", db).stdout
    rows = [json.loads(x) for x in listing.splitlines()]
    by_type = {r["type"]: r for r in rows}
    assert set(by_type) >= {"consult", "protest"}
    meeting = by_type["consult"]
    assert len(meeting["events"]) == 2 and len(meeting["articles"]) == 2
    assert meeting["mentions"] >= 2
    assert len(by_type["protest"]["articles"]) == 1

    # The group ids are the export's `event_group`.
    out = tmp_path / "e.json"
    run("export", "-o", str(out), "--db", db)
    exported = {e["id"]: e["event_group"] for e in json.loads(out.read_text())["events"]}
    assert {exported[e] for e in meeting["events"]} == {meeting["event_group"]}

    # A filter selects real-world events; each is shown with all its members.
    only = run("events", "--grouped", "--actor", "fishermen", "--db", db).stdout.splitlines()
    assert len(only) == 1 and "protest" in only[0]
