"""Ordered schema migrations. Append new ones; never edit one that has shipped.

`MIGRATIONS` is written for SQLite in the types and constraints PostgreSQL also accepts;
`migrations_for("postgresql")` derives PostgreSQL's from it by renaming the few types that
differ (`to_postgres`), and takes the SQLite-only steps (FTS5 tables and their triggers: 2 and
7; rowid: 9; the `articles.seq` sequence: 10) from `POSTGRES_STEPS`, which give the same
search as tsvector columns with GIN indexes.
A new migration that needs SQLite-only SQL adds its PostgreSQL text to `POSTGRES_STEPS`.
"""

from __future__ import annotations

import re

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, raw inputs, removals, failures",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            external_id TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            byline TEXT,
            published TEXT,
            language TEXT,
            status TEXT NOT NULL,
            extractor TEXT NOT NULL,
            text TEXT NOT NULL,
            metadata TEXT NOT NULL DEFAULT '{}',
            pipeline_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE raw_inputs (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            container TEXT NOT NULL,
            content BLOB NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE removals (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        );
        CREATE TABLE ingest_failures (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "full-text search over title and body (SQLite FTS5)",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """,
    ),
    (
        3,
        "quotes with speakers, cues, addressees and channels",
        """
        CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_name TEXT,
            cue_text TEXT,
            cue_start INTEGER,
            cue_end INTEGER,
            addressee_text TEXT,
            addressee_start INTEGER,
            addressee_end INTEGER,
            addressee_name TEXT,
            via TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_name);
        """,
    ),
    (
        4,
        "entities: global keys, per-article entities and mentions, merge evidence",
        """
        CREATE TABLE entities (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL
        );
        CREATE TABLE article_entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            entity_key TEXT NOT NULL REFERENCES entities(key),
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            merge_reason TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX article_entities_key ON article_entities(entity_key);
        CREATE TABLE entity_mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            link TEXT NOT NULL,
            PRIMARY KEY (article_id, idx, seq)
        );
        ALTER TABLE quotes ADD COLUMN speaker_entity TEXT;
        ALTER TABLE quotes ADD COLUMN addressee_entity TEXT;
        CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);
        """,
    ),
    (
        5,
        "stories, their articles, wire copies, and the online grouping state",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT
        );
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE wire_copies (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (a, b)
        );
        CREATE TABLE grouping_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state TEXT NOT NULL
        );
        """,
    ),
    (
        6,
        "events: PLOVER type, participants, place, date, status and mentions",
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_key TEXT NOT NULL,
            type TEXT NOT NULL,
            cameo TEXT,
            mode TEXT,
            context TEXT,
            actors TEXT NOT NULL DEFAULT '[]',
            targets TEXT NOT NULL DEFAULT '[]',
            place TEXT,
            date TEXT,
            date_precision TEXT,
            date_text TEXT,
            status TEXT NOT NULL,
            trigger TEXT,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            mentions TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_key ON events(event_key);
        CREATE INDEX events_date ON events(date);
        """,
    ),
    (
        7,
        "full-text index over quotes (text and speaker name), kept by triggers",
        """
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, speaker_name, content='quotes', content_rowid='rowid'
        );
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker_name)
            VALUES (new.rowid, new.text, new.speaker_name);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
            VALUES ('delete', old.rowid, old.text, old.speaker_name);
        END;
        CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker_name ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
            VALUES ('delete', old.rowid, old.text, old.speaker_name);
            INSERT INTO quotes_fts(rowid, text, speaker_name)
            VALUES (new.rowid, new.text, new.speaker_name);
        END;
        INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
        """,
    ),
    (
        8,
        "quotes: the id of the earlier part a split quotation continues",
        """
        ALTER TABLE quotes ADD COLUMN continues TEXT;
        """,
    ),
    (
        9,
        "articles: insertion order (seq) and publication instants in UTC (published_utc)",
        """
        ALTER TABLE articles ADD COLUMN seq INTEGER;
        ALTER TABLE articles ADD COLUMN published_utc TEXT;
        UPDATE articles SET seq = rowid;
        CREATE INDEX articles_seq ON articles(seq);
        CREATE INDEX articles_published_utc ON articles(published_utc);
        """,
    ),
    (
        10,
        "entities: case-folded names (Python casefold, the same on both databases)",
        """
        ALTER TABLE entities ADD COLUMN folded TEXT;
        ALTER TABLE article_entities ADD COLUMN folded TEXT;
        CREATE INDEX entities_folded ON entities(folded);
        CREATE INDEX article_entities_unfolded ON article_entities(article_id)
            WHERE folded IS NULL;
        """,
    ),
]


#: PostgreSQL's text for the steps whose SQLite text has no PostgreSQL meaning. The tsvector
#: columns are generated from the row, so no trigger keeps them; the 'simple' configuration
#: lower-cases and does not stem, like FTS5's default tokenizer (which also folds diacritics;
#: this does not).
POSTGRES_STEPS: dict[int, str] = {
    2: """
        ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', coalesce(title, '')), 'A')
            || setweight(to_tsvector('simple', text), 'B')
        ) STORED;
        CREATE INDEX articles_search ON articles USING GIN (search);
        """,
    7: """
        ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (
            to_tsvector('simple', text) || to_tsvector('simple', coalesce(speaker_name, ''))
        ) STORED;
        CREATE INDEX quotes_search ON quotes USING GIN (search);
        """,
    # PostgreSQL has no rowid: a store made before this step is numbered in ingest time,
    # then id order (ties within a second are a guess; SQLite's rowid is the true order).
    9: """
        ALTER TABLE articles ADD COLUMN seq INTEGER;
        ALTER TABLE articles ADD COLUMN published_utc TEXT COLLATE "C";
        UPDATE articles SET seq = o.n FROM (
            SELECT id, row_number() OVER (ORDER BY ingested_at, id) AS n FROM articles
        ) o WHERE o.id = articles.id;
        CREATE INDEX articles_seq ON articles(seq);
        CREATE INDEX articles_published_utc ON articles(published_utc);
        """,
    # The same columns, and a sequence for `articles.seq`: `max(seq) + 1` in an insert can
    # race between two writers on PostgreSQL (SQLite's BEGIN IMMEDIATE serialises them).
    10: """
        ALTER TABLE entities ADD COLUMN folded TEXT COLLATE "C";
        ALTER TABLE article_entities ADD COLUMN folded TEXT COLLATE "C";
        CREATE INDEX entities_folded ON entities(folded);
        CREATE INDEX article_entities_unfolded ON article_entities(article_id)
            WHERE folded IS NULL;
        CREATE SEQUENCE articles_seq_next;
        SELECT setval('articles_seq_next', (SELECT coalesce(max(seq), 0) + 1 FROM articles),
            false);
        """,
}

#: SQLite type → PostgreSQL type. Text compares byte-wise (collation "C") as in SQLite, so
#: orders, ranges and `lower()` agree whatever locale the server was created with.
_POSTGRES_TYPES = [
    (
        re.compile(r"\bINTEGER PRIMARY KEY\b"),
        "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
]


def to_postgres(sql: str) -> str:
    """A portable migration's SQL with SQLite's type names replaced by PostgreSQL's.

    Only upper-case type names are replaced (column names are lower case). `INTEGER PRIMARY
    KEY` is SQLite's auto-numbered key; PostgreSQL needs it said (an identity column).
    """
    for pattern, replacement in _POSTGRES_TYPES:
        sql = pattern.sub(replacement, sql)
    return sql


def latest_version() -> int:
    """The newest schema version this code knows."""
    return MIGRATIONS[-1][0]


def migrations_for(dialect: str) -> list[tuple[int, str, str]]:
    """The ordered (version, description, SQL) list for "sqlite" or "postgresql"."""
    if dialect == "sqlite":
        return MIGRATIONS
    return [(v, d, POSTGRES_STEPS.get(v) or to_postgres(sql)) for v, d, sql in MIGRATIONS]
