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


def test_wire_copies_of_one_text_are_one_report(tmp_path, ingest_articles):
    """A third outlet republishing one outlet's agency text adds an article, not a report:
    the group counts reports with a wire-copy set once (as the dossier's coverage does) and
    says which articles are copies."""
    from meeting_reports import ARTICLES

    copy = {
        **ARTICLES[1],
        "id": "a3",
        "outlet": "Lantern Wire Digest",
        "title": "Harbour talks held",
        "text": ARTICLES[1]["text"] + "\n\nThis report was first published by Coast Daily.",
    }
    db = ingest_articles([*ARTICLES, copy], folder=tmp_path)
    [story] = [json.loads(x) for x in run("stories", "--json", "--db", db).stdout.splitlines()]
    assert len(story["articles"]) == 3 and len(story["wire_copies"]) == 1

    listing = run("events", "--type", "consult", "--grouped", "--json", "--db", db).stdout
    [meeting] = [json.loads(x) for x in listing.splitlines()]
    assert len(meeting["articles"]) == 3 and meeting["reports"] == 2
    assert meeting["wire_groups"] == [sorted(story["wire_copies"][0])]
    told = run("events", "--type", "consult", "--json", "--db", db).stdout.splitlines()
    per_article = {e["article"]: len(e["mentions"]) for e in map(json.loads, told)}
    [copies] = meeting["wire_groups"]
    # the copies' shared sentence counts once in `report_mentions`; `mentions` keeps its
    # meaning (every article's mentions)
    assert meeting["report_mentions"] == sum(
        n for a, n in per_article.items() if a not in copies
    ) + max(per_article[a] for a in copies)
    assert meeting["report_mentions"] < meeting["mentions"] == sum(per_article.values())

    [line] = run("events", "--type", "consult", "--grouped", "--db", db).stdout.splitlines()
    assert "2 reports (3 articles: 2 copies of 1 wire text)]" in line, line
