"""Paginated, filtered reads for the web app and the HTTP API.

The export reads everything at once; a web page must not. Every function here reads one page
(`limit` rows from `offset`) through an index, counts the total the page belongs to, and returns
records in the export contract's shapes (docs/export.md), so the API and the export agree.
This module is part of the store: it is the only other place that speaks SQL, written for
SQLite and PostgreSQL at once (what differs comes from `store.dialect`, see dialect.py).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from newsgraph.analyse.linking import distinct_roles
from newsgraph.export.contract import article_record, entity_record, quote_record
from newsgraph.store.dialect import is_url
from newsgraph.store.sqlite import (
    ARTICLE_COLUMNS,
    QUOTE_COLUMNS,
    Store,
    article_from_row,
    chunks,
    event_from_row,
    marks,
    published_instant,
    quote_from_row,
)
from newsgraph.wordlists import NAME_PARTICLES

#: The most rows one page may hold, whatever the caller asks for.
MAX_LIMIT = 200
#: Deeper pages cost a scan of every row before them: past this, narrow the filters instead.
MAX_OFFSET = 10_000
#: Full-text queries: longest accepted, most terms, shortest prefix before a `*`.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 16
MIN_PREFIX_CHARS = 3
#: Marks around matched words in snippets (private-use characters: they never occur in text).
MATCH_START, MATCH_END = "\ue000", "\ue001"

_META_COLUMNS = "id, title, outlet, published, url"


def _qualified(columns: str, alias: str) -> str:
    """`a.x, a.y` from `x, y`: the columns of one table of a join."""
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


_ARTICLE_COLS = _qualified(ARTICLE_COLUMNS, "a")
_QUOTE_COLS = _qualified(QUOTE_COLUMNS, "q")


class QueryError(ValueError):
    """A full-text query that is too long, too costly or not valid FTS5 syntax (or a
    `DateError`: a date filter that is not a date)."""


# -- date filters -----------------------------------------------------------------------------

#: The forms a date filter and an event date take: a year, a month, a day, or an ISO week.
DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


class DateError(QueryError):
    """A date filter that is not one of `DATE_FORMS`, or not a real date (`2025-13-45`)."""


def date_range(text: str) -> tuple[date, date]:
    """The first and last day an ISO date of any precision covers: `2025` is the year,
    `2025-03` March, `2025-03-06` that day, `2025-W10` the ISO week (Monday 3 to Sunday 9 March
    2025). DateError for anything else."""
    m = _DATE.fullmatch(text.strip()) if isinstance(text, str) else None
    if m is None:
        raise DateError(f"not a date: {text!r} (give {DATE_FORMS})")
    year, month, day, week = m.groups()
    try:
        y = int(year)
        if week is not None:
            first = date.fromisocalendar(y, int(week), 1)
            return first, first + timedelta(days=6)
        if day is not None:
            d = date(y, int(month), int(day))
            return d, d
        if month is not None:
            first = date(y, int(month), 1)
            nxt = date(y + 1, 1, 1) if first.month == 12 else date(y, first.month + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError as e:
        raise DateError(f"not a date: {text!r} ({e})") from e


def check_date(text: str | None) -> str | None:
    """The filter, stripped, if it is a date of one of `DATE_FORMS`; else DateError."""
    if text is None:
        return None
    date_range(text)
    return text.strip()


def check_range(since: str | None, until: str | None) -> None:
    """DateError when `since` starts after the last day `until` covers (a range that can hold
    nothing is a mistake, not an empty answer); a month to one of its days is fine."""
    if since and until and date_range(since)[0] > date_range(until)[1]:
        raise DateError(f"since {since!r} is after until {until!r}")


class FilterError(QueryError):
    """A filter value that names nothing that can exist: an unknown event type or country."""


def check_event_type(value: str | None) -> str | None:
    """The PLOVER type, lower-cased (any case is taken); FilterError naming the valid ones."""
    from newsgraph.analyse.plover import TYPES

    if value is None:
        return None
    low = value.strip().lower()
    if low not in TYPES:
        raise FilterError(f"unknown event type {value!r}: give one of {', '.join(TYPES)}")
    return low


#: Codes the analysis gives that ISO 3166 leaves to users: Kosovo's, in wide use.
_USER_CODES = frozenset({"XKX"})


def check_country(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code, upper-cased (any case is taken); FilterError otherwise, so a
    typo (`RU`, `RUSS`, `ZZZ`) is an error rather than an empty list."""
    if value is None:
        return None
    code = value.strip().upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()) or not _is_country(code):
        raise FilterError(f"unknown country {value!r}: give an ISO 3166 alpha-3 code, e.g. RUS")
    return code


def _is_country(code: str) -> bool:
    import pycountry

    return code in _USER_CODES or pycountry.countries.get(alpha_3=code) is not None


def _forms(d: date) -> tuple[str, str, str, str]:
    """The day, month, year and ISO week that hold `d`, each written at its precision."""
    iso = d.isocalendar()
    return d.isoformat(), d.isoformat()[:7], d.isoformat()[:4], f"{iso[0]:04d}-W{iso[1]:02d}"


