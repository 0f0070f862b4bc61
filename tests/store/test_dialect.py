"""Dialect choice, PostgreSQL's schema text and the FTS5 → tsquery translation (no server)."""

from __future__ import annotations

import pytest

from newsgraph.store.dialect import dialect_for, fts5_to_tsquery, is_url, redact
from newsgraph.store.migrations import MIGRATIONS, POSTGRES_STEPS, migrations_for, to_postgres


def test_dialect_for_target():
    assert dialect_for("news.db").name == "sqlite"
    assert dialect_for("postgresql://u@127.0.0.1:5432/news").name == "postgresql"
    assert dialect_for("postgres://u@h/news").name == "postgresql"
    assert not is_url("postgresql.db")
    assert redact("postgresql://u:pw@h:5/db") == "postgresql://u:***@h:5/db"
    assert redact("postgresql://u@h:5/db") == "postgresql://u@h:5/db"


def test_postgres_migrations_share_the_core():
    sqlite, pg = migrations_for("sqlite"), migrations_for("postgresql")
    assert sqlite is MIGRATIONS
    assert [m[:2] for m in pg] == [m[:2] for m in MIGRATIONS]
    for (version, _, lite), (_, _, post) in zip(MIGRATIONS, pg, strict=True):
        if version in POSTGRES_STEPS and "fts5" in lite:
            assert "fts5" not in post and "tsvector" in post
        elif version in POSTGRES_STEPS and "rowid" in lite:  # insertion order, migration 9
            assert "rowid" not in post and "row_number()" in post
        elif version in POSTGRES_STEPS:  # SQLite's core, and a sequence for articles.seq (10)
            core = [line.strip() for line in to_postgres(lite).splitlines() if line.strip()]
            assert all(line in post for line in core) and "CREATE SEQUENCE" in post
        else:
            assert post == to_postgres(lite)
            for sqlite_only in ("BLOB", " REAL", "VIRTUAL", "TRIGGER"):
                assert sqlite_only not in post


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("castelmar", "'castelmar'"),
        ("trade pact", "'trade' & 'pact'"),
        ('"trade pact"', "('trade' <-> 'pact')"),
        ("stra*", "'stra':*"),
        ("a OR b", "'a' | 'b'"),
        ("a NOT b", "'a' & ! 'b'"),
        ("a AND (b OR c)", "'a' & ( 'b' | 'c' )"),
        ("NEAR(a b, 5)", "( 'a' & 'b' )"),
        ("o'brien", "'o''brien'"),
        ("a:b & c", "'a:b' & '&' & 'c'"),
    ],
)
def test_fts5_to_tsquery(query, expected):
    assert fts5_to_tsquery(query) == expected


@pytest.mark.parametrize("query", ['"unbalanced', "(a", "a)", "OR a", "a AND", "", '""'])
def test_fts5_to_tsquery_refuses_bad_syntax(query):
    with pytest.raises(ValueError):
        fts5_to_tsquery(query)
