"""The store: with browse.py, the only code that speaks SQL.

SQLite is the default (a file); a `postgresql://` URL opens PostgreSQL instead. The SQL here is
written once, in what both accept; dialect.py holds what differs (connecting, transactions,
full-text search) and postgres.py adapts psycopg to this module's `?` placeholders and rows.

On SQLite: WAL mode so readers (the web app, `show`) never block a running ingest; foreign keys
on so an article's removals and raw input go with it. Each article is written in one
transaction with its raw input, so a process killed mid-batch leaves whole articles or none,
and a re-run finishes the batch by skipping what is already there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsgraph import __version__
from newsgraph.analyse.linking import distinct_roles
from newsgraph.records import Article, Mention, Quote, RawItem, Removal, content_id
from newsgraph.store.dialect import Dialect, dialect_for, is_url, redact
from newsgraph.store.migrations import latest_version

ARTICLE_COLUMNS = (
    "id, source, kind, external_id, url, outlet, title, byline, published, language, status, "
    "extractor, text, metadata"
)


class StoreError(Exception):
    """The database cannot be opened or is not a newsgraph database."""


#: `Article.status` of a later version of a stored page (see `pipeline.PageVersions`).
SUPERSEDED = "superseded"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def published_instant(value: str | None) -> str | None:
    """A publication time as the UTC instant it names, written so that instants sort as
    text: `2026-03-05T09:00:00-05:00` → `2026-03-05T14:00:00Z`, after
    `2026-03-05T12:00:00+00:00` → `2026-03-05T12:00:00Z` (as strings they sort the other
    way). A date alone stays itself and sorts before the times of its day; a time without
    an offset is taken as UTC; what does not parse is kept as given. `published_utc` holds
    it, and every order by publication time uses it."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) <= 10:
        return text
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC)
    except (ValueError, OverflowError):
        return text
    return f"{dt.year:04d}-{dt:%m-%dT%H:%M:%S}Z"