@dataclass
class Page:
    """One page of records and where it sits in the whole result."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        end = self.offset + len(self.items)
        return end if end < self.total and end <= MAX_OFFSET else None


def instant(published: str | None) -> str:
    """A sort key that orders publication times as instants (`published_instant`), "" for
    none: `2026-03-05T09:00:00-05:00` comes after `2026-03-05T12:00:00+00:00`."""
    return published_instant(published) or ""


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """The limit and offset actually used: at most MAX_LIMIT rows, from at most MAX_OFFSET."""
    return max(1, min(limit, MAX_LIMIT)), max(0, min(offset, MAX_OFFSET))


class _Where:
    """WHERE clauses and their arguments, built up filter by filter."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.args: list[Any] = []

    def add(self, sql: str, *args: Any) -> None:
        self.parts.append(sql)
        self.args.extend(args)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        """Publication dates (ISO days or datetimes) in the filters' range: from the first day
        `since` covers to the last day `until` covers (`2025-03` keeps 2025-03-31T…)."""
        if since:
            self.add(f"{column} >= ?", date_range(since)[0].isoformat())
        if until:
            self.add(f"{column} <= ?", date_range(until)[1].isoformat() + "\uffff")

    def event_dates(self, column: str, since: str | None, until: str | None) -> None:
        """Event dates of any precision that overlap the filters' range: the event's period
        (`date_range` of its date) reaches `since`'s first day and starts by `until`'s last day,
        both inclusive at their own precision (week 10 of 2025 is within `until=2025-03-03`, its
        Monday, and `since=2025-03-09`, its Sunday); undated events match no date filter. The
        one definition of the comparison: the web app, the API and the CLI all filter here.

        A date's form tells its precision (the length: 10 a day, 8 a week, 7 a month, 4 a
        year), and dates of one form compare as text; so the bound is written in each form
        (the week, month and year that hold the day). The first condition of each bound
        implies the others and lets the date index narrow the scan.
        """
        lengths = (10, 7, 4, 8)
        if since:
            forms = _forms(date_range(since)[0])
            self.add(f"{column} >= ?", min(forms[2], forms[3][:4]))
            self.add(
                "("
                + " OR ".join(f"(length({column}) = {n} AND {column} >= ?)" for n in lengths)
                + ")",
                *forms,
            )
        if until:
            forms = _forms(date_range(until)[1])
            self.add(f"{column} <= ?", max(forms[2], forms[3][:4]) + "\uffff")
            self.add(
                "("
                + " OR ".join(f"(length({column}) = {n} AND {column} <= ?)" for n in lengths)
                + ")",
                *forms,
            )

    def sql(self) -> str:
        return f"WHERE {' AND '.join(self.parts)}" if self.parts else ""


def _count(store: Store, sql: str, args: list[Any]) -> int:
    return store.db.execute(sql, args).fetchone()[0]


# -- full-text queries ----------------------------------------------------------------------

