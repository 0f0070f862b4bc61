"""Date filters: the forms they take (`2025`, `2025-03`, `2025-03-06`, `2025-W10`), refused when
not a real date (a 400 in the API), and event dates of any precision compared as periods: an
event matches when its day, week, month or year overlaps the filter's range. The same on SQLite
and PostgreSQL. Text written for these tests."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date

import pytest

from newsgraph.records import Article, RawItem
from newsgraph.store import Store, browse

#: Event dates at every precision, around week, month and ISO-year edges (2026 has a week 53,
#: which ends on Sunday 3 January 2027).
EVENT_DATES = [
    "2024",
    "2024-12-31",
    "2024-W52",
    "2025-W01",
    "2025",
    "2025-02",
    "2025-W09",
    "2025-03-02",
    "2025-03-03",
    "2025-03",
    "2025-W10",
    "2025-03-09",
    "2025-03-10",
    "2025-W13",
    "2025-03-26",
    "2026-12",
    "2026-W53",
    "2027-01-01",
    "2027-W01",
    None,
]
PRECISION = {4: "year", 7: "month", 10: "day"}
FILTERS = [
    None,
    "2024",
    "2024-12-31",
    "2025-W01",
    "2025-01-01",
    "2025-02",
    "2025-03-02",
    "2025-03-03",
    "2025-W10",
    "2025-03-09",
    "2025-03",
    "2025-03-26",
    "2025",
    "2026-W53",
    "2027-01-01",
    "2027-01-03",
    "2027-01-04",
    "2027",
]


def test_date_range_of_each_form():
    assert browse.date_range("2025") == (date(2025, 1, 1), date(2025, 12, 31))
    assert browse.date_range("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert browse.date_range("2025-12") == (date(2025, 12, 1), date(2025, 12, 31))
    assert browse.date_range("2025-03-06") == (date(2025, 3, 6), date(2025, 3, 6))
    assert browse.date_range("2025-W10") == (date(2025, 3, 3), date(2025, 3, 9))
    assert browse.date_range("2026-W53") == (date(2026, 12, 28), date(2027, 1, 3))
    for bad in ("2025-13-45", "2025-02-29", "2025-13", "2025-W54", "2025-W00", "yesterday",
                "2025-3-6", "2025-03-06T10:00", "", "20250306"):  # fmt: skip
        with pytest.raises(browse.DateError):
            browse.date_range(bad)


def test_a_week_overlaps_the_days_it_holds(tmp_path):
    with Store(tmp_path / "n.db") as store:
        ids = _fill(store)

        def overlaps(value: str | None, since: str | None, until: str | None) -> bool:
            found = browse.event_records(store, since=since, until=until)
            return ids[value] in {e["id"] for e in found}

        # Week 10 of 2025 runs from Monday 3 to Sunday 9 March.
        assert overlaps("2025-W10", None, "2025-03-03")
        assert not overlaps("2025-W10", None, "2025-03-02")
        assert overlaps("2025-W10", "2025-03-09", None)
        assert not overlaps("2025-W10", "2025-03-10", None)
        # A day compares as a period too: 26 March is after week 10, not before its end.
        assert not overlaps("2025-03-26", None, "2025-W10")
        assert overlaps("2025-03", None, "2025-W10")
        assert not overlaps(None, None, "2025")
        assert overlaps(None, None, None)


def _expected(value: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if value is None:
        return False
    first, last = browse.date_range(value)
    if since is not None and last < browse.date_range(since)[0]:
        return False
    return until is None or first <= browse.date_range(until)[1]


def _fill(store: Store) -> dict[str | None, str]:
    """One article and one event per date of EVENT_DATES; event id by date."""
    text = "Negotiators met in Portavel several times, officials said."
    raw = RawItem(source="dates.txt", kind="text", content=text.encode(), fields={})
    article = Article(id=raw.id, source=raw.source, kind="text", text=text, language="en")
    store.add_article(article, raw)
    ids = {}
    for i, value in enumerate(EVENT_DATES):
        ids[value] = f"{i:016x}"
        precision = None if value is None else ("week" if "W" in value else PRECISION[len(value)])
        store.db.execute(
            "INSERT INTO events (id, article_id, event_key, type, cameo, mode, context, actors, "
            "targets, place, date, date_precision, date_text, status, trigger, char_start, "
            "char_end, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ids[value], article.id, f"k{i}", "consult", "040", None, None, "[]", "[]", None,
             value, precision, value, "happened", "met", 0, 10, json.dumps([[0, 10]])),
        )  # fmt: skip
    return ids


def _check_events(store: Store) -> None:
    ids = _fill(store)
    for since, until in itertools.product(FILTERS, FILTERS):
        page = browse.list_events(store, since=since, until=until, limit=200)
        want = {ids[v] for v in EVENT_DATES if _expected(v, since, until)}
        assert {e["id"] for e in page.items} == want, (since, until)
        assert page.total == len(want)
        # the CLI's list: the same filter, the same answer
        assert {e["id"] for e in browse.event_records(store, since=since, until=until)} == want


def test_event_dates_compare_as_periods_on_sqlite(tmp_path):
    with Store(tmp_path / "n.db") as store:
        _check_events(store)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh database on a throwaway PostgreSQL server (tests/pgserver.py), or
    $NEWSGRAPH_TEST_PG_URL's server; skips, saying why, when neither can be had."""
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: pip install 'newsgraph[postgres]'")
    from pgserver import Server, server_bin

    server = None
    url = os.environ.get("NEWSGRAPH_TEST_PG_URL")
    if not url:
        bindir = server_bin()
        if bindir is None:
            pytest.skip("PostgreSQL server not installed (no initdb/pg_ctl)")
        try:
            server = Server(bindir)
            server.start()
        except (RuntimeError, subprocess.SubprocessError, OSError) as e:
            if server is not None:
                server.stop()
            pytest.skip(f"PostgreSQL server did not start: {str(e).strip()[:300]}")
        url = server.url
    name = f"newsgraph_test_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        params = conninfo_to_dict(url)
        secret = f":{params['password']}" if params.get("password") else ""
        host, port = params.get("host", "127.0.0.1"), params.get("port", "5432")
        yield f"postgresql://{params.get('user', '')}{secret}@{host}:{port}/{name}"
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        if server is not None:
            server.stop()