class Store:
    """A newsgraph database: a SQLite file, or a PostgreSQL database given as a
    `postgresql://user@host:port/name` URL. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path) -> None:
        #: The file (SQLite) or the URL (PostgreSQL) this store was opened on.
        self.path: Path | str = path if is_url(path) else Path(path)
        self.dialect: Dialect = dialect_for(path)
        shown = redact(str(self.path))
        try:
            self.db = self.dialect.connect(self.path)
        except ImportError as e:  # PostgreSQL without its optional driver
            raise StoreError(f"{shown}: {e}") from e
        except Exception as e:
            if not _database_error(e):
                raise
            if self.dialect.name == "sqlite":
                raise StoreError(f"{shown}: cannot open as a newsgraph database ({e})") from e
            raise StoreError(f"{shown}: cannot connect ({_first_line(e)})") from e
        try:
            self._migrate()
        except Exception as e:
            self.db.close()
            if not _database_error(e):
                raise
            raise StoreError(f"{shown}: cannot open as a newsgraph database ({e})") from e

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        known = latest_version()
        try:
            found = self.schema_version
        except Exception as e:  # a new database: no table of migrations yet
            if not _database_error(e):
                raise
            found = 0
        if found > known:
            raise StoreError(
                f"{redact(str(self.path))}: schema version {found} is newer than this "
                f"newsgraph knows ({known}): upgrade newsgraph to open it"
            )
        self.dialect.migrate(self.db, _now())
        self._fill_seq()
        self._fill_published_utc()
        self._fill_folded()

    def _fill_seq(self) -> None:
        """Number the articles an older newsgraph stored in a store of schema 9 or later
        without `seq` (it did not know the column): after the numbered ones, in ingest time
        then id order. Read through the column's index: a numbered store costs one look."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE seq IS NULL ORDER BY ingested_at, id"
        ).fetchall()
        if not rows:
            return
        with self._transaction():
            top = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            self.db.executemany(
                "UPDATE articles SET seq = ? WHERE id = ? AND seq IS NULL",
                [(top + n, r[0]) for n, r in enumerate(rows, 1)],
            )
            self.dialect.seq_filled(self.db)

    def _fill_folded(self) -> None:
        """The case-folded names of entities stored before migration 10 (read through partial
        indexes: a filled store costs two empty look-ups)."""
        entities = self.db.execute("SELECT key, name FROM entities WHERE folded IS NULL").fetchall()
        links = self.db.execute(
            "SELECT article_id, idx, name, aliases FROM article_entities WHERE folded IS NULL"
        ).fetchall()
        if not entities and not links:
            return
        with self._transaction():
            self.db.executemany(
                "UPDATE entities SET folded = ? WHERE key = ?",
                [(fold(name), key) for key, name in entities],
            )
            self.db.executemany(
                "UPDATE article_entities SET folded = ? WHERE article_id = ? AND idx = ?",
                [(_folded_names(n, json.loads(al)), a, i) for a, i, n, al in links],
            )

    def _fill_published_utc(self) -> None:
        """`published_utc` of the articles stored before migration 9 (or whose filling was
        cut short): read through that column's index, so a store already filled costs one
        look at its undated articles."""
        rows = self.db.execute(
            "SELECT id, published FROM articles WHERE published_utc IS NULL "
            "AND published IS NOT NULL"
        ).fetchall()
        if not rows:
            return
        with self._transaction():
            self.db.executemany(
                "UPDATE articles SET published_utc = ? WHERE id = ?",
                [(published_instant(p), i) for i, p in rows],
            )

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(
        self,
        article: Article,
        raw: RawItem,
        *,
        supersedes: str | None = None,
        wire: Iterable[tuple[str, str]] = (),
    ) -> bool:
        """Store an article with its raw input in one transaction; False if it was already there.

        `supersedes`: the id of a stored stub of the same page that this fuller version takes
        over, in the same transaction (`supersede` with `take_place`), so a crash leaves either
        the stub current or the takeover done, never both analysed. `wire`: wire-copy pairs of
        the new article with the members of the story it takes over (`pipeline` computes them)."""
        with self._transaction():
            cur = self.db.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, pipeline_version, ingested_at, "
                "published_utc, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                f"{self.dialect.next_seq}) ON CONFLICT DO NOTHING",
                (
                    *_article_row(article),
                    __version__,
                    _now(),
                    published_instant(article.published),
                ),
            )
            if cur.rowcount == 0:
                return False
            self.db.execute(
                "INSERT INTO raw_inputs (article_id, kind, container, content, fields) "
                "VALUES (?, ?, ?, ?, ?)",
                (article.id, raw.kind, raw.container, raw.content, _dumps(raw.fields)),
            )
            self._write_removals(article)
            self._write_entities(article)
            self._write_quotes(article)
            self._write_events(article)
            if supersedes is not None:
                self._supersede(supersedes, article.id, take_place=True)
                self.db.executemany(
                    "INSERT INTO wire_copies (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    sorted(wire),
                )
        return True

    def replace_article(self, article: Article) -> None:
        """Overwrite an article's extraction (after `reprocess`); its raw input is untouched."""
        with self._transaction():
            row = _article_row(article)
            self.db.execute(
                "UPDATE articles SET source=?, kind=?, external_id=?, url=?, outlet=?, title=?, "
                "byline=?, published=?, language=?, status=?, extractor=?, text=?, metadata=?, "
                "pipeline_version=?, published_utc=? WHERE id=?",
                (*row[1:], __version__, published_instant(article.published), article.id),
            )
            self.db.execute("DELETE FROM removals WHERE article_id = ?", (article.id,))
            self._clear_analysis(article.id)
            if article.status == SUPERSEDED:
                self._leave_stories(article.id)
            self._write_removals(article)
            self._write_entities(article)
            self._write_quotes(article)
            self._write_events(article)

    def _clear_analysis(self, article_id: str) -> None:
        """Delete an article's quotes, events and entity links, and the entities no article
        links any more (a demoted version's, or names a re-extraction no longer finds)."""
        keys = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT entity_key FROM article_entities WHERE article_id = ?",
                (article_id,),
            )
        ]
        for table in ("quotes", "events", "entity_mentions", "article_entities"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        for chunk in chunks(sorted(keys)):
            self.db.execute(
                f"DELETE FROM entities WHERE key IN ({marks(chunk)}) AND NOT EXISTS "
                "(SELECT 1 FROM article_entities ae WHERE ae.entity_key = entities.key)",
                chunk,
            )

    def rekey_entities(self, moves: dict[str, Any]) -> None:
        """Move the stored entities of each old key to its new one (`moves`: old key -> a
        `linking.Rekey`): article entities (their mentions follow them) with the new merge
        reason, quote speakers and addressees, event participants and event keys; the old key
        goes. One transaction; a key already moved is skipped, so running it twice is safe."""
        self.relink_entities(moves, [], None)

    def relink_entities(
        self,
        moves: dict[str, Any],
        splits: list[tuple[str, str]],
        split_off: Callable[[list[tuple[str, int, str]], str], list[tuple[str, int, str, str]]]
        | None,
    ) -> None:
        """What one linked article changes in the stored keys, in one transaction, so a failure
        between the two steps leaves neither: the re-keys (`rekey_entities`), then each split
        ((key, word) with `split_off(entity_rows(key), word)` the moves `move_entities` makes,
        read after the re-keys: a short name re-keyed now may be split off at once)."""
        with self._transaction():
            for old in sorted(moves):
                self._rekey(old, moves[old])
            for key, word in splits:
                found = split_off(self.entity_rows(key), word) if split_off else []
                if found:
                    self._move(key, found)

    def _rekey(self, old: str, move: Any) -> None:
        if self.db.execute("SELECT 1 FROM entities WHERE key = ?", (old,)).fetchone() is None:
            return
        self.db.execute(
            "INSERT INTO entities (key, name, type, country, lat, lon, folded) "
            "VALUES (?, ?, ?, ?, NULL, NULL, ?) ON CONFLICT DO NOTHING",
            (move.key, move.canonical, move.type, move.country, fold(move.canonical)),
        )
        rows = self.db.execute(
            "SELECT article_id, idx, name FROM article_entities WHERE entity_key = ? "
            "ORDER BY article_id, idx",
            (old,),
        ).fetchall()
        self.db.executemany(
            "UPDATE article_entities SET entity_key = ?, merge_reason = ? "
            "WHERE article_id = ? AND idx = ?",
            [(move.key, f"{move.reason}: {r[2]} -> {move.canonical}", r[0], r[1]) for r in rows],
        )
        for article_id in sorted({r[0] for r in rows}):
            self._retarget(article_id, old, move.key)
        self.db.execute("DELETE FROM entities WHERE key = ?", (old,))

    def entity_rows(self, key: str) -> list[tuple[str, int, str]]:
        """(article id, index, name) of every article entity with this key."""
        rows = self.db.execute(
            "SELECT article_id, idx, name FROM article_entities WHERE entity_key = ? "
            "ORDER BY article_id, idx",
            (key,),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def move_entities(self, old: str, moves: list[tuple[str, int, str, str]]) -> None:
        """Give some article entities of key `old` keys of their own ((article id, index, new
        key, name) each, no merge reason any more), with the quote speakers, addressees and
        event participants of `old` in an article none of whose entities keeps `old`. One
        transaction; a row already moved is left as it is."""
        with self._transaction():
            self._move(old, moves)

    def _move(self, old: str, moves: list[tuple[str, int, str, str]]) -> None:
        found = self.db.execute(
            "SELECT type, country FROM entities WHERE key = ?", (old,)
        ).fetchone()
        if found is None:
            return
        self.db.executemany(
            "INSERT INTO entities (key, name, type, country, lat, lon, folded) "
            "VALUES (?, ?, ?, ?, NULL, NULL, ?) ON CONFLICT DO NOTHING",
            [(new, name, found[0], found[1], fold(name)) for _, _, new, name in moves],
        )
        self.db.executemany(
            "UPDATE article_entities SET entity_key = ?, merge_reason = NULL "
            "WHERE article_id = ? AND idx = ? AND entity_key = ?",
            [(new, article_id, idx, old) for article_id, idx, new, _ in moves],
        )
        targets: dict[str, set[str]] = {}
        for article_id, _, new, _ in moves:
            targets.setdefault(article_id, set()).add(new)
        for article_id, news in sorted(targets.items()):
            if len(news) == 1 and not self._keeps(article_id, old):
                self._retarget(article_id, old, next(iter(news)))
        self.db.execute(
            "DELETE FROM entities WHERE key = ? AND NOT EXISTS "
            "(SELECT 1 FROM article_entities ae WHERE ae.entity_key = entities.key)",
            (old,),
        )

    def _keeps(self, article_id: str, key: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM article_entities WHERE article_id = ? AND entity_key = ?",
                (article_id, key),
            ).fetchone()
            is not None
        )

    def _retarget(self, article_id: str, old: str, new: str) -> None:
        """One article's quote speakers, addressees and event participants of `old` → `new`."""
        for role in ("speaker_entity", "addressee_entity"):
            self.db.execute(
                f"UPDATE quotes SET {role} = ? WHERE article_id = ? AND {role} = ?",
                (new, article_id, old),
            )
        events = self.db.execute(
            "SELECT id, article_id, event_key, actors, targets, char_start, char_end "
            "FROM events WHERE article_id = ? ORDER BY id",
            (article_id,),
        ).fetchall()
        self.db.executemany(
            "UPDATE events SET id = ?, event_key = ?, actors = ?, targets = ? WHERE id = ?",
            [e for ev in events if (e := _rekeyed_event(ev, old, new)) is not None],
        )

    def _leave_stories(self, article_id: str) -> None:
        """Take an article out of its story and its wire-copy pairs; a story left empty goes."""
        row = self.db.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        self.db.execute("DELETE FROM wire_copies WHERE a = ? OR b = ?", (article_id, article_id))
        if row is None:
            return
        self.db.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
        self.db.execute(
            "DELETE FROM stories WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM story_articles WHERE story_id = ?)",
            (row[0], row[0]),
        )

    def supersede(self, article_id: str, current_id: str, *, take_place: bool = False) -> list[str]:
        """Make a stored article a version of `current_id` (a fuller version stored after it):
        status `superseded`, `metadata.version_of`, no analysis; the versions that named it
        name `current_id` instead. Its text and raw input stay (`reprocess` can analyse it
        again). The ids whose `version_of` changed, itself first.

        Its story: with `take_place`, when `current_id` is in no story, `current_id` takes
        its place there (the member id is swapped in `story_articles` and in the stored
        grouping state; its wire-copy pairs go), so no regrouping is needed; the story
        index keeps the stub's features until `newsgraph stories --rebuild`. Otherwise it
        leaves its story (a story left empty goes)."""
        with self._transaction():
            return self._supersede(article_id, current_id, take_place=take_place)

    def _supersede(self, article_id: str, current_id: str, *, take_place: bool) -> list[str]:
        changed = [article_id]
        needle = _dumps({"version_of": article_id})[1:-1]
        rows = self.db.execute(
            "SELECT id, metadata FROM articles WHERE id = ? OR (status = ? AND "
            f"{self.dialect.instr}(metadata, ?) > 0)",
            (article_id, SUPERSEDED, needle),
        ).fetchall()
        for other_id, metadata in rows:
            meta = json.loads(metadata)
            if other_id != article_id and meta.get("version_of") != article_id:
                continue
            meta["version_of"] = current_id
            if other_id == article_id:
                meta.pop("analysis_error", None)
            else:
                changed.append(other_id)
            self.db.execute(
                "UPDATE articles SET status = ?, metadata = ? WHERE id = ?",
                (SUPERSEDED, _dumps(meta), other_id),
            )
        self._clear_analysis(article_id)
        story = self.story_of(article_id)
        if take_place and story is not None and self.story_of(current_id) is None:
            self.db.execute(
                "DELETE FROM wire_copies WHERE a = ? OR b = ?", (article_id, article_id)
            )
            self.db.execute(
                "UPDATE story_articles SET article_id = ? WHERE article_id = ?",
                (current_id, article_id),
            )
            self._rename_member(article_id, current_id)
        else:
            self._leave_stories(article_id)
        return changed

    def _rename_member(self, old: str, new: str) -> None:
        """Rename a story member in the stored grouping state (`group.stories.StoryIndex`
        JSON: each story's `members`), so a later online run that moves the story's articles
        writes the new id. The member's vector stays the old one's until a rebuild."""
        state = self.grouping_state()
        if not state:
            return
        renamed = False
        for story in state.get("stories") or ():
            members = story.get("members") or []
            if old in members:
                story["members"] = [new if m == old else m for m in members]
                renamed = True
        if renamed:
            self.db.execute(
                "UPDATE grouping_state SET state = ? WHERE id = 1",
                (json.dumps(state, sort_keys=True),),
            )

    def _write_removals(self, article: Article) -> None:
        self.db.executemany(
            "INSERT INTO removals (article_id, seq, char_start, char_end, text, reason) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, i, r.start, r.end, r.text, r.reason)
                for i, r in enumerate(article.removals)
            ],
        )

    def _write_quotes(self, article: Article) -> None:
        self.db.executemany(_QUOTE_UPSERT, [_quote_row(article, q) for q in article.quotes])

    def _write_entities(self, article: Article) -> None:
        """Entities need their global `key` (set by linking) before they are stored.

        Each table's rows go in one executemany: on PostgreSQL that is one pipelined batch
        instead of a round trip per row."""
        entities, links, mentions = [], [], []
        for i, e in enumerate(article.entities):
            if not e.key:
                raise ValueError(f"entity {e.name!r} of {article.id} has no key: link it first")
            entities.append((e.key, e.name, e.type, e.country, e.lat, e.lon, fold(e.name)))
            links.append(
                (
                    article.id,
                    i,
                    e.key,
                    e.name,
                    e.type,
                    e.country,
                    _dumps(e.aliases),
                    _dumps(e.roles),
                    article.entity_merges.get(i),
                    _folded_names(e.name, e.aliases),
                )
            )
            mentions += [
                (article.id, i, k, m.start, m.end, m.text, m.link) for k, m in enumerate(e.mentions)
            ]
        self.db.executemany(
            "INSERT INTO entities (key, name, type, country, lat, lon, folded) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            entities,
        )
        self.db.executemany(
            "INSERT INTO article_entities (article_id, idx, entity_key, name, type, country, "
            "aliases, roles, merge_reason, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            links,
        )
        self.db.executemany(
            "INSERT INTO entity_mentions (article_id, idx, seq, char_start, char_end, text, "
            "link) VALUES (?, ?, ?, ?, ?, ?, ?)",
            mentions,
        )

    def _write_events(self, article: Article) -> None:
        """Events with participants as the export shapes them (entity key, name, country)."""
        from newsgraph.analyse.events import event_key

        def party(actor: tuple, inferred: bool) -> dict[str, Any]:
            index, name, country = actor
            key = None
            if index is not None and 0 <= index < len(article.entities):
                key = article.entities[index].key or None
            # `country_inferred`: the country is a guess from the sentence, not the
            # participant's own words (additive field, see docs/export.md)
            return {
                "entity": key,
                "name": name,
                "country": country,
                "country_inferred": bool(inferred and country),
            }

        def parties(ev: Any, side: str) -> list[dict[str, Any]]:
            marked = getattr(ev, "inferred", ())
            return [party(a, (side, i) in marked) for i, a in enumerate(getattr(ev, side))]

        rows = []
        for ev in article.events:
            key = event_key(ev, article.entities)
            place = None
            if ev.place is not None:
                name, country, lat, lon = ev.place
                place = {"name": name, "country": country, "lat": lat, "lon": lon}
            rows.append(
                (
                    content_id(f"{article.id}:{ev.start}:{ev.end}:{key}".encode()),
                    article.id,
                    key,
                    ev.type,
                    ev.cameo,
                    ev.mode,
                    ev.context,
                    _dumps(parties(ev, "actors")),
                    _dumps(parties(ev, "targets")),
                    None if place is None else _dumps(place),
                    ev.date,
                    ev.date_precision,
                    ev.date_text,
                    ev.status,
                    ev.trigger,
                    ev.start,
                    ev.end,
                    _dumps([list(m) for m in ev.mentions]),
                )
            )
        self.db.executemany(_EVENT_UPSERT, rows)

    def event_records(
        self,
        *,
        type: str | None = None,
        article_ids: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Events in article then text order, in the export's shape. Filtered by date:
        `browse.event_records` (dates are periods of several precisions, matched by overlap)."""
        where, args = [], []
        if article_ids is not None:
            ids = sorted(set(article_ids))
            where.append(f"article_id IN ({marks(ids)})")
            args += ids
        if type:
            where.append("type = ?")
            args.append(type.lower())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.execute(
            f"SELECT * FROM events {clause} ORDER BY article_id, char_start, id", args
        )
        return [event_from_row(r) for r in rows]

    def urls_and_outlets(self) -> list[tuple[str, str]]:
        """(url, outlet) of stored articles that have both, first stored first."""
        rows = self.db.execute(
            "SELECT url, outlet FROM articles WHERE url IS NOT NULL AND outlet IS NOT NULL "
            "ORDER BY seq, id"
        )
        return [tuple(r) for r in rows]

    def article_urls(self) -> list[tuple[str, str, str | None, str | None, str, str | None]]:
        """(id, url, outlet, title, status, declared URL) of stored articles with a URL, first
        stored first (insertion order, not id order: ids are content hashes). The declared URL
        is the one the page gives itself (`metadata.extracted.url`: rel=canonical, og:url), so
        an AMP or print edition stored under its own URL is known as the page it names."""
        rows = self.db.execute(
            f"SELECT id, url, outlet, title, status, {self.dialect.declared_url} "
            "FROM articles WHERE url IS NOT NULL ORDER BY seq, id"
        )
        return [tuple(r) for r in rows]

    def text_lengths(self, ids: Iterable[str]) -> dict[str, int]:
        """The length of the given articles' texts, in characters, by id (the texts are not
        read into Python; a page's versions need only the lengths of the few that compete)."""
        out: dict[str, int] = {}
        for chunk in chunks(sorted(set(ids))):
            rows = self.db.execute(
                f"SELECT id, length(text) FROM articles WHERE id IN ({marks(chunk)})", chunk
            )
            out.update((r[0], r[1]) for r in rows)
        return out

    def insertion_order(self, ids: Iterable[str] | None = None) -> list[str]:
        """The given article ids (default: all) in the order they were first stored."""
        rows = [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY seq, id")]
        if ids is None:
            return rows
        wanted = set(ids)
        return [i for i in rows if i in wanted]

    def entity_index(self) -> list[tuple[str, str, str, str | None]]:
        """(key, canonical name, type, country) of every known entity, for linking."""
        rows = self.db.execute("SELECT key, name, type, country FROM entities ORDER BY key")
        return [tuple(r) for r in rows]

    def entity_records(
        self,
        *,
        keys: list[str] | None = None,
        type: str | None = None,
        country: str | None = None,
    ) -> list[dict[str, Any]]:
        """Entities with their aliases, roles and mentions across articles, by key."""
        where, args = [], []
        if keys is not None:
            where.append(f"key IN ({marks(keys)})")
            args += keys
        if type:
            where.append("type = ?")
            args.append(type.upper())
        if country:
            where.append("country = ?")
            args.append(country.upper())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        records: dict[str, dict[str, Any]] = {}
        for r in self.db.execute(f"SELECT * FROM entities {clause} ORDER BY key", args):
            records[r["key"]] = {
                "id": r["key"],
                "name": r["name"],
                "type": r["type"],
                "aliases": set(),
                "country": r["country"],
                "roles": set(),
                "lat": r["lat"],
                "lon": r["lon"],
                "mentions": [],
            }
        if not records:
            return []
        # With keys given, read only their rows (a dossier needs a few entities, not the corpus).
        sub, sub_args = "", []
        if keys is not None:
            sub = f"WHERE entity_key IN ({marks(records)})"
            sub_args = list(records)
        msub = sub.replace("entity_key", "ae.entity_key")
        for r in self.db.execute(
            f"SELECT entity_key, name, aliases, roles FROM article_entities {sub}", sub_args
        ):
            rec = records.get(r["entity_key"])
            if rec is not None:
                rec["aliases"].update([r["name"], *json.loads(r["aliases"])])
                rec["roles"].update(json.loads(r["roles"]))
        for r in self.db.execute(
            "SELECT ae.entity_key, m.article_id, m.char_start, m.char_end, m.text, m.link "
            "FROM entity_mentions m JOIN article_entities ae "
            f"ON ae.article_id = m.article_id AND ae.idx = m.idx {msub} "
            "ORDER BY m.article_id, m.char_start, m.char_end",
            sub_args,
        ):
            rec = records.get(r[0])
            if rec is not None:
                rec["mentions"].append(
                    {"article": r[1], "start": r[2], "end": r[3], "text": r[4], "link": r[5]}
                )
        out = []
        for rec in records.values():
            rec["aliases"] = sorted(a for a in rec["aliases"] if a and a != rec["name"])
            rec["roles"] = sorted(distinct_roles(sorted(rec["roles"])))
            out.append(rec)
        return out

    def find_entities(self, name: str) -> list[tuple[str, str, str]]:
        """(key, canonical name, type) of the entities `name` means, by key: the one rule for
        `newsgraph show entity` and the web's /entities/NAME. The first of these that finds
        any wins: the key itself; a canonical name equal to it (any case); a name an article
        gives the entity (an alias: a surname used alone); a canonical name that contains it.
        One exception: a canonical name of another kind does not hide a person an article
        calls by that name, their surname (`Morwen`, an ORG, and `Hedda Morwen`, called
        `Morwen`): both are listed, as a reader may mean either (`_people_also_named`).
        One result is the entity; several are a disambiguation to list, never a guess.
        Names compare case-folded by Python (`fold`, stored in the `folded` columns), so an
        initial É matches é on SQLite and PostgreSQL alike (their `lower()` differ). Control
        characters are dropped first: SQLite ends a bound pattern at a NUL, so `%\x00%` would
        match every name."""
        name = "".join(c for c in name if c.isprintable() or c.isspace())
        key = name.strip()
        folded = fold(name)
        if not folded:
            return []
        cols = "SELECT DISTINCT e.key, e.name, e.type FROM entities e"
        for sql, args, canonical in (
            (f"{cols} WHERE e.key = ?", (key,), False),
            (f"{cols} WHERE lower(e.key) = ?", (key.lower(),), False),
            (f"{cols} WHERE e.folded = ?", (folded,), True),
            (*self._alias_query(cols, folded), False),
            (f"{cols} WHERE e.folded LIKE ? ESCAPE '\\'", (f"%{_escape_like(folded)}%",), False),
        ):
            rows = [tuple(r) for r in self.db.execute(f"{sql} ORDER BY e.key", args)]
            if rows:
                return self._people_also_named(rows, cols, folded) if canonical else rows
        return []

    def _alias_query(self, cols: str, folded: str) -> tuple[str, tuple[str]]:
        """The entities an article calls `folded` (its name there or an alias)."""
        return (
            f"{cols} JOIN article_entities ae ON ae.entity_key = e.key "
            f"WHERE {self.dialect.instr}(ae.folded, ?) > 0",
            (json.dumps(folded, ensure_ascii=False),),
        )

    def _people_also_named(
        self, found: list[tuple[str, str, str]], cols: str, folded: str
    ) -> list[tuple[str, str, str]]:
        """`found` (the entities whose canonical name is `folded`) and the people an article
        calls `folded` when it ends their own name, a surname (`Morwen` for `Hedda Morwen`):
        a place or organisation of that name (often the surname typed wrongly) must not hide
        a person known by it. When a person has the name as canonical name, it stays theirs
        alone, as before; a first name (`Tyler` for `Tyler Hansbrough`) widens nothing."""
        if any(etype == "PERSON" for _, _, etype in found):
            return found
        sql, args = self._alias_query(cols, folded)
        people = [
            tuple(r)
            for r in self.db.execute(f"{sql} AND e.type = 'PERSON' ORDER BY e.key", args)
            if f" {fold(r[1])}".endswith(f" {folded}")
        ]
        return sorted([*found, *people])

    def find_entity_keys(self, name: str) -> list[str]:
        """The keys of `find_entities`."""
        return [r[0] for r in self.find_entities(name)]

    def quotes_by_entity(self, key: str) -> list[tuple[str, str, Quote]]:
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE speaker_entity = ? AND label = 'quote' "
            "ORDER BY article_id, char_start",
            (key,),
        )
        return [(r["id"], r["article_id"], quote_from_row(r)) for r in rows]

    def name_host_outlet(self, host: str, name: str, forms: Iterable[str] = ()) -> int:
        """Give `name` to the stored articles whose outlet is only `host` or one of `forms`
        (other spellings of it: `www.host`, `m.host`), compared without case; how many
        changed. An outlet learned later reaches the articles stored before it, so the names
        do not depend on the order articles came in."""
        spellings = sorted({host.lower(), *(f.lower() for f in forms)})
        with self._transaction():
            cur = self.db.execute(
                f"UPDATE articles SET outlet = ? WHERE lower(outlet) IN ({marks(spellings)})",
                (name, *spellings),
            )
        return max(cur.rowcount, 0)

    def record_failure(self, source: str, reason: str) -> None:
        with self._transaction():
            self.db.execute(
                "INSERT INTO ingest_failures (source, reason, at) VALUES (?, ?, ?)",
                (source, reason, _now()),
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db, self.dialect.begin)

    # -- reading ---------------------------------------------------------------------------

    def resolve_id(self, prefix: str) -> str | None:
        """Full article id from an unambiguous prefix (as git does for commits)."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def get_article(self, article_id: str, *, with_removals: bool = True) -> Article | None:
        row = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        article = article_from_row(row)
        if with_removals:
            article.removals = self.removals(article_id)
        return article

    def removals(self, article_id: str) -> list[Removal]:
        rows = self.db.execute(
            "SELECT char_start, char_end, text, reason FROM removals WHERE article_id = ? "
            "ORDER BY seq",
            (article_id,),
        )
        return [Removal(*r) for r in rows]

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in id order (deterministic exports), without removals."""
        if ids is None:
            rows = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id")
            for row in rows:
                yield article_from_row(row)
            return
        for article_id in sorted(set(ids)):
            article = self.get_article(article_id, with_removals=False)
            if article is not None:
                yield article

    def get_raw(self, article_id: str) -> RawItem | None:
        row = self.db.execute(
            "SELECT a.source, r.kind, r.content, r.fields, r.container FROM raw_inputs r "
            "JOIN articles a ON a.id = r.article_id WHERE r.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return RawItem(
            source=row[0],
            kind=row[1],
            content=bytes(row[2]),
            fields=json.loads(row[3]),
            container=row[4],
        )

    def quotes(
        self,
        *,
        article_id: str | None = None,
        speaker: str | None = None,
        kind: str | None = None,
        include_unattributed: bool = True,
        article_ids: Iterable[str] | None = None,
    ) -> list[tuple[str, str, Quote]]:
        """(quote id, article id, quote) in article then text order. `speaker` matches the
        resolved name or the mention, case-insensitively, as a substring."""
        where, args = ["label = 'quote'"], []
        if article_id:
            where.append("article_id = ?")
            args.append(article_id)
        if article_ids is not None:
            ids = sorted(set(article_ids))
            where.append(f"article_id IN ({marks(ids)})")
            args += ids
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if speaker:
            where.append("(lower(speaker_name) LIKE ? OR lower(speaker_text) LIKE ?)")
            args += [f"%{speaker.lower()}%"] * 2
        if not include_unattributed:
            where.append("speaker_text IS NOT NULL")
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE {' AND '.join(where)} "
            "ORDER BY article_id, char_start, char_end",
            args,
        )
        return [(r["id"], r["article_id"], quote_from_row(r)) for r in rows]

    def all_quotes(self) -> list[tuple[str, str, Quote]]:
        """Every quote, scare quotes included, for the export."""
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes ORDER BY article_id, char_start, char_end"
        )
        return [(r["id"], r["article_id"], quote_from_row(r)) for r in rows]

    # -- stories -----------------------------------------------------------------------------

    def grouping_state(self) -> dict | None:
        row = self.db.execute("SELECT state FROM grouping_state WHERE id = 1").fetchone()
        return None if row is None else json.loads(row[0])

    def save_stories(
        self,
        state: dict,
        stories: dict[str, list[str]],
        titles: dict[str, str | None],
        wire: list[tuple[str, str]],
        *,
        replace: bool = False,
    ) -> None:
        """Write the grouping of the given stories (and the state to resume from) at once.

        `replace` clears every story first (a rebuild); otherwise only the stories passed are
        rewritten, so an online run touches what it changed.
        """
        with self._transaction():
            if replace:
                for table in ("wire_copies", "story_articles", "stories"):
                    self.db.execute(f"DELETE FROM {table}")
            # Stories the written articles leave: one the grouper merged into another is left
            # with none, and its row must go. Only these are checked, so an online save costs
            # what it changed, not the size of the corpus.
            # A superseded version is in no story, even if the index still names it (a
            # version that left its story keeps its place in the index until a rebuild).
            versions: set[str] = set()
            for members in stories.values():
                for chunk in chunks(members):
                    versions.update(
                        r[0]
                        for r in self.db.execute(
                            f"SELECT id FROM articles WHERE status = ? AND id IN ({marks(chunk)})",
                            [SUPERSEDED, *chunk],
                        )
                    )
            if versions:
                stories = {
                    sid: [a for a in members if a not in versions]
                    for sid, members in stories.items()
                }
                for story_id, members in stories.items():
                    if not members:
                        self.db.execute(
                            "DELETE FROM stories WHERE id = ? AND NOT EXISTS "
                            "(SELECT 1 FROM story_articles WHERE story_id = ?)",
                            (story_id, story_id),
                        )
                stories = {sid: members for sid, members in stories.items() if members}
                wire = [(a, b) for a, b in wire if a not in versions and b not in versions]
            left: set[str] = set()
            for story_id, members in stories.items():
                for chunk in chunks(members):
                    rows = self.db.execute(
                        "SELECT DISTINCT story_id FROM story_articles "
                        f"WHERE article_id IN ({marks(chunk)})",
                        chunk,
                    )
                    left.update(r[0] for r in rows if r[0] != story_id)
            for story_id, members in stories.items():
                self.db.execute(
                    "INSERT INTO stories (id, title) VALUES (?, ?) ON CONFLICT(id) "
                    "DO UPDATE SET title = excluded.title",
                    (story_id, titles.get(story_id)),
                )
                self.db.executemany(
                    "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?) "
                    "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id",
                    [(a, story_id) for a in members],
                )
            for story_id in sorted(left):
                self.db.execute(
                    "DELETE FROM stories WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM story_articles WHERE story_id = ?)",
                    (story_id, story_id),
                )
            self.db.executemany(
                "INSERT INTO wire_copies (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING", sorted(wire)
            )
            self.db.execute(
                "INSERT INTO grouping_state (id, state) VALUES (1, ?) ON CONFLICT(id) "
                "DO UPDATE SET state = excluded.state",
                (json.dumps(state, sort_keys=True),),
            )

    def resolve_story_id(self, ref: str) -> str | None:
        """Story id from an id, an unambiguous id prefix (with or without `s-`), or an article
        id (or prefix) in it; None when nothing or more than one story matches. The rule the
        dossier uses, so `show story`, `dossier` and the web API accept the same references."""
        ref = ref.strip()
        if not ref:
            return None
        if self.db.execute("SELECT 1 FROM stories WHERE id = ?", (ref,)).fetchone():
            return ref
        wanted = ref if ref.startswith("s-") else "s-" + ref
        rows = self.db.execute(
            "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (wanted, wanted + "\uffff"),
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        article = self.resolve_id(ref)
        return self.story_of(article) if article is not None else None

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else row[0]

    def story_records(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Stories with their article ids (sorted) and wire-copy pairs, by id."""
        args: list[Any] = []
        where = ""
        if story_id is not None:
            where, args = "WHERE s.id = ?", [story_id]
        records: dict[str, dict[str, Any]] = {}
        for r in self.db.execute(
            f"SELECT s.id, s.title, sa.article_id FROM stories s JOIN story_articles sa "
            f"ON sa.story_id = s.id {where} ORDER BY s.id, sa.article_id",
            args,
        ):
            rec = records.setdefault(
                r[0], {"id": r[0], "title": r[1], "articles": [], "wire_copies": []}
            )
            rec["articles"].append(r[2])
        member = {a: sid for sid, rec in records.items() for a in rec["articles"]}
        if story_id is None:
            pairs = self.db.execute("SELECT a, b FROM wire_copies ORDER BY a, b")
        else:  # one story: only its members' pairs, not the whole table
            ids = sorted(member)
            pairs = self.db.execute(
                f"SELECT a, b FROM wire_copies WHERE a IN ({marks(ids)}) ORDER BY a, b",
                ids,
            )
        for a, b in pairs:
            if a in member and member.get(b) == member[a]:
                records[member[a]]["wire_copies"].append([a, b])
        return list(records.values())

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str | None, str]]:
        """Full-text search: (article id, title, snippet with [matches] marked)."""
        sql, _ = self.dialect.article_search("a.id, a.title", "[", "]", 12)
        try:
            rows = self.db.execute(
                f"{sql} LIMIT ?", (self.dialect.fts_query(query), limit)
            ).fetchall()
        except (ValueError, *self.dialect.query_errors) as e:
            raise ValueError(f"bad search query {query!r}: {_first_line(e)}") from e
        return [tuple(r) for r in rows]

    def counts(self) -> dict[str, int]:
        q = self.db.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "not_analysed": q(
                "SELECT count(*) FROM articles WHERE status = 'not_analysed'"
            ).fetchone()[0],
            "failures": q("SELECT count(*) FROM ingest_failures").fetchone()[0],
        }


class _Transaction:
    """BEGIN (IMMEDIATE on SQLite) … COMMIT, rolled back on any exception (autocommit
    connection)."""

    def __init__(self, db: Any, begin: str) -> None:
        self.db = db
        self.begin = begin

    def __enter__(self) -> None:
        self.db.execute(self.begin)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


QUOTE_COLUMNS = (
    "id, article_id, kind, label, text, char_start, char_end, speaker_text, speaker_start, "
    "speaker_end, speaker_name, cue_text, cue_start, cue_end, addressee_text, addressee_start, "
    "addressee_end, addressee_name, via, speaker_entity, addressee_entity, continues"
)

_EVENT_COLUMNS = (
    "id, article_id, event_key, type, cameo, mode, context, actors, targets, place, date, "
    "date_precision, date_text, status, trigger, char_start, char_end, mentions"
)


def _upsert(table: str, columns: str) -> str:
    """INSERT that replaces the values of a row with the same `id` (both databases' syntax)."""
    names = [c.strip() for c in columns.split(",")]
    sets = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
    return (
        f"INSERT INTO {table} ({columns}) VALUES ({marks(names)}) "
        f"ON CONFLICT (id) DO UPDATE SET {sets}"
    )


def _database_error(e: BaseException) -> bool:
    """Whether `e` is the database's own error (sqlite3's, or psycopg's: an optional import)."""
    return isinstance(e, sqlite3.DatabaseError) or type(e).__module__.split(".")[0] == "psycopg"


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def _rekeyed_event(row: Any, old: str, new: str) -> tuple | None:
    """(id, event key, actors, targets, old id) of a stored event with its participants of
    key `old` given `new`, the id made again from the new key as `_write_events` makes it;
    None when none of its participants has `old`."""
    sides = [json.loads(row[3]), json.loads(row[4])]
    hit = [p for side in sides for p in side if p.get("entity") == old]
    if not hit:
        return None
    for p in hit:
        p["entity"] = new
    kind, rest = row[2].split("|", 1)
    keys, date = rest.rsplit("|", 1)
    joined = "+".join(sorted({new if k == old else k for k in keys.split("+")}))
    key = f"{kind}|{joined}|{date}"
    new_id = content_id(f"{row[1]}:{row[5]}:{row[6]}:{key}".encode())
    return new_id, key, _dumps(sides[0]), _dumps(sides[1]), row[0]


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    """Slices short enough for one `IN (…)` list (SQLite caps a statement's parameters)."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def marks(values: Sized) -> str:
    """`?, ?, ?`: one SQL placeholder per value, for `IN (...)`."""
    return ", ".join("?" * len(values))


def event_from_row(r: sqlite3.Row) -> dict[str, Any]:
    """An `events` row in the export's shape (shared with the web's paginated reads)."""
    return {
        "id": r["id"],
        "type": r["type"],
        "mode": r["mode"],
        "actors": json.loads(r["actors"]),
        "targets": json.loads(r["targets"]),
        "place": json.loads(r["place"]) if r["place"] else None,
        "date": r["date"],
        "date_text": r["date_text"],
        "status": r["status"],
        "article": r["article_id"],
        "start": r["char_start"],
        "end": r["char_end"],
        "cameo": r["cameo"],
        "context": r["context"],
        "date_precision": r["date_precision"],
        "trigger": r["trigger"],
        "event_key": r["event_key"],
        "mentions": [{"start": s, "end": e} for s, e in json.loads(r["mentions"])],
    }


def _mention_cols(m: Mention | None) -> tuple:
    return (None, None, None) if m is None else (m.text, m.start, m.end)


def _quote_row(article: Article, q: Quote) -> tuple:
    return (
        q.id_for(article.id),
        article.id,
        q.kind,
        q.label,
        q.text,
        q.start,
        q.end,
        *_mention_cols(q.speaker),
        q.speaker_name,
        *_mention_cols(q.cue),
        *_mention_cols(q.addressee),
        q.addressee_name,
        q.via,
        q.speaker_key,
        q.addressee_key,
        q.continues_id(article.id),
    )


def _mention_from(row: sqlite3.Row, prefix: str) -> Mention | None:
    if row[f"{prefix}_text"] is None:
        return None
    return Mention(row[f"{prefix}_text"], row[f"{prefix}_start"], row[f"{prefix}_end"])


def quote_from_row(row: sqlite3.Row) -> Quote:
    return Quote(
        kind=row["kind"],
        text=row["text"],
        start=row["char_start"],
        end=row["char_end"],
        cue=_mention_from(row, "cue"),
        speaker=_mention_from(row, "speaker"),
        speaker_name=row["speaker_name"],
        addressee=_mention_from(row, "addressee"),
        addressee_name=row["addressee_name"],
        via=row["via"],
        label=row["label"],
        speaker_key=row["speaker_entity"],
        addressee_key=row["addressee_entity"],
        continues=row["continues"],
    )


def fold(name: str | None) -> str:
    """A name as entity look-ups compare it: Python's `casefold`, spaces collapsed (SQLite's
    `lower()` folds ASCII only, PostgreSQL's depends on the collation: neither is used)."""
    return " ".join((name or "").casefold().split())


def _folded_names(name: str, aliases: Iterable[str]) -> str:
    """`article_entities.folded`: the folded name and aliases as a JSON list, so one
    `instr(folded, '"name"')` finds a whole name."""
    return _dumps(sorted({fold(name), *(fold(a) for a in aliases)} - {""}))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _article_row(a: Article) -> tuple:
    return (
        a.id,
        a.source,
        a.kind,
        a.external_id,
        a.url,
        a.outlet,
        a.title,
        a.byline,
        a.published,
        a.language,
        a.status,
        a.extractor,
        a.text,
        _dumps(a.metadata),
    )


def article_from_row(row: sqlite3.Row) -> Article:
    d = dict(row)
    d["metadata"] = json.loads(d["metadata"])
    return Article(**d)


#: A quote or event written again (same id) gets the new values.
_QUOTE_UPSERT = _upsert("quotes", QUOTE_COLUMNS)
_EVENT_UPSERT = _upsert("events", _EVENT_COLUMNS)