_TERM = re.compile(r'"[^"]*"|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def check_query(query: str) -> str:
    """The query, stripped, if it is cheap enough to run; else QueryError saying why.

    FTS5 syntax errors are caught when the query runs; this refuses what would run too long:
    very long queries, many terms, and short prefixes (`a*` expands to most of the index).
    """
    query = query.strip()
    if not query:
        raise QueryError("empty search query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search query longer than {MAX_QUERY_CHARS} characters")
    terms = [t for t in _TERM.findall(query) if t not in _OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(f"search query has more than {MAX_QUERY_TERMS} terms")
    for term in terms:
        if term.endswith("*") and len(term.strip('"*^')) < MIN_PREFIX_CHARS:
            raise QueryError(
                f"prefix {term!r} too short: give at least {MIN_PREFIX_CHARS} characters before *"
            )
    return query


def _run_fts(store: Store, sql: str, args: list[Any], query: str) -> list[sqlite3.Row]:
    try:
        return store.db.execute(sql, args).fetchall()
    except store.dialect.query_errors as e:
        raise QueryError(f"bad search query {query!r}: {_first_line(e)}") from e


def _fts_query(store: Store, query: str) -> str:
    """The query as the dialect's match argument (PostgreSQL: FTS5 syntax as a tsquery)."""
    try:
        return store.dialect.fts_query(query)
    except ValueError as e:
        raise QueryError(f"bad search query {query!r}: {e}") from e


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


# -- articles ---------------------------------------------------------------------------------


def _article_where(
    outlet: str | None,
    since: str | None,
    until: str | None,
    entity: str | None,
    country: str | None,
) -> _Where:
    w = _Where()
    if outlet:
        w.add("a.outlet = ?", outlet)
    w.dates("a.published", since, until)
    if entity:
        w.add("a.id IN (SELECT article_id FROM article_entities WHERE entity_key = ?)", entity)
    if country:
        w.add(
            "a.id IN (SELECT article_id FROM article_entities WHERE entity_key IN "
            "(SELECT key FROM entities WHERE country = ?))",
            country.upper(),
        )
    return w


def list_articles(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    country: str | None = None,
) -> Page:
    """Articles newest first (undated last), as export records."""
    limit, offset = clamp(limit, offset)
    w = _article_where(outlet, since, until, entity, country)
    rows = store.db.execute(
        f"SELECT {_ARTICLE_COLS} FROM articles a {w.sql()} "
        f"ORDER BY a.published_utc DESC{store.dialect.desc_nulls_last}, a.id DESC "
        "LIMIT ? OFFSET ?",
        [*w.args, limit, offset],
    )
    items = [article_record(article_from_row(r)) for r in rows]
    total = _count(store, f"SELECT count(*) FROM articles a {w.sql()}", w.args)
    return Page(items, total, limit, offset)


def article_meta(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and URL of the given articles (no text: cheap), by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(sorted(set(ids))):
        rows = store.db.execute(
            f"SELECT {_META_COLUMNS} FROM articles WHERE id IN ({marks(chunk)})", chunk
        )
        out.update((r["id"], dict(r)) for r in rows)
    return out


def outlets(store: Store, limit: int = 500) -> list[str]:
    """Outlet names, alphabetically (an index-only scan)."""
    rows = store.db.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet LIMIT ?",
        (limit,),
    )
    return [r[0] for r in rows]


def outlet_names(store: Store, outlet: str) -> list[str]:
    """The stored outlet names that `outlet` names, in any case (`pelmar post` is `Pelmar
    Post`): Python's case folding, which SQLite's `lower` does only for ASCII."""
    wanted = outlet.strip().casefold()
    rows = store.db.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
    return sorted(r[0] for r in rows if r[0].casefold() == wanted)


def search_articles(
    store: Store, query: str, *, limit: int = 20, offset: int = 0, outlet: str | None = None
) -> Page:
    """Articles matching an FTS5 query, best first: export records plus a `snippet`. `outlet`
    (any case, `outlet_names`) keeps that outlet's only, before the page is cut, so a page
    holds `limit` of its hits when it has them."""
    query = check_query(query)
    limit, offset = clamp(limit, offset)
    match = _fts_query(store, query)
    where, args = "", [match]
    if outlet is not None:
        names = outlet_names(store, outlet)
        where = f"a.outlet IN ({marks(names)})" if names else "1 = 0"
        args += names
    select, count = store.dialect.article_search(_ARTICLE_COLS, MATCH_START, MATCH_END, 16, where)
    rows = _run_fts(store, f"{select} LIMIT ? OFFSET ?", [*args, limit, offset], query)
    items = []
    for r in rows:
        record = article_record(article_from_row(_strip(r, "snippet")))
        record["snippet"] = r["snippet"]
        items.append(record)
    total = _run_fts(store, count, args, query)[0][0]
    return Page(items, total, limit, offset)


def _strip(row: sqlite3.Row, *drop: str) -> dict[str, Any]:
    return {k: row[k] for k in row.keys() if k not in drop}  # noqa: SIM118 (Row iterates values)


# -- quotes -----------------------------------------------------------------------------------


def has_quote_index(store: Store) -> bool:
    """Whether the database has a full-text index over quotes (`quotes_fts` on SQLite;
    PostgreSQL always has its `search` column, from migration 7)."""
    if store.dialect.name != "sqlite":
        return True
    row = store.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'quotes_fts'"
    ).fetchone()
    return row is not None


def speaker_names(store: Store) -> list[str]:
    """Every resolved speaker name (an index-only scan), for matching names in memory."""
    rows = store.db.execute(
        "SELECT DISTINCT speaker_name FROM quotes WHERE speaker_name IS NOT NULL"
    )
    return [r[0] for r in rows]


def count_quotes(store: Store) -> int:
    """Attributed quotes in the database (a scan: callers cache it)."""
    return _count(store, "SELECT count(*) FROM quotes WHERE label = 'quote'", [])


def _quote_matches(store: Store, query: str, w: _Where, selective: bool) -> str:
    """A condition on `q`, true for the quotes whose text matches `query` (one argument: it).

    With the `quotes_fts` index that is one lookup. Without it, the candidates are the quotes
    that pass the other filters in articles that match (a quote's text is part of its
    article's, so a query without NOT that matches a quote matches its article), ranked by
    FTS5 in a temporary index of just those (the first 5,000: a fallback, not a search).
    """
    if has_quote_index(store):
        return store.dialect.quote_match()
    db = store.db
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_match USING fts5(text, speaker_name)"
    )
    db.execute("DELETE FROM temp.quotes_match")
    # With a selective filter (a speaker), start from its few quotes and test their article
    # against the matches (`+` keeps SQLite from starting at the matching articles instead).
    plus = "+" if selective else ""
    cond = " AND ".join(
        [*w.parts, f"{plus}a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"]
    )
    db.execute(
        "INSERT INTO temp.quotes_match (rowid, text, speaker_name) "
        "SELECT q.rowid, q.text, q.speaker_name FROM quotes q JOIN articles a "
        f"ON a.id = q.article_id WHERE {cond} LIMIT 5000",
        [*w.args, query],
    )
    return "q.rowid IN (SELECT rowid FROM temp.quotes_match WHERE quotes_match MATCH ?)"


