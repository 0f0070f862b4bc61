"""What the listings print, checked against what the README says they print, on one small
fictional article (and a stub of it saved earlier, a version of the same page). Text written
for this test."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

URL = "https://pelmarpost.example/news/2025/05/09/fisheries-accord"
FULL = {
    "id": "p1",
    "title": "Norvia and Talmark sign fisheries accord",
    "outlet": "Pelmar Post",
    "published": "2025-05-09",
    "url": URL,
    "text": "Norvian Foreign Minister Edda Rask and Talmarkian Foreign Minister Jon Vell signed "
    "a fisheries accord in Pelmar on Thursday.\n\n"
    "Last month, hundreds of Norvian fishermen protested in the port of Skarn against the old "
    "quotas.\n\n"
    'The representative of Norvia said the accord was "a fair deal for both coasts".\n\n'
    "Rask, speaking after the ceremony, said the quotas would be reviewed next year.",
}
#: the same page saved earlier with its first paragraph only: a stub, so a version of FULL
STUB = {**FULL, "id": "p0", "text": FULL["text"].split("\n\n")[0]}


def run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def db(ingest_articles) -> str:
    return ingest_articles([STUB, FULL], name="views")


def _ids(db: str) -> tuple[str, str]:
    """(the report's id, its stub version's id), from the export."""
    articles = json.loads(run("export", "--db", db).stdout)["articles"]
    [report] = [a for a in articles if a["status"] != "superseded"]
    [stub] = [a for a in articles if a["status"] == "superseded"]
    return report["id"], stub["id"]


def test_grouped_events_are_listed_by_date_as_events_are(db):
    """README: `events` lists by date (undated last); `--grouped` lists the same events
    merged, so a user reading it (or taking its first `--limit N`) expects the same order,
    not the order the articles happen to be stored in."""
    plain = [line[:10].strip() for line in run("events", "--db", db).stdout.splitlines()]
    grouped = [
        line[:10].strip() for line in run("events", "--grouped", "--db", db).stdout.splitlines()
    ]
    assert len(set(plain)) >= 2, plain  # the text tells events of two dates
    assert grouped == plain  # one event per group here: the same dates, in the same order


def test_events_json_has_the_export_event_group(db):
    """README: `--json` prints the export's shape; the export's events carry `event_group`."""
    exported = {
        e["id"]: e["event_group"] for e in json.loads(run("export", "--db", db).stdout)["events"]
    }
    listed = [json.loads(x) for x in run("events", "--json", "--db", db).stdout.splitlines()]
    assert listed
    assert {e["id"]: e.get("event_group") for e in listed} == exported


def test_speaker_filter_finds_the_words_that_named_the_speaker(db):
    """`--speaker` takes a description and matches the words the article named the speaker
    with; `representative of Norvia` is such a description, with or without its `The`."""
    with_the = run("quotes", "--speaker", "the representative of Norvia", "--db", db).stdout
    without = run("quotes", "--speaker", "representative of Norvia", "--db", db).stdout
    assert "fair deal" in with_the
    assert without == with_the


def test_entity_context_keeps_the_text_as_written(db):
    """`show entity` prints each mention in its context: the text beside it as written, so a
    comma right after the name stays right after it."""
    out = run("show", "entity", "Rask", "--db", db).stdout
    [line] = [x for x in out.splitlines() if "speaking after" in x]
    assert "[Rask], speaking" in line, line


def test_a_page_version_names_its_current_version(db):
    """README: a version is stored with `metadata.version_of` naming the page's current
    version, and `articles` marks it `[version of ID]`; `show article` on the version names
    that id too, as it says why an article in another language is not analysed."""
    report, stub = _ids(db)
    assert f"[version of {report[:12]}]" in run("articles", "--db", db).stdout
    head = run("show", "article", stub, "--db", db).stdout.split("\n\n", 1)[0]
    assert "superseded" in head
    assert report[:12] in head, head


def test_a_one_article_story_says_one_article(db):
    listing = run("stories", "--db", db).stdout
    shown = run("show", "story", _ids(db)[0], "--db", db).stdout
    assert re.search(r"\b1 article\b", listing), listing
    assert re.search(r"\(1 article\)", shown), shown


def test_search_keeps_the_outlet_filter(db):
    """`articles --search Q --outlet NAME`: both filters hold, as each does alone."""
    other = run("articles", "--search", "Thursday", "--outlet", "Skarn Courier", "--db", db)
    mine = run("articles", "--search", "Thursday", "--outlet", "pelmar post", "--db", db)
    assert other.stdout == ""
    assert "Norvia and Talmark" in mine.stdout


def test_search_rows_say_what_listing_rows_say(db):
    """README: a row that is not a report of its own says so after its title; a search hit
    is such a row, and each hit keeps to its two lines (the row, then its snippet)."""
    report, stub = _ids(db)
    out = run("articles", "--search", "Thursday", "--db", db).stdout
    [row] = [x for x in out.splitlines() if x.startswith(stub)]
    assert row.endswith(f"[version of {report[:12]}]"), row
    assert all(re.match(r"[0-9a-f]{16}  |    \S", x) for x in out.splitlines()), out