def test_event_dates_compare_as_periods_on_postgresql(pg_url):
    with Store(pg_url) as store:
        _check_events(store)


def test_publication_date_filters_take_weeks(tmp_path):
    with Store(tmp_path / "n.db") as store:
        for i, published in enumerate(["2025-03-02", "2025-03-03T23:00:00+00:00", "2025-03-09",
                                       "2025-03-10", None]):  # fmt: skip
            text = f"Article {i} about the harbour talks, written for this test."
            raw = RawItem(source=f"{i}.txt", kind="text", content=text.encode(), fields={})
            store.add_article(
                Article(id=raw.id, source=raw.source, kind="text", text=text,
                        published=published, language="en"),
                raw,
            )  # fmt: skip
        page = browse.list_articles(store, since="2025-W10", until="2025-W10")
        assert sorted(a["published"] for a in page.items) == [
            "2025-03-03T23:00:00+00:00",
            "2025-03-09",
        ]
        assert browse.list_articles(store, until="2025-03").total == 4
        with pytest.raises(browse.DateError):
            browse.list_articles(store, since="2025-13-45")


@pytest.mark.parametrize(
    "query",
    [
        "/api/events?since=2025-13-45",
        "/api/events?until=2025-02-30",
        "/api/events?since=yesterday",
        "/api/articles?until=2025-W54",
        "/api/quotes?since=2025-03-06T10:00",
        "/api/stories?since=2025-3-6",
    ],
)
def test_api_refuses_what_is_not_a_date(api, query):
    response = api.get(query)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error.startswith(("since: not a date", "until: not a date")), error


def test_api_takes_weeks_and_compares_periods(api):
    every = api.get("/api/events?limit=200").json()["items"]
    for since, until in [(None, "2025-W10"), ("2025-W13", None), ("2025-03-09", "2025-W12")]:
        query = "&".join(f"{k}={v}" for k, v in (("since", since), ("until", until)) if v)
        response = api.get(f"/api/events?limit=200&{query}")
        assert response.status_code == 200, response.text
        got = {e["id"] for e in response.json()["items"]}
        assert got == {e["id"] for e in every if _expected(e["date"], since, until)}
    assert api.get("/events?until=2025-W10").status_code == 200
    assert api.get("/events?until=2025-13-45").status_code == 400