def list_quotes(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    speaker: str | None = None,
    entity: str | None = None,
    query: str | None = None,
    kind: str | None = None,
    article: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    names: list[str] | None = None,
    total: int | None = None,
) -> Page:
    """Attributed quotes, newest article first and in text order, as export records.

    `speaker` is an entity id (`person:tomas-brenn`) or part of the resolved speaker name
    (case-insensitive); `entity` is an exact speaker entity id; `query` is an FTS5 query on
    the quote text and speaker name. `names` (from `speaker_names`) lets a name be matched in
    memory and looked up through the speaker index instead of a scan; `total` is the count of
    all quotes when the caller has it cached (used only without filters).
    """
    limit, offset = clamp(limit, offset)
    w = _Where()
    w.add("q.label = 'quote'")
    if entity:
        w.add("q.speaker_entity = ?", entity)
    if speaker:
        w.add(*speaker_condition(speaker, names))
    if kind:
        w.add("q.kind = ?", kind)
    if article:
        w.add("q.article_id = ?", article)
    if country:
        w.add("q.speaker_entity IN (SELECT key FROM entities WHERE country = ?)", country.upper())
    if outlet:
        w.add("a.outlet = ?", outlet)
    w.dates("a.published", since, until)
    filtered = len(w.parts) > 1
    if query:
        query = check_query(query)
        match = _fts_query(store, query)
        try:
            matches = _quote_matches(store, match, w, bool(speaker or entity or article))
        except store.dialect.query_errors as e:
            raise QueryError(f"bad search query {query!r}: {_first_line(e)}") from e
        w.add(matches, match)
    base = f"FROM articles a JOIN quotes q ON q.article_id = a.id {w.sql()}"
    rows = _run_fts(
        store,
        f"SELECT {_QUOTE_COLS} {base} "
        f"ORDER BY a.published_utc DESC{store.dialect.desc_nulls_last}, "
        "a.id DESC, q.char_start, q.char_end LIMIT ? OFFSET ?",
        [*w.args, limit, offset],
        query or "",
    )
    items = [quote_record(r["id"], r["article_id"], quote_from_row(r)) for r in rows]
    if query or filtered or total is None:
        total = _run_fts(store, f"SELECT count(*) {base}", w.args, query or "")[0][0]
    return Page(items, total, limit, offset)


#: First words of a description of a speaker, not a name (`the spokeswoman`, `a minister`).
_DESCRIPTION_OPENERS = frozenset(
    "the a an this that these those his her its their our my your one another".split()
)


#: Lower-case words that a name holds between its capitalised ones (`Ministry of Defence`,
#: `Ursula von der Leyen`, `Mohammed bin Salman`, `Karl-Theodor zu Guttenberg`, `José Ortega y
#: Gasset`, `Sophie in 't Veld`): they do not make a name a description.
# (an organisation's name also links its words with English ones, `Ministry of Defence`; `do` is
# Portuguese, `Maria do Carmo`, but an English verb too, so the shared list leaves it out)
_NAME_SMALL_WORDS = NAME_PARTICLES | frozenset("of the and for on in at to do".split())


def is_description(text: str) -> bool:
    """`the spokeswoman`, `officials`, `representative of Norvia`: words that describe someone,
    not a name. They open with a determiner or a possessive, or hold a lower-case word that a
    name would not (`representative`; not `of`, `von`: `_NAME_SMALL_WORDS`; a word with a
    capital, `al-Assad`, is a name's). A capitalised name (`Putin`, `Ministry of Defence`)
    is never a description, so it never matches the words that described a speaker."""
    words = text.split()
    if not words:
        return False
    if words[0].lower() in _DESCRIPTION_OPENERS:
        return True
    return any(w.islower() and w.replace("’", "'") not in _NAME_SMALL_WORDS for w in words)


