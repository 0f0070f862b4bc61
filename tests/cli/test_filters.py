"""The CLI refuses what it cannot do instead of doing something else: bad filters and options
are usage errors (exit 2, one `Error:` line), commands that read never create a database, and
event dates of any precision are filtered as periods. Text written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

#: An event reported at a week (`last week`, week 10 of 2025: 3 to 9 March), one at a month
#: (`next month`: March 2025), one at a day (`on Wednesday`: 26 March 2025), and one undated.
ARTICLES = [
    {
        "id": "w1",
        "title": "Envoys met last week",
        "outlet": "Harbour Times",
        "published": "2025-03-12",
        "text": "Velorian envoy Marta Quill met Castelmar foreign minister Ivo Brenn in Portavel "
        "last week to discuss fishing rights, officials said.\n\nThe two sides agreed to meet "
        "again.",
    },
    {
        "id": "d1",
        "title": "Talks end",
        "outlet": "Coast Daily",
        "published": "2025-03-27",
        "text": "Velorian envoy Marta Quill met Castelmar foreign minister Ivo Brenn in Portavel "
        "on Wednesday to discuss fishing rights, officials said.",
    },
    {
        "id": "m1",
        "title": "Plans",
        "outlet": "Coast Daily",
        "published": "2025-02-10",
        "text": "Velorian envoy Marta Quill will visit Castelmar next month to discuss fishing "
        "rights, officials said.",
    },
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(ingest_articles) -> str:
    return ingest_articles(ARTICLES, "filters")


def dates(db: str, *args: str) -> list[str | None]:
    result = run("events", "--json", "--db", db, *args)
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["date"] or "-" for line in result.stdout.splitlines())


def test_fixture_has_each_precision(db):
    assert dates(db) == ["-", "2025-03", "2025-03-26", "2025-W10"]


def test_event_dates_are_filtered_as_periods(db):
    # Week 10 ends on 9 March: 26 March is not before it, March overlaps it.
    assert dates(db, "--until", "2025-W10") == ["2025-03", "2025-W10"]
    assert dates(db, "--until", "2025-03-03") == ["2025-03", "2025-W10"]
    assert dates(db, "--until", "2025-03-02") == ["2025-03"]
    assert dates(db, "--since", "2025-03-09") == ["2025-03", "2025-03-26", "2025-W10"]
    assert dates(db, "--since", "2025-03-10") == ["2025-03", "2025-03-26"]
    assert dates(db, "--since", "2025-W13", "--until", "2025-W13") == ["2025-03", "2025-03-26"]
    assert dates(db, "--since", "2025-04") == []
    assert dates(db, "--until", "2025") == ["2025-03", "2025-03-26", "2025-W10"]


def one_error(result, *words: str) -> None:
    """Exit 2 and one `Error:` line naming the problem."""
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    for word in words:
        assert word in errors[0], errors[0]


@pytest.mark.parametrize(
    "args",
    [
        ("events", "--since", "2025-13-45"),
        ("events", "--since", "yesterday"),
        ("events", "--until", "2025-02-30"),
        ("events", "--until", "2025-W54"),
        ("events", "--since", "2025-03-06T10:00"),
    ],
)
def test_bad_dates_are_usage_errors(db, args):
    one_error(run(*args, "--db", db), "not a date", args[2])


def test_entity_type_must_be_a_type(db):
    one_error(run("entities", "--type", "BOGUS", "--db", db), "BOGUS")
    person = run("entities", "--type", "person", "--json", "--db", db)
    assert person.exit_code == 0, person.output
    types = {json.loads(line)["type"] for line in person.stdout.splitlines()}
    assert types == {"PERSON"}


def test_unknown_encoding_is_a_usage_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Harbour talks\n\nNegotiators met in Portavel, officials said.\n")
    db = tmp_path / "n.db"
    one_error(run("ingest", str(src), "--encoding", "no-such-codec", "--db", str(db)), "encoding")
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("articles",),
        ("articles", "--search", "talks"),
        ("export",),
        ("export", "--format", "jsonl"),
        ("quotes",),
        ("entities",),
        ("events",),
        ("stories",),
        ("stories", "--rebuild"),
        ("show", "article", "abc"),
        ("show", "entity", "Quill"),
        ("show", "story", "s-abc"),
        ("dossier", "s-abc"),
        ("reprocess",),
    ],
)
def test_reading_commands_refuse_a_missing_database(tmp_path, args):
    missing = tmp_path / "nonexist" / "dir" / "x.db"
    one_error(run(*args, "--db", str(missing)), "no database", str(missing))
    assert not (tmp_path / "nonexist").exists()


def test_python_m_newsgraph_runs_the_cli(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("newsgraph, version")
    usage = subprocess.run(
        [sys.executable, "-m", "newsgraph", "articles", "--db", str(Path(tmp_path) / "x.db")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert usage.returncode == 2 and "Usage: newsgraph articles" in usage.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (("events", "--type", "nonsense"), ("--type", "'nonsense'", "consult", "assault")),
        (("events", "--type", "consult", "--country", "Velor"), ("--country", "'Velor'")),
        (("events", "--country", "ZZZ"), ("--country", "'ZZZ'", "alpha-3")),
        (("entities", "--country", "zz"), ("--country", "'zz'", "alpha-3")),
        (("events", "--since", "2025-03-10", "--until", "2025-03-01"), ("is after",)),
        (("events", "--since", "2025-02-30"), ("--since", "not a date")),
    ],
)
def test_a_filter_that_can_match_nothing_is_a_one_line_error(db, args, words):
    """Not an empty list: exit 2 and one line naming the option, the value and what it takes
    (the web API answers the same values with a 400, see tests/web/test_api.py)."""
    result = run(*args, "--db", db)
    one_error(result, *words)
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1, result.stderr


@pytest.fixture(scope="module")
def countries_db(tmp_path_factory) -> str:
    """One meeting whose participants have countries (the main fixture's have none)."""
    folder = tmp_path_factory.mktemp("countries")
    src = folder / "a.jsonl"
    article = {
        "id": "c1",
        "title": "Envoys meet",
        "outlet": "Harbour Times",
        "published": "2025-03-12",
        "text": "Norwegian foreign minister Ivo Brenn met Swedish envoy Marta Quill in Oslo on "
        "Tuesday to discuss fishing rights, officials said.",
    }
    src.write_text(json.dumps(article) + "\n", encoding="utf-8")
    path = str(folder / "n.db")
    assert run("ingest", str(src), "--db", path).exit_code == 0
    return path


def test_type_and_country_take_any_case(countries_db):
    db = countries_db
    lower = run("events", "--type", "consult", "--country", "swe", "--json", "--db", db)
    upper = run("events", "--type", "CONSULT", "--country", "SWE", "--json", "--db", db)
    assert lower.exit_code == upper.exit_code == 0 and lower.stdout == upper.stdout
    [event] = [json.loads(line) for line in lower.stdout.splitlines()]
    assert event["type"] == "consult" and event["targets"][0]["country"] == "SWE"
    other = run("events", "--type", "consult", "--country", "nor", "--json", "--db", db)
    assert other.stdout == lower.stdout  # an actor's country counts as a target's does
    none = run("events", "--type", "Consult", "--country", "fra", "--json", "--db", db)
    assert none.exit_code == 0 and none.stdout == ""
