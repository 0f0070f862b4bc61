from __future__ import annotations

import sqlite3

import pytest
from store_support import (
    entities_are_found_by_one_rule,
    host_outlet_is_named,
    moved_story_is_removed,
)
from store_support import pair as _pair

from newsgraph.records import Removal
from newsgraph.store import Store, StoreError


def test_add_is_idempotent_and_keeps_raw(tmp_path):
    with Store(tmp_path / "n.db") as store:
        article, raw = _pair()
        assert store.add_article(article, raw) is True
        assert store.add_article(article, raw) is False
        assert store.counts()["articles"] == 1
        got = store.get_article(article.id)
        assert got.text == article.text and got.title == "A title"
        assert got.removals == [Removal(0, 4, "Skip", "navigation")]
        back = store.get_raw(article.id)
        assert back.content == raw.content and back.fields == {"k": "v"}


def test_wal_foreign_keys_and_schema_version(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.schema_version >= 2
    # Re-opening applies no migration twice.
    with Store(tmp_path / "n.db") as store:
        versions = [r[0] for r in store.db.execute("SELECT version FROM schema_migrations")]
        assert versions == sorted(set(versions))


def test_fts_search_follows_updates(tmp_path):
    with Store(tmp_path / "n.db") as store:
        article, raw = _pair("The ministers met in Castelmar on Thursday.")
        store.add_article(article, raw)
        assert [h[0] for h in store.search("castelmar")] == [article.id]
        article.text = "The ministers met in Portavel instead."
        article.removals = []
        store.replace_article(article)
        assert store.search("castelmar") == []
        assert [h[0] for h in store.search("portavel")] == [article.id]
        assert store.removals(article.id) == []
        with pytest.raises(ValueError, match="bad search query"):
            store.search('"unbalanced')


def test_failed_transaction_leaves_nothing(tmp_path):
    with Store(tmp_path / "n.db") as store:
        article, raw = _pair()
        # A removal that violates the schema (NULL text) aborts the whole article.
        article.removals = [Removal(0, 1, None, "x")]  # type: ignore[arg-type]
        with pytest.raises(sqlite3.IntegrityError):
            store.add_article(article, raw)
        assert store.counts()["articles"] == 0
        assert store.get_raw(article.id) is None
        article.removals = []  # the same article, valid, is stored: the failure undid it
        assert store.add_article(article, raw)
        assert store.counts()["articles"] == 1 and store.get_raw(article.id) is not None


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_resolve_id_prefix(dialect, tmp_path, request):
    target = request.getfixturevalue("pg_url") if dialect == "postgresql" else tmp_path / "n.db"
    with Store(target) as store:
        a1, r1 = _pair("first")
        a2, r2 = _pair("second")
        store.add_article(a1, r1)
        store.add_article(a2, r2)
        assert store.resolve_id(a1.id[:6]) == a1.id
        assert store.resolve_id("") is None  # ambiguous
        assert store.resolve_id("zzzz") is None


def test_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(bad)


def test_quote_written_twice_keeps_one_row_and_its_index(tmp_path):
    """A quote id written again takes the new values (ON CONFLICT … DO UPDATE) and the FTS5
    index over quotes follows it."""
    from newsgraph.records import Mention, Quote
    from newsgraph.store import browse

    with Store(tmp_path / "n.db") as store:
        article, raw = _pair("Quill said the harbour talks stalled.")
        first = Quote("indirect", "harbour talks stalled", 15, 36, speaker=Mention("Quill", 0, 5))
        again = Quote("indirect", "harbour talks stalled", 15, 36, speaker=Mention("Quill", 0, 5))
        again.speaker_name = "Marta Quill"
        article.quotes = [first, again]
        store.add_article(article, raw)
        assert [q.speaker_name for _, _, q in store.quotes()] == ["Marta Quill"]
        assert browse.list_quotes(store, query="harbour").total == 1
        assert browse.list_quotes(store, query="marta").total == 1
        store.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_quote_continues_round_trip(tmp_path):
    """`continues` (the earlier part of a quotation split by its cue) is stored as that part's
    id and read back as it; a quote that starts its own reads back None."""
    from newsgraph.records import Quote

    text = '"We will rebuild," Quill said. "The cranes come in March."'
    with Store(tmp_path / "n.db") as store:
        article, raw = _pair(text)
        a = Quote("direct", "We will rebuild", 1, 16)
        b = Quote("direct", "The cranes come in March.", 32, 57, continues=(1, 16, "direct"))
        article.quotes = [a, b]
        store.add_article(article, raw)
        got = {qid: q for qid, _, q in store.quotes(article_id=article.id)}
        assert got[a.id_for(article.id)].continues is None
        assert got[b.id_for(article.id)].continues == a.id_for(article.id)
        assert got[b.id_for(article.id)].continues_id(article.id) == a.id_for(article.id)
        assert [q.continues for _, _, q in store.all_quotes()] == [None, a.id_for(article.id)]


def test_a_story_whose_articles_all_moved_is_removed(tmp_path):
    with Store(tmp_path / "n.db") as store:
        moved_story_is_removed(store)


def test_an_outlet_stored_under_its_host_is_named(tmp_path):
    with Store(tmp_path / "n.db") as store:
        host_outlet_is_named(store)


#: Three times of one day: as strings they sort C, B, A; as instants A (14:00 UTC) is last.
TIMES = {
    "A": "2026-03-05T09:00:00-05:00",
    "B": "2026-03-05T12:00:00+00:00",
    "C": "2026-03-05T13:30:00+00:00",
}


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_published_times_sort_as_instants(dialect, tmp_path, request):
    """Every order by publication time (the web's lists, a story's first and last date, its
    articles) compares instants, not the strings of times with other offsets."""
    from newsgraph.records import Quote
    from newsgraph.store import browse

    target = request.getfixturevalue("pg_url") if dialect == "postgresql" else tmp_path / "n.db"
    with Store(target) as store:
        ids = {}
        for name, published in TIMES.items():
            article, raw = _pair(f'Report {name}: "the port is shut," she said.')
            article.published = published
            article.quotes = [Quote("direct", "the port is shut,", 11, 28)]
            store.add_article(article, raw)
            ids[article.id] = name
        store.save_stories({}, {"s-one": sorted(ids)}, {"s-one": "Port"}, [])

        newest = [ids[a["id"]] for a in browse.list_articles(store).items]
        assert newest == ["A", "C", "B"]
        quoted = [ids[q["article"]] for q in browse.list_quotes(store).items]
        assert quoted == ["A", "C", "B"]
        oldest = [ids[a["id"]] for a in browse.articles_by_id(store, list(ids))]
        assert oldest == ["B", "C", "A"]
        [story] = browse.list_stories(store).items
        assert (story["first_published"], story["last_published"]) == (TIMES["B"], TIMES["A"])
        [summary] = browse.story_summaries(store)
        assert summary.last == TIMES["A"]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_supersede_keeps_the_text_and_moves_the_versions(dialect, tmp_path, request):
    """A stored stub made a version of a fuller text: no analysis, out of its story, its raw
    input kept; a version of it becomes a version of the fuller one."""
    from newsgraph.records import Quote

    target = request.getfixturevalue("pg_url") if dialect == "postgresql" else tmp_path / "n.db"
    with Store(target) as store:
        stub, raw_stub = _pair('Teaser: "the port is shut," she said.')
        stub.quotes = [Quote("direct", "the port is shut,", 9, 26)]
        copy, raw_copy = _pair("Teaser, saved again.")
        copy.status, copy.metadata = "superseded", {"version_of": stub.id}
        full, raw_full = _pair("The full report, much longer than the teaser was.")
        for article, raw in ((stub, raw_stub), (copy, raw_copy), (full, raw_full)):
            store.add_article(article, raw)
        store.save_stories({}, {"s-one": [stub.id]}, {}, [])
        assert store.supersede(stub.id, full.id) == [stub.id, copy.id]
        for article_id in (stub.id, copy.id):
            kept = store.get_article(article_id)
            assert kept.status == "superseded" and kept.metadata["version_of"] == full.id
            assert store.get_raw(article_id) is not None
        assert store.get_article(stub.id).text.startswith("Teaser:")
        assert store.quotes(article_id=stub.id) == [] and store.story_records() == []
        assert store.insertion_order() == [stub.id, copy.id, full.id]


def test_folded_names_are_filled_on_open(tmp_path):
    """A store whose entities were stored before migration 10 gets their folded names."""
    with Store(tmp_path / "n.db") as store:
        entities_are_found_by_one_rule(store)
        store.db.execute("UPDATE entities SET folded = NULL")
        store.db.execute("UPDATE article_entities SET folded = NULL")
    with Store(tmp_path / "n.db") as store:
        assert store.find_entity_keys("élodie vantrask") == ["person:elodie-vantrask"]
        assert store.find_entity_keys("the master") == ["person:ilse-tarrow"]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_entities_are_found_by_one_rule(dialect, tmp_path, request):
    target = request.getfixturevalue("pg_url") if dialect == "postgresql" else tmp_path / "n.db"
    with Store(target) as store:
        entities_are_found_by_one_rule(store)


def test_a_newer_schema_is_refused(tmp_path):
    """A store a newer newsgraph migrated is not opened (nor written) by this one."""
    from newsgraph.store.migrations import latest_version

    with Store(tmp_path / "n.db") as store:
        store.db.execute(
            "INSERT INTO schema_migrations VALUES (?, 'from the future', '')",
            (latest_version() + 1,),
        )
    with pytest.raises(StoreError) as e:
        Store(tmp_path / "n.db")
    message = str(e.value)
    assert "\n" not in message
    assert f"schema version {latest_version() + 1}" in message
    assert f"({latest_version()})" in message


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_articles_without_seq_are_numbered_on_open(dialect, tmp_path, request):
    """Rows an older newsgraph inserted without `seq` are numbered after the others."""
    target = request.getfixturevalue("pg_url") if dialect == "postgresql" else tmp_path / "n.db"
    first, second, third = (_pair(f"Report number {n} on the harbour.") for n in range(3))
    with Store(target) as store:
        store.add_article(*first)
        store.add_article(*second)
        store.db.execute("UPDATE articles SET seq = NULL WHERE id = ?", (first[0].id,))
    with Store(target) as store:
        store.add_article(*third)
        assert store.insertion_order() == [second[0].id, first[0].id, third[0].id]
        seqs = [r[0] for r in store.db.execute("SELECT seq FROM articles ORDER BY seq")]
        assert None not in seqs and len(set(seqs)) == 3


def test_postgresql_numbers_concurrent_inserts_apart(pg_url):
    """Two writers inserting at once get different `seq` (a sequence, not max + 1)."""
    one, two = _pair("The first writer's report."), _pair("The second writer's report.")
    with Store(pg_url) as a, Store(pg_url) as b:
        a.db.execute("BEGIN")
        a.db.execute(
            "INSERT INTO articles (id, source, kind, status, extractor, text, metadata, "
            "pipeline_version, ingested_at, seq) VALUES (?, 'a.txt', 'text', 'analysed', "
            f"'plain', ?, '{{}}', '0', '', {a.dialect.next_seq})",
            (one[0].id, one[0].text),
        )
        b.add_article(*two)  # commits while the first is still open
        a.db.execute("COMMIT")
        seqs = [r[0] for r in a.db.execute("SELECT seq FROM articles")]
        assert len(seqs) == 2 and len(set(seqs)) == 2