def speaker_condition(speaker: str, names: list[str] | None = None) -> tuple[str, ...]:
    """The one meaning of a speaker filter, as a condition on quotes `q` and its arguments
    (the CLI's `quotes --speaker` and the API's `speaker` both use it): an entity id
    (`person:lena-ostrava`) is that speaker; a name matches a part of the resolved speaker's
    name or of its entity's canonical name, any case (`ostrava`); a description
    (`is_description`: `the spokeswoman`) also matches the words the article named the speaker
    with. `names` (from `speaker_names`)
    lets a name be looked up through the speaker index instead of a scan."""
    if ":" in speaker:
        return ("q.speaker_entity = ?", speaker)
    needle = speaker.lower()
    like = f"%{_escape_like(needle)}%"
    found = None if names is None else [n for n in names if needle in n.lower()]
    if found is not None and len(found) <= 500:
        by_name, args = f"q.speaker_name IN ({marks(found) if found else 'NULL'})", found
    else:
        by_name, args = "lower(q.speaker_name) LIKE ? ESCAPE '\\'", [like]
    # the listings print a linked speaker's canonical name (`Ms Orrel` is `Tamsin Orrel`):
    # a name they printed finds its quotes again
    canonical = (
        "q.speaker_entity IN (SELECT key FROM entities WHERE lower(name) LIKE ? ESCAPE '\\')"
    )
    by_name, args = f"({by_name} OR {canonical})", [*args, like]
    if not is_description(speaker):
        return (by_name, *args)
    return (f"({by_name} OR lower(q.speaker_text) LIKE ? ESCAPE '\\')", *args, like)


def find_quotes(
    store: Store,
    *,
    article: str | None = None,
    speaker: str | None = None,
    kind: str | None = None,
    attributed: bool = False,
) -> list[tuple[str, str, Any, str | None]]:
    """(quote id, article id, Quote, the speaker entity's canonical name or None) in article
    then text order, every one (no page): the CLI's listing. `speaker` as
    `speaker_condition` reads it; without `attributed`, quotes with no speaker are listed too
    (unless a speaker is asked for)."""
    w = _Where()
    w.add("q.label = 'quote'")
    if article:
        w.add("q.article_id = ?", article)
    if kind:
        w.add("q.kind = ?", kind)
    if speaker:
        w.add(*speaker_condition(speaker))
    if attributed:
        w.add("q.speaker_text IS NOT NULL")
    rows = store.db.execute(
        f"SELECT {_QUOTE_COLS}, e.name AS canonical FROM quotes q "
        f"LEFT JOIN entities e ON e.key = q.speaker_entity {w.sql()} "
        "ORDER BY q.article_id, q.char_start, q.char_end",
        w.args,
    )
    # the entity's canonical name beside the quote: `Corvin told …` in an article that never
    # gives her first name is still Asha Corvin, as the report and the dossier say
    return [(r["id"], r["article_id"], quote_from_row(r), r["canonical"]) for r in rows]


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- stories ----------------------------------------------------------------------------------


def _stories_of(
    store: Store,
    story_ids: list[str],
    known: dict[str, tuple[tuple[str, str | None, str | None], ...]] | None = None,
) -> list[dict[str, Any]]:
    """Story records (contract shape) with their summary: size, outlets, first and last date.
    `known` gives the members (id, published, outlet) already read, by story id."""
    if not story_ids:
        return []
    placeholders = marks(story_ids)
    records = {
        sid: {
            "id": sid,
            "title": None,
            "articles": [],
            "wire_copies": [],
            "size": 0,
            "outlets": [],
            "first_published": None,
            "last_published": None,
        }
        for sid in story_ids
    }
    for r in store.db.execute(
        f"SELECT id, title FROM stories WHERE id IN ({placeholders})", story_ids
    ):
        records[r[0]]["title"] = r[1]
    member: dict[str, str] = {}
    outlet_sets: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, list[str]] = defaultdict(list)
    if known is not None:
        rows = sorted(
            (sid, aid, outlet, published)
            for sid in story_ids
            for aid, published, outlet in known[sid]
        )
    else:
        rows = store.db.execute(
            "SELECT sa.story_id, sa.article_id, a.outlet, a.published FROM story_articles sa "
            f"JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({placeholders}) "
            "ORDER BY sa.story_id, sa.article_id",
            story_ids,
        ).fetchall()
    for sid, aid, outlet, published in rows:
        records[sid]["articles"].append(aid)
        member[aid] = sid
        if outlet:
            outlet_sets[sid].add(outlet)
        if published:
            dates[sid].append(published)
    for chunk in chunks(sorted(member)):
        for a, b in store.db.execute(
            f"SELECT a, b FROM wire_copies WHERE a IN ({marks(chunk)}) ORDER BY a, b",
            chunk,
        ):
            if member.get(b) == member[a]:
                records[member[a]]["wire_copies"].append([a, b])
    for sid, rec in records.items():
        rec["wire_copies"].sort()
        rec["size"] = len(rec["articles"])
        rec["outlets"] = sorted(outlet_sets[sid])
        if dates[sid]:
            rec["first_published"] = min(dates[sid], key=instant)
            rec["last_published"] = max(dates[sid], key=instant)
    return [records[sid] for sid in story_ids]


@dataclass(frozen=True, slots=True)
class StorySummary:
    """What the story list sorts and filters on, read once for all stories."""

    id: str
    size: int
    last: str | None
    #: (article id, published, outlet) of each member
    members: tuple[tuple[str, str | None, str | None], ...]


