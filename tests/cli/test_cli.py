"""The CLI end to end, through click's runner (and a real subprocess for the kill test)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

ARTICLE = """Skip to content

Harbour talks end without a deal

March 4, 2025

By Lena Okafor

Negotiators from Veloria and Castelmar ended two days of talks in Portavel on Tuesday without an
agreement on fishing rights, officials said.

"We made progress, but the hard questions remain open," Velorian envoy Marta Quill told reporters
after the final session.

Related article: [Fishing fleets wait for a deal](#)

The talks are expected to resume next month in Castelmar, according to a statement from the
Castelmar foreign ministry.
"""

HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Port reopens after storm</title>
<meta property="og:title" content="Port reopens after storm">
<meta name="author" content="Jon Hale">
<meta property="article:published_time" content="2025-03-05T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The port of Portavel reopened on Wednesday after a storm closed it for three days, the harbour
authority said in a statement published in the morning.</p>
<p>"Ships are moving again and the backlog should clear by the weekend," harbour master Ida Renn
said, adding that two cranes had been damaged by the wind.</p>
<p>Traders said the closure had delayed grain shipments to Castelmar and pushed up prices in the
local market, where stocks were already running low before the storm.</p>
</article><footer>© 2025 Example Gazette</footer></body></html>
"""

FRENCH = """Les négociateurs de Veloria et de Castelmar ont terminé mardi deux jours de
pourparlers à Portavel sans parvenir à un accord sur les droits de pêche, selon des responsables.
Les discussions doivent reprendre le mois prochain, a indiqué le ministère des affaires étrangères.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "port.html").write_text(HTML, encoding="utf-8")
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    records = [
        {
            "id": "r1",
            "title": "Grain prices rise",
            "outlet": "Example Wire",
            "published": "2025-03-06",
            "text": "Grain prices rose in Castelmar on Thursday after "
            "the port closure, traders said, and were expected to stay high for a week.",
            "section": "markets",
        },
    ]
    (folder / "items.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    return folder


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_ingest_folder_then_again_is_all_duplicates(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    first = run("ingest", str(corpus), "--db", db)
    assert first.exit_code == 0, first.output
    assert "4 ingested, 0 skipped as duplicates" in first.output
    assert "0 failed; stored as 4 reports (1 not analysed: not English)" in first.output
    second = run("ingest", str(corpus), "--db", db)
    assert second.exit_code == 0
    assert "0 ingested, 4 skipped as duplicates" in second.output


def test_bad_items_are_named_and_the_batch_goes_on(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "latin1.txt").write_bytes("Caf\xe9 talks resume in Portavel".encode("latin-1"))
    db = str(tmp_path / "n.db")
    result = run("ingest", str(corpus), "--db", db)
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 3
    assert any("empty.txt" in ln for ln in lines)
    assert any("binary.txt" in ln for ln in lines)
    assert any("latin1.txt" in ln and "UTF-8" in ln for ln in lines)
    assert "4 ingested" in result.output and "3 failed" in result.output


def test_export_json_contract_is_deterministic(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus), "--db", db)
    out1, out2 = tmp_path / "e1.json", tmp_path / "e2.json"
    assert run("export", "--format", "json", "-o", str(out1), "--db", db).exit_code == 0
    run("reprocess", "--db", db)
    run("export", "--format", "json", "-o", str(out2), "--db", db)
    assert out1.read_bytes() == out2.read_bytes()
    doc = json.loads(out1.read_text())
    assert doc["schema_version"] == 1
    for name in ("articles", "entities", "quotes", "events", "stories"):
        assert isinstance(doc[name], list)
    by_title = {a["title"]: a for a in doc["articles"]}
    talks = by_title["Harbour talks end without a deal"]
    assert talks["published"] == "2025-03-04"
    assert talks["byline"] == "Lena Okafor"
    assert "Skip to content" not in talks["text"]
    assert "Related article" not in talks["text"]
    port = by_title["Port reopens after storm"]
    assert port["published"].startswith("2025-03-05")
    assert port["byline"] == "Jon Hale"
    assert "Home" not in port["text"].split()
    grain = by_title["Grain prices rise"]
    assert grain["external_id"] == "r1" and grain["outlet"] == "Example Wire"
    assert grain["metadata"]["section"] == "markets"
    french = [a for a in doc["articles"] if a["language"] == "fr"]
    assert len(french) == 1 and french[0]["status"] == "not_analysed"
    for a in doc["articles"]:
        assert set(a) >= {
            "id",
            "source",
            "external_id",
            "url",
            "outlet",
            "title",
            "byline",
            "published",
            "language",
            "text",
        }


def test_export_jsonl_and_csv(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus), "--db", db)
    result = run("export", "--format", "jsonl", "--db", db)
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows[0]["type"] == "header" and rows[0]["schema_version"] == 1
    assert sum(r["type"] == "article" for r in rows) == 4
    assert run("export", "--format", "csv", "--db", db).exit_code == 2
    folder = tmp_path / "csv"
    assert run("export", "--format", "csv", "-o", str(folder), "--db", db).exit_code == 0
    header = (folder / "articles.csv").read_text().splitlines()[0]
    assert header.startswith("id,source,external_id,url,outlet,title")
    assert (folder / "quotes.csv").read_text().startswith("id,article,kind,text")


def test_show_article_and_removed(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus / "talks.txt"), "--db", db)
    listing = run("articles", "--db", db).output
    article_id = listing.split()[0]
    shown = run("show", "article", article_id[:8], "--db", db)
    assert shown.exit_code == 0
    assert "Harbour talks end without a deal" in shown.output
    removed = run("show", "article", article_id, "--removed", "--db", db).output
    assert "navigation" in removed and "Skip to content" in removed
    assert "related link" in removed.lower() or "related" in removed.lower()
    record = json.loads(run("show", "article", article_id, "--json", "--db", db).output)
    assert record["id"] == article_id and record["removed"]
    raw = run("show", "article", article_id, "--raw", "--db", db).output
    assert raw.startswith("Skip to content")
    assert run("show", "article", "ffffffffffff", "--db", db).exit_code == 2


def test_search(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus), "--db", db)
    out = run("articles", "--search", "harbour AND cranes", "--db", db).output
    assert "Port reopens after storm" in out and "Harbour talks" not in out
    assert run("articles", "--search", '"unclosed', "--db", db).exit_code == 2


def test_stdin(tmp_path):
    db = str(tmp_path / "n.db")
    result = run("ingest", "-", "--db", db, input=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    assert "1 ingested" in result.output


def test_analyze_writes_report(corpus, tmp_path):
    out = tmp_path / "out"
    result = run("analyze", str(corpus), "--out", str(out), "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "export.json").read_text())
    assert len(doc["articles"]) == 4
    report = (out / "report.md").read_text()
    assert "Harbour talks end without a deal" in report and "not_analysed" in report


def test_killed_mid_batch_leaves_consistent_db_and_rerun_finishes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    n = 400
    for i in range(n):
        body = ARTICLE.replace("two days", f"{i + 2} days")
        (folder / f"a{i:04d}.txt").write_text(body, encoding="utf-8")
    db = tmp_path / "n.db"
    cmd = [
        sys.executable,
        "-m",
        "newsgraph.cli",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--no-progress",
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 5:
                break
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be killed (machine too fast)")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        raws = con.execute("SELECT count(*) FROM raw_inputs").fetchone()[0]
    assert 0 < partial < n and raws == partial
    result = run("ingest", str(folder), "--db", str(db))
    assert f"{n - partial} ingested, {partial} skipped as duplicates" in result.output
    assert result.exit_code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == n


def test_entities_and_quotes_are_linked_in_export_and_cli(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus), "--db", db)
    out = tmp_path / "e.json"
    run("export", "-o", str(out), "--db", db)
    doc = json.loads(out.read_text())
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    by_id = {e["id"]: e for e in doc["entities"]}
    quill = by_id["person:marta-quill"]
    assert quill["type"] == "PERSON" and quill["name"] == "Marta Quill"
    seen = {(m["link"], texts[m["article"]][m["start"] : m["end"]]) for m in quill["mentions"]}
    assert ("name", "Marta Quill") in seen and ("title", "Velorian envoy") in seen
    assert "Velorian envoy" in quill["roles"]
    [said] = [q for q in doc["quotes"] if "hard questions" in q["text"]]
    assert said["speaker"]["entity"] == "person:marta-quill"
    assert said["speaker"]["name"] == "Marta Quill"
    listing = run("entities", "--type", "person", "--db", db).output
    assert "Marta Quill" in listing
    shown = run("show", "entity", "Marta Quill", "--db", db)
    assert shown.exit_code == 0 and "hard questions" in shown.output
    assert run("show", "entity", "Nobody Atall", "--db", db).exit_code == 2
    said_json = [
        json.loads(line)
        for line in run("quotes", "--speaker", "quill", "--json", "--db", db).output.splitlines()
    ]
    assert said_json and all(q["speaker"]["entity"] == "person:marta-quill" for q in said_json)


def test_stories_group_same_event_and_rebuild_is_stable(corpus, tmp_path):
    db = str(tmp_path / "n.db")
    extra = corpus / "talks-copy.txt"
    # The same agency text under a new headline, last paragraph cut: one story, a wire copy.
    extra.write_text(
        ARTICLE.replace(
            "Harbour talks end without a deal", "Fishing talks in Portavel break up"
        ).split("The talks are expected")[0],
        encoding="utf-8",
    )
    run("ingest", str(corpus), "--db", db)
    out = tmp_path / "e.json"
    run("export", "-o", str(out), "--db", db)
    doc = json.loads(out.read_text())
    titles = {a["id"]: a["title"] for a in doc["articles"]}
    [talks] = [
        s
        for s in doc["stories"]
        if "Harbour talks end without a deal" in {titles[i] for i in s["articles"]}
    ]
    assert {titles[i] for i in talks["articles"]} == {
        "Harbour talks end without a deal",
        "Fishing talks in Portavel break up",
    }
    assert len(talks["wire_copies"]) == 1
    port = [
        s
        for s in doc["stories"]
        if "Port reopens after storm" in {titles[i] for i in s["articles"]}
    ]
    assert port and talks["id"] != port[0]["id"]
    listing = run("stories", "--db", db).output
    assert talks["id"] in listing
    assert run("show", "story", talks["id"], "--db", db).exit_code == 0
    assert run("stories", "--rebuild", "--db", db).exit_code == 0
    out2 = tmp_path / "e2.json"
    run("export", "-o", str(out2), "--db", db)
    assert json.loads(out2.read_text())["stories"] == doc["stories"]


def test_events_are_stored_exported_and_listed(tmp_path):
    record = {
        "id": "ev1",
        "title": "Leaders meet in Brisa Alta",
        "published": "2025-03-06",
        "text": "Velorian President Teodor Ilvane met Kestrian Prime Minister Aurelia Montfort "
        "in Brisa Alta on Thursday.\n\nThe two leaders will meet again on Friday, "
        "officials said.",
    }
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert run("ingest", str(src), "--db", db).exit_code == 0
    out = tmp_path / "e.json"
    run("export", "-o", str(out), "--db", db)
    doc = json.loads(out.read_text())
    text = doc["articles"][0]["text"]
    [met] = [e for e in doc["events"] if e["type"] == "consult" and e["status"] == "happened"]
    assert met["date"] == "2025-03-06"
    assert {a["name"] for a in met["actors"] + met["targets"]} >= {
        "Teodor Ilvane",
        "Aurelia Montfort",
    }
    assert "met" in text[met["start"] : met["end"]]
    listing = run("events", "--type", "consult", "--actor", "ilvane", "--db", db).output
    assert "2025-03-06" in listing
    assert run("events", "--since", "2030-01-01", "--db", db).output == ""


def test_show_story_lists_articles_by_instant(tmp_path):
    """`09:00-05:00` (14:00 UTC) is after `12:00+00:00`, though its string sorts first."""
    from newsgraph.records import Article, RawItem
    from newsgraph.store import Store

    db = tmp_path / "n.db"
    times = ["2026-03-05T09:00:00-05:00", "2026-03-05T12:00:00+00:00", "2026-03-05"]
    ids = []
    with Store(db) as store:
        for i, published in enumerate(times):
            raw = RawItem(source=f"{i}.txt", kind="text", content=f"Report {i}.".encode())
            article = Article(
                id=raw.id, source=raw.source, kind="text", text=f"Report {i}.", title=f"T{i}"
            )
            article.published = published
            store.add_article(article, raw)
            ids.append(article.id)
        store.save_stories({}, {"s-port": sorted(ids)}, {"s-port": "Port"}, [])
    result = CliRunner().invoke(main, ["show", "story", "s-port", "--db", str(db)])
    assert result.exit_code == 0, result.output
    listed = [line.split()[0] for line in result.stdout.splitlines()[1:] if "wire" not in line]
    assert listed == [ids[2], ids[1], ids[0]]


QUAY_FIRE = (
    "A fire broke out at a grain store on the east quay of Portavel late on Monday, the "
    "harbour authority said. Crews from three stations fought the blaze for four hours "
    "before it was brought under control, and nine workers were treated for smoke. "
    "The cause of the fire was not known, and the quay would stay closed on Tuesday while "
    "engineers checked the cranes, a spokesman for the authority said. Traders said grain "
    "deliveries to Castelmar would be delayed by at least two days."
)


def test_the_ingest_line_says_what_each_number_is(tmp_path):
    """Product review 9: `1 stored as new versions of a stored page (not counted)` left the
    reader to guess whether that item was among the `ingested` ones. The line now says what
    the ingested items were stored as: reports, or versions of a page already stored."""
    record = {
        "title": "Fire on the east quay",
        "url": "https://harbour-gazette.example/news/quay-fire",
        "outlet": "Harbour Gazette",
        "published": "2025-03-04",
        "text": QUAY_FIRE,
    }
    first, later = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(record) + "\n", encoding="utf-8")
    record["text"] = QUAY_FIRE + " Correction: the fire burned for five hours, not four."
    later.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    one = run("ingest", str(first), "--db", db)
    assert "1 ingested, 0 skipped as duplicates (already stored)" in one.output
    assert "0 failed; stored as 1 report\n" in one.output
    two = run("ingest", str(later), "--db", db)
    assert "1 ingested, 0 skipped as duplicates" in two.output
    assert (
        "stored as 0 reports, 1 version of a page already stored (kept, not a report)" in two.output
    )
    assert "not counted" not in two.output
    again = run("ingest", str(first), "--db", db)
    assert "0 ingested, 1 skipped as duplicates (already stored)" in again.output
    assert "stored as" not in again.output


SPOKESWOMAN = """Selm port talks stall

By Pia Lund

Talks on reopening the port of Selm stalled on Monday, officials said.

"We will not sign this week," government spokeswoman Lina Ostrava told reporters.

"There is no deal yet, and there will be none before the vote," the spokeswoman said.

"We want the quays open by spring," fisheries minister Tom Bree said.
"""


@pytest.fixture
def spokeswoman_db(tmp_path: Path) -> str:
    path = tmp_path / "selm.txt"
    path.write_text(SPOKESWOMAN, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run("ingest", str(path), "--db", db).exit_code == 0
    return db


def test_show_entity_of_a_description_says_so_in_one_line(spokeswoman_db):
    """Product review 9: `show entity "the spokeswoman"` printed the usage text and `no entity
    named`; a description is no entity's name, and its quotes are under `quotes --speaker`."""
    result = CliRunner().invoke(main, ["show", "entity", "the spokeswoman", "--db", spokeswoman_db])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "description" in lines[0]
    assert "newsgraph quotes --speaker 'the spokeswoman'" in lines[0]
    missing = CliRunner().invoke(main, ["show", "entity", "Olaf Nobody", "--db", spokeswoman_db])
    assert missing.exit_code == 2
    assert missing.output.strip() == "Error: no entity named 'Olaf Nobody'"


def test_a_removal_with_no_position_in_the_page_says_so():
    """Code review 10: a byline paragraph the raw page does not hold verbatim is stored with
    no position (-1); `show article --removed` printed `-1--1` as if it were a span, then a bare
    `?` (session 11): it says "position unknown", in the column of the spans."""
    from types import SimpleNamespace

    from newsgraph.cli import _format_removals
    from newsgraph.records import Removal

    a = SimpleNamespace(
        kind="html",
        removals=[Removal(-1, -1, "By Ilva Marrack", "metadata: byline"), Removal(3, 9, "x", "r")],
    )
    lines = _format_removals(a).splitlines()
    assert "-1" not in lines[0] and "?" not in lines[0]
    assert lines[0].startswith("position unknown ")
    assert lines[1].split()[0] == "3-9"
    # the reasons line up whether or not the removal has a position
    assert lines[0].index("metadata: byline") == lines[1].index("r ")


def test_db_before_the_command_is_the_commands_db(corpus, tmp_path):
    """Product review 11: `newsgraph --db X analyze ...` said "No such option '--db'", though
    every command takes --db. It is taken before the command too (nested `show` commands
    included); the command's own --db wins when both are given."""
    db = str(tmp_path / "n.db")
    first = run("--db", db, "ingest", str(corpus / "talks.txt"))
    assert first.exit_code == 0, first.output
    assert Path(db).is_file()
    listing = run("--db", db, "articles").output
    assert len(listing.splitlines()) == 1 and "2025-03-04" in listing
    article_id = listing.split()[0]
    assert "Marta Quill" in run("--db", db, "show", "article", article_id[:8]).output
    missing = str(tmp_path / "none.db")
    both = run("--db", missing, "articles", "--db", db)
    assert both.exit_code == 0 and article_id in both.output
    assert run("--db", db, "articles", "--db", missing).exit_code == 2
    assert run("--db", db, "serve", "--help").exit_code == 0


def test_help_starts_without_the_heavy_modules():
    """Product review 11: `newsgraph --help` took about 10 s, importing spaCy, the report, the
    web app. The commands load what they need when they run; the listing shows every command,
    `serve` with the short help its own module gives."""
    code = (
        "import sys\n"
        "from newsgraph.cli import main\n"
        "try:\n"
        "    main(['--help'], prog_name='newsgraph')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('spacy', 'fastapi', 'newsgraph.report', 'newsgraph.compare', 'newsgraph.store',"
        " 'newsgraph.ingest', 'newsgraph.pipeline', 'newsgraph.web')\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "LOADED []" in out
    for name in ("analyze", "events", "serve", "show", "stories"):
        assert f"\n  {name} " in out
    from newsgraph.cli import EXPORT_FORMATS, LAZY_COMMANDS
    from newsgraph.export import FORMATS
    from newsgraph.web.cli import serve

    assert EXPORT_FORMATS == FORMATS
    assert LAZY_COMMANDS["serve"][2] == serve.get_short_help_str(limit=200)
    events_help = run("events", "--help").output
    assert "consult" in events_help and "YYYY-Www" in events_help


def test_events_are_listed_by_date_then_article_order(tmp_path):
    """Product review 11: `newsgraph events` listed events in article order. By date (the
    first day of its period; a day before the week or month it starts), undated last, then
    article order."""
    from newsgraph.records import Article, RawItem
    from newsgraph.store import Store

    db = str(tmp_path / "n.db")
    dates = [("b", "2025-03-10"), ("a", None), ("a", "2025-03"), ("a", "2025-03-12"),
             ("b", "2025-W10"), ("a", "2025-03-03"), ("b", None), ("b", "2024")]  # fmt: skip
    with Store(db) as store:
        ids = {}
        for name in ("a", "b"):
            text = f"Negotiators met in Portavel, report {name} said."
            raw = RawItem(source=f"{name}.txt", kind="text", content=text.encode(), fields={})
            store.add_article(Article(id=raw.id, source=raw.source, kind="text", text=text,
                                      language="en"), raw)  # fmt: skip
            ids[name] = raw.id
        for i, (name, value) in enumerate(dates):
            store.db.execute(
                "INSERT INTO events (id, article_id, event_key, type, actors, targets, date, "
                "status, char_start, char_end) VALUES (?, ?, ?, 'consult', '[]', '[]', ?, "
                "'happened', ?, ?)",
                (f"{i:016x}", ids[name], f"k{i}", value, i, i + 1),
            )
    lines = run("events", "--db", db).output.splitlines()
    got = [(line.split()[0], line.split("(")[-1].split()[0]) for line in lines]
    first, second = sorted(ids.values())
    short = {ids["a"]: "a", ids["b"]: "b"}
    got = [(d, short[next(i for i in ids.values() if i.startswith(a))]) for d, a in got]
    undated = [n for _, n in sorted((ids[n], n) for n, v in dates if v is None)]
    assert got == [
        ("2024", "b"),
        ("2025-03", "a"),
        ("2025-03-03", "a"),
        ("2025-W10", "b"),
        ("2025-03-10", "b"),
        ("2025-03-12", "a"),
        *[("????-??-??", n) for n in undated],
    ], (first, second)


def test_show_article_says_why_it_was_not_analysed(corpus, tmp_path):
    """Product review 11: the not-analysed (non-English) article showed its status and
    language but no reason. The store keeps none of its own; `not_analysed` means a language
    the analysis does not handle, and `show article` says so."""
    db = str(tmp_path / "n.db")
    run("ingest", str(corpus / "fr.txt"), str(corpus / "talks.txt"), "--db", db)
    listing = run("articles", "--db", db).output
    [fr] = [line.split()[0] for line in listing.splitlines() if "[not analysed]" in line]
    shown = run("show", "article", fr, "--db", db).output
    assert "status: not_analysed" in shown
    assert "reason: language fr is not analysed (analysed: en)" in shown
    [en] = [line.split()[0] for line in listing.splitlines() if "[not analysed]" not in line]
    assert "reason:" not in run("show", "article", en, "--db", db).output
