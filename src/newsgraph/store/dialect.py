"""What differs between the store's two databases, in one place.

The store's SQL (sqlite.py, browse.py) is written once, in the subset SQLite and PostgreSQL
share: `?` placeholders, `INSERT … ON CONFLICT`, no rowid outside full-text search. A dialect
supplies the rest: how to connect and migrate, how a transaction starts, the few functions
whose names differ, and full-text search (SQLite's FTS5 tables against PostgreSQL's tsvector
columns). `dialect_for` picks one from the `--db` target: a `postgresql://` URL, else a file.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from newsgraph.store.migrations import migrations_for

#: The table of applied migrations; the same statement on both databases.
SCHEMA_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)


def is_url(target: str | Path) -> bool:
    """Whether a `--db` value names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and _URL.match(target) is not None


def redact(target: str) -> str:
    """The target as it may be shown: a URL's password replaced by `***`."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", target)


class Dialect:
    """The SQL one database needs where the two differ. Subclasses set every attribute."""

    name: str
    #: Statement that opens a write transaction.
    begin: str
    #: `f(haystack, needle)`: 1-based position of a substring, 0 when absent.
    instr: str
    #: Appended to `ORDER BY col DESC` on a nullable column: undated rows last on both.
    desc_nulls_last: str
    #: Exceptions a full-text query the engine cannot parse raises.
    query_errors: tuple[type[Exception], ...]
    #: The `articles.seq` of a row being inserted: the next in insertion order.
    next_seq: str
    #: The URL an article's page declares (`metadata.extracted.url`: rel=canonical, og:url),
    #: read from the stored JSON without loading it into Python; NULL when it names none.
    declared_url: str

    def seq_filled(self, db: Any) -> None:
        """After `Store` numbered rows that lacked `seq`: later inserts continue after them."""

    def connect(self, target: str | Path) -> Any:
        raise NotImplementedError

    def migrate(self, db: Any, now: str) -> None:
        raise NotImplementedError

    def fts_query(self, query: str) -> str:
        """The argument that the match placeholder of the search SQL takes for `query`."""
        return query

    def article_search(
        self, columns: str, start: str, end: str, words: int, where: str = ""
    ) -> tuple[str, str]:
        """(rows, count) SQL for articles matching one `?` query argument, best first.

        `rows` selects `columns` (of `articles a`) and a `snippet` of the body with matches
        between `start` and `end`, about `words` long; it has no LIMIT. `count` counts them.
        `where`, a condition on `articles a` (its `?` arguments after the query's), is ANDed
        into both before the order, so rows it drops never take a place in a page.
        """
        raise NotImplementedError

    def quote_match(self) -> str:
        """A condition on `quotes q` true when the quote matches one `?` query argument."""
        raise NotImplementedError


class SQLite(Dialect):
    """The embedded default: one file, WAL, FTS5."""

    name = "sqlite"
    begin = "BEGIN IMMEDIATE"
    instr = "instr"
    desc_nulls_last = ""  # SQLite sorts NULL lowest: last in a descending order already
    query_errors = (sqlite3.OperationalError,)
    #: Writers are serialised (BEGIN IMMEDIATE): the maximum cannot race.
    next_seq = "(SELECT coalesce(max(seq), 0) + 1 FROM articles)"
    declared_url = "json_extract(metadata, '$.extracted.url')"

    def connect(self, target: str | Path) -> sqlite3.Connection:
        path = Path(target)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, timeout=30)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        # A REPLACE must fire delete triggers too, or full-text indexes keep stale rows.
        db.execute("PRAGMA recursive_triggers=ON")
        return db

    def migrate(self, db: sqlite3.Connection, now: str) -> None:
        db.execute(SCHEMA_TABLE)
        done = {r[0] for r in db.execute("SELECT version FROM schema_migrations")}
        for version, description, sql in migrations_for(self.name):
            if version in done:
                continue
            # executescript commits first, so run each migration inside an explicit transaction.
            db.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES "
                f"({version}, '{description}', '{now}');\nCOMMIT;"
            )

    def article_search(
        self, columns: str, start: str, end: str, words: int, where: str = ""
    ) -> tuple[str, str]:
        snippet = f"snippet(articles_fts, 1, '{start}', '{end}', '…', {words})"
        joined = "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        matched = "WHERE articles_fts MATCH ?" + _and(where)
        rows = f"SELECT {columns}, {snippet} AS snippet {joined} {matched} ORDER BY rank"
        # without a condition on `articles a` the count needs no join
        return rows, f"SELECT count(*) {joined if where else 'FROM articles_fts'} {matched}"

    def quote_match(self) -> str:
        return "q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"


class PostgreSQL(Dialect):
    """A server for many users: psycopg 3, tsvector columns with GIN indexes (migrations 2, 7)."""

    name = "postgresql"
    begin = "BEGIN"
    instr = "strpos"
    desc_nulls_last = " NULLS LAST"  # PostgreSQL sorts NULL highest: first when descending
    #: A sequence (migration 10): two writers' `max(seq) + 1` could be the same number.
    next_seq = "nextval('articles_seq_next')"
    #: `metadata` is JSON text (the same column on both databases): cast to read one field.
    #: PostgreSQL's JSON types refuse a `\u0000` escape anywhere in the text (a NUL in any
    #: input field kept in `metadata`), which would fail every run's read of the pages: such a
    #: row declares nothing (its page is keyed by its input URL, as before declared URLs).
    declared_url = (
        "(CASE WHEN strpos(metadata, E'\\\\u0000') > 0 THEN NULL "
        "ELSE metadata::jsonb #>> '{extracted,url}' END)"
    )
    #: Any key: serialises stores migrating the same database at once.
    MIGRATION_LOCK = 0x6E657773  # "news"

    @property
    def query_errors(self) -> tuple[type[Exception], ...]:  # type: ignore[override]
        import psycopg

        return (psycopg.errors.SyntaxError, psycopg.DataError)

    def connect(self, target: str | Path) -> Any:
        from newsgraph.store.postgres import Connection

        return Connection(str(target))

    def migrate(self, db: Any, now: str) -> None:
        # One transaction: PostgreSQL's DDL is transactional, so a failed step leaves nothing.
        db.execute("BEGIN")
        try:
            db.execute("SELECT pg_advisory_xact_lock(?)", (self.MIGRATION_LOCK,))
            db.execute(SCHEMA_TABLE)
            done = {r[0] for r in db.execute("SELECT version FROM schema_migrations")}
            for version, description, sql in migrations_for(self.name):
                if version in done:
                    continue
                db.script(sql)
                db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, now)
                )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def seq_filled(self, db: Any) -> None:
        db.execute(
            "SELECT setval('articles_seq_next', "
            "greatest((SELECT max(seq) FROM articles), "
            "(SELECT last_value FROM articles_seq_next)))"
        )

    def fts_query(self, query: str) -> str:
        return fts5_to_tsquery(query)

    def article_search(
        self, columns: str, start: str, end: str, words: int, where: str = ""
    ) -> tuple[str, str]:
        options = (
            f"StartSel={start}, StopSel={end}, MaxWords={words}, MinWords={max(1, words // 2)}, "
            "ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
        )
        rows = (
            f"SELECT {columns}, ts_headline('simple', a.text, m.q, '{options}') AS snippet "
            f"FROM articles a, to_tsquery('simple', ?) AS m(q) WHERE a.search @@ m.q{_and(where)} "
            "ORDER BY ts_rank(a.search, m.q) DESC, a.id"
        )
        count = (
            "SELECT count(*) FROM articles a "
            f"WHERE a.search @@ to_tsquery('simple', ?){_and(where)}"
        )
        return rows, count

    def quote_match(self) -> str:
        return "q.search @@ to_tsquery('simple', ?)"


def _and(where: str) -> str:
    """` AND (where)` for a search's extra condition, nothing without one."""
    return f" AND ({where})" if where else ""


_SQLITE, _POSTGRES = SQLite(), PostgreSQL()


def dialect_for(target: str | Path) -> Dialect:
    """PostgreSQL for a `postgresql://` (or `postgres://`) URL, else SQLite for a file path."""
    return _POSTGRES if is_url(target) else _SQLITE


# -- FTS5 query syntax on PostgreSQL ---------------------------------------------------------

_TOKEN = re.compile(
    r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<paren>[()])|(?P<word>[^\s()"]+)|(?P<bad>")'
)
_NEAR = re.compile(r"\bNEAR\(([^()]*?)(?:,\s*\d+)?\s*\)")
_BINARY = {"AND": "&", "OR": "|", "NOT": "& !"}


def fts5_to_tsquery(query: str) -> str:
    """The FTS5 query language the web and CLI document, as a `to_tsquery('simple', …)` text.

    Words and `"phrases"` (`a <-> b`), `prefix*` (`prefix:*`), AND, OR, NOT (binary, as in
    FTS5: `a NOT b` is `a & !b`), parentheses, and juxtaposition as AND. NEAR groups become
    AND (tsquery has no unordered proximity). Every word is quoted, so nothing in the input is
    read as tsquery syntax; unbalanced quotes or parentheses raise ValueError as FTS5 does.
    """
    query = _NEAR.sub(r"(\1)", query)
    out: list[str] = []
    depth = 0
    expect_operand = True  # at the start, after an operator or '('

    def operand(text: str) -> None:
        nonlocal expect_operand
        if not expect_operand:
            out.append("&")
        out.append(text)
        expect_operand = False

    for m in _TOKEN.finditer(query):
        if m["bad"]:
            raise ValueError("unterminated string")
        if m["paren"] == "(":
            if not expect_operand:
                out.append("&")
            out.append("(")
            depth += 1
            expect_operand = True
        elif m["paren"] == ")":
            depth -= 1
            if depth < 0 or expect_operand:
                raise ValueError("syntax error near ')'")
            out.append(")")
        elif m["phrase"] is not None:
            words = m["phrase"].split()
            if not words:
                raise ValueError("empty phrase")
            parts = [_lexeme(w) for w in words]
            if m["pstar"]:
                parts[-1] += ":*"
            operand("(" + " <-> ".join(parts) + ")" if len(parts) > 1 else parts[0])
        else:
            word = m["word"]
            if word in _BINARY or word == "NEAR":
                if expect_operand:
                    raise ValueError(f"syntax error near {word!r}")
                out.append(_BINARY.get(word, "&"))
                expect_operand = True
            elif word == "+":
                continue
            else:
                star = word.endswith("*")
                word = word.rstrip("*").lstrip("^")
                if word:
                    operand(_lexeme(word) + (":*" if star else ""))
    if depth != 0:
        raise ValueError("unbalanced parentheses")
    if expect_operand and out:
        raise ValueError("query ends with an operator")
    if not out:
        raise ValueError("empty query")
    return " ".join(out)


def _lexeme(word: str) -> str:
    """A word as a quoted tsquery operand (the parser still splits it as the text was)."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