def story_summaries(store: Store) -> list[StorySummary]:
    """Every story, latest article first (undated last), then by id: one read of the
    story-article links and their articles' dates and outlets (callers cache it)."""
    members: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for sid, aid, published, outlet in store.db.execute(
        "SELECT sa.story_id, sa.article_id, a.published, a.outlet FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id"
    ):
        members[sid].append((aid, published, outlet))
    out = []
    for sid in sorted(members):
        ms = members[sid]
        dates = [p for _, p, _ in ms if p]
        out.append(
            StorySummary(sid, len(ms), max(dates, key=instant) if dates else None, tuple(ms))
        )
    out.sort(key=lambda s: instant(s.last), reverse=True)  # stable: ties stay in id order
    return out


def by_size(summaries: list[StorySummary]) -> list[StorySummary]:
    """Story summaries largest first, then by id."""
    return sorted(summaries, key=lambda s: (-s.size, s.id))


def list_stories(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    sort: str = "recent",
    summaries: list[StorySummary] | None = None,
) -> Page:
    """Stories with an article that matches every filter, latest first (`recent`: by their
    latest article) or largest first (`size`). Records are the export's plus `size`,
    `outlets` and first and last dates. `summaries` (cached `story_summaries`, or `by_size`
    of them for `size`) skips reading them, and is taken in the order given."""
    limit, offset = clamp(limit, offset)
    if summaries is None:
        summaries = story_summaries(store)
        if sort == "size":
            summaries = by_size(summaries)
    mentioning: set[str] | None = None
    if entity:
        mentioning = {
            r[0]
            for r in store.db.execute(
                "SELECT article_id FROM article_entities WHERE entity_key = ?", (entity,)
            )
        }
    lo = date_range(since)[0].isoformat() if since else None
    hi = date_range(until)[1].isoformat() + "\uffff" if until else None

    def matches(member: tuple[str, str | None, str | None]) -> bool:
        aid, published, source = member
        if outlet and source != outlet:
            return False
        if lo and (published is None or published < lo):
            return False
        if hi and (published is None or published > hi):
            return False
        return mentioning is None or aid in mentioning

    kept = summaries
    if outlet or since or until or entity:
        kept = [s for s in summaries if any(matches(m) for m in s.members)]
    chosen = kept[offset : offset + limit]
    known = {s.id: s.members for s in chosen}
    return Page(_stories_of(store, list(known), known), len(kept), limit, offset)


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story record (contract shape plus its summary), or None."""
    if store.db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
        return None
    return _stories_of(store, [story_id])[0]


def articles_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Export records of the given articles, oldest first (undated last)."""
    records = [article_record(a) for a in store.iter_articles(ids=ids)]
    records.sort(key=lambda r: (r["published"] is None, instant(r["published"]), r["id"]))
    return records


# -- entities ---------------------------------------------------------------------------------


def _names_and_roles(store: Store, keys: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    out: dict[str, tuple[set[str], set[str]]] = {k: (set(), set()) for k in keys}
    if not keys:
        return out
    rows = store.db.execute(
        "SELECT DISTINCT entity_key, name, aliases, roles FROM article_entities "
        f"WHERE entity_key IN ({marks(keys)})",
        keys,
    )
    for key, name, aliases, roles in rows:
        names, role_set = out[key]
        names.update([name, *json.loads(aliases)])
        role_set.update(json.loads(roles))
    return out


def entity_ranking(store: Store) -> list[tuple[str, str, str, str | None, int]]:
    """(key, name, type, country, articles) of every entity, in the most articles first:
    an index-only count over article_entities (callers cache it)."""
    rows = store.db.execute(
        "SELECT e.key, e.name, e.type, e.country, coalesce(c.n, 0) FROM entities e "
        "LEFT JOIN (SELECT entity_key, count(*) AS n FROM article_entities "
        "GROUP BY entity_key) c ON c.entity_key = e.key"
    )
    return sorted((tuple(r) for r in rows), key=lambda r: (-r[4], r[0]))


def list_entities(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    type: str | None = None,
    country: str | None = None,
    name: str | None = None,
    ranking: list[tuple[str, str, str, str | None, int]] | None = None,
) -> Page:
    """Entities in the most articles first: the export record's identity fields (`id`,
    `name`, `type`, `country`, `lat`, `lon`) and `articles`, the number of articles that
    mention it. Aliases, roles and mentions cost a read of every mention of a frequent entity,
    so only `entity()` gives them. Pass `ranking` (cached `entity_ranking`) to skip counting."""
    limit, offset = clamp(limit, offset)
    if ranking is None:
        ranking = entity_ranking(store)
    kept = ranking
    if type or country or name:
        t, c, n = (type or "").upper(), (country or "").upper(), (name or "").lower()
        kept = [
            r
            for r in ranking
            if (not t or r[2] == t) and (not c or r[3] == c) and (not n or n in r[1].lower())
        ]
    page = kept[offset : offset + limit]
    coords = _entity_columns(store, "lat, lon", [r[0] for r in page])
    items = [
        {
            "id": key,
            "name": canonical,
            "type": etype,
            "country": iso3,
            "lat": coords.get(key, (None, None))[0],
            "lon": coords.get(key, (None, None))[1],
            "articles": n,
        }
        for key, canonical, etype, iso3, n in page
    ]
    return Page(items, len(kept), limit, offset)


def _entity_columns(store: Store, columns: str, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    """The given columns of the given entities (a page of them: few), by key."""
    if not keys:
        return {}
    rows = store.db.execute(
        f"SELECT key, {columns} FROM entities WHERE key IN ({marks(keys)})", keys
    )
    return {r[0]: tuple(r)[1:] for r in rows}


def entity(store: Store, key: str, *, with_mentions: bool = True) -> dict[str, Any] | None:
    """One entity in the export's shape, read through the key's index. Without
    `with_mentions` (a page that shows counts, not the list), `mentions` is replaced by
    `mention_count` and `article_count`."""
    row = store.db.execute(
        "SELECT key, name, type, country, lat, lon FROM entities WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        return None
    aliases, roles = _names_and_roles(store, [key])[key]
    record = {
        "id": row["key"],
        "name": row["name"],
        "type": row["type"],
        "aliases": sorted(a for a in aliases if a and a != row["name"]),
        "country": row["country"],
        "roles": sorted(distinct_roles(sorted(roles))),
        "lat": row["lat"],
        "lon": row["lon"],
        "mentions": [],
    }
    joined = (
        "FROM article_entities ae JOIN entity_mentions m "
        "ON m.article_id = ae.article_id AND m.idx = ae.idx WHERE ae.entity_key = ?"
    )
    if not with_mentions:
        out = entity_record(record)
        del out["mentions"]
        out["mention_count"], out["article_count"] = store.db.execute(
            f"SELECT count(*), count(DISTINCT ae.article_id) {joined}", (key,)
        ).fetchone()
        return out
    record["mentions"] = [
        {"article": r[0], "start": r[1], "end": r[2], "text": r[3], "link": r[4]}
        for r in store.db.execute(
            f"SELECT m.article_id, m.char_start, m.char_end, m.text, m.link {joined} "
            "ORDER BY m.article_id, m.char_start, m.char_end",
            (key,),
        )
    ]
    return entity_record(record)


def find_entity(store: Store, name: str) -> str | None:
    """The key of the entity a name or id means, when only one fits (else None): the rule of
    `Store.find_entities`, which `newsgraph show entity` uses too, so the two agree."""
    keys = store.find_entity_keys(name)
    return keys[0] if len(keys) == 1 else None


def ambiguous_entity(name: str, candidates: list[tuple[str, str, str]]) -> str:
    """The one-line answer when a name fits several entities (CLI and web alike): each
    candidate's id, name and type, and what to give instead."""
    listed = "; ".join(f"{key} ({canonical}, {etype})" for key, canonical, etype in candidates)
    return f"{name!r} matches {len(candidates)} entities: {listed}; give an id"


def cooccurring(
    store: Store, key: str, *, limit: int = 12, max_articles: int = 2000
) -> dict[str, Any]:
    """The entities most often in the same articles as `key` (the latest `max_articles`
    articles that mention it): nodes with shared-article counts and the edges among them."""
    rows = store.db.execute(
        "SELECT ae.article_id, ae.entity_key FROM article_entities ae WHERE ae.article_id IN "
        "(SELECT x.article_id FROM article_entities x JOIN articles a ON a.id = x.article_id "
        f"WHERE x.entity_key = ? ORDER BY a.published_utc DESC{store.dialect.desc_nulls_last} "
        "LIMIT ?)",
        (key, max_articles),
    ).fetchall()
    by_article: dict[str, set[str]] = defaultdict(set)
    for article_id, other in rows:
        by_article[article_id].add(other)
    counts = Counter(k for keys in by_article.values() for k in keys if k != key)
    top = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
    chosen = set(top)
    pairs: Counter[tuple[str, str]] = Counter()
    for keys in by_article.values():
        present = sorted(keys & chosen)
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                pairs[(a, b)] += 1
    info = {
        k: {"name": n, "type": t} for k, (n, t) in _entity_columns(store, "name, type", top).items()
    }
    return {
        "articles": len(by_article),
        "nodes": [
            {"id": k, **info.get(k, {"name": k, "type": None}), "shared": counts[k]} for k in top
        ],
        "edges": [{"a": a, "b": b, "shared": n} for (a, b), n in sorted(pairs.items())],
    }


# -- events -----------------------------------------------------------------------------------


def _event_where(
    store: Store,
    type: str | None,
    since: str | None,
    until: str | None,
    entity: str | None,
    country: str | None,
    outlet: str | None,
    article: str | None,
) -> _Where:
    w = _Where()
    instr = store.dialect.instr
    if type:
        w.add("e.type = ?", type.lower())
    w.event_dates("e.date", since, until)
    if entity:
        # The article must mention it (an index lookup), then a participant must be it.
        needle = json.dumps({"entity": entity})[1:-1]
        w.add(
            "e.article_id IN (SELECT article_id FROM article_entities WHERE entity_key = ?) "
            f"AND ({instr}(e.actors, ?) > 0 OR {instr}(e.targets, ?) > 0)",
            entity,
            needle,
            needle,
        )
    if country:
        needle = json.dumps({"country": country.upper()})[1:-1]
        w.add(
            f"({instr}(e.actors, ?) > 0 OR {instr}(e.targets, ?) > 0 OR {instr}(e.place, ?) > 0)",
            needle,
            needle,
            needle,
        )
    if outlet:
        w.add("e.article_id IN (SELECT id FROM articles WHERE outlet = ?)", outlet)
    if article:
        w.add("e.article_id = ?", article)
    return w


def list_events(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    country: str | None = None,
    outlet: str | None = None,
    article: str | None = None,
) -> Page:
    """Events in the export's shape, latest date first (undated last: SQLite sorts NULL
    lowest). `country` is a participant's or the place's; `entity` an actor's or target's."""
    limit, offset = clamp(limit, offset)
    w = _event_where(store, type, since, until, entity, country, outlet, article)
    total = _count(store, f"SELECT count(*) FROM events e {w.sql()}", w.args)
    where = w.sql()
    if type and total > 2000 and store.dialect.name == "sqlite":
        # A common type: walking the date index and skipping other types finds a page
        # sooner than sorting every event of the type (`+` keeps SQLite off the type index).
        where = where.replace("e.type = ?", "+e.type = ?")
    rows = store.db.execute(
        f"SELECT e.* FROM events e {where} ORDER BY e.date DESC{store.dialect.desc_nulls_last}, "
        "e.article_id, e.char_start, e.id LIMIT ? OFFSET ?",
        [*w.args, limit, offset],
    )
    items = [event_from_row(r) for r in rows]
    return Page(items, total, limit, offset)


def event_records(
    store: Store,
    *,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Every event matching the filters, in the export's shape, by date (`event_order`:
    the first day of the event's period, the shorter period first on one day; undated events
    last), then in `Store.event_records`' order (article, then text): the CLI's list, filtered
    as the web app's pages are."""
    w = _event_where(store, type, since, until, None, None, None, None)
    rows = store.db.execute(
        f"SELECT e.* FROM events e {w.sql()} ORDER BY e.article_id, e.char_start, e.id", w.args
    )
    return sorted((event_from_row(r) for r in rows), key=event_order)


def event_order(record: dict[str, Any]) -> tuple[int, date, date]:
    """Sort key of an event record by its date: the first day of the period its date covers
    (`date_range`: a week starts on its Monday, a month on its 1st), then the shorter period
    (a day before the week or month that starts on it); undated events (and a date that is
    not one) last. A stable sort keeps the article order among equals."""
    text = record.get("date")
    if text:
        try:
            first, last = date_range(text)
            return 0, first, last
        except DateError:
            pass
    return 1, date.max, date.max


def event_places(
    store: Store,
    *,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    country: str | None = None,
    outlet: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Places with coordinates of the events matching the filters, with how many there."""
    w = _event_where(store, type, since, until, entity, country, outlet, None)
    w.add("e.place IS NOT NULL")
    rows = store.db.execute(
        f"SELECT e.place, count(*) AS n FROM events e {w.sql()} GROUP BY e.place "
        "ORDER BY n DESC, e.place LIMIT ?",
        [*w.args, limit],
    )
    out = []
    for place, n in rows:
        p = json.loads(place)
        if p.get("lat") is not None and p.get("lon") is not None:
            out.append({**p, "events": n})
    return out


def entity_events(store: Store, key: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """Events the entity takes part in, oldest first (for a timeline)."""
    w = _event_where(store, None, None, None, key, None, None, None)
    rows = store.db.execute(
        f"SELECT e.* FROM events e {w.sql()} "
        f"ORDER BY e.date DESC{store.dialect.desc_nulls_last}, e.id LIMIT ?",
        [*w.args, limit],
    )
    records = [event_from_row(r) for r in rows]
    records.reverse()
    return records


# -- change detection -------------------------------------------------------------------------


class DataVersion:
    """Tells whether the database changed since the last look (SQLite's `data_version`;
    on PostgreSQL, the server's write-ahead log position, which any write moves), so a web
    app can cache what is costly to read (story summaries, counts) until a write.

    One connection of its own, used under a lock from any thread.
    """

    def __init__(self, path: str) -> None:
        if is_url(path):
            from newsgraph.store.postgres import Connection

            self._db: Any = Connection(path)
            self._sql = (
                "SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                "ELSE pg_current_wal_lsn() END)::text"
            )
        else:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._sql = "PRAGMA data_version"
        self._lock = threading.Lock()
        self._seen: Any = None

    def changed(self) -> bool:
        """True on the first call and after any other connection committed a change."""
        with self._lock:
            version = self._db.execute(self._sql).fetchone()[0]
            changed, self._seen = version != self._seen, version
            return changed

    def close(self) -> None:
        self._db.close()
