from __future__ import annotations

import sqlite3

import pytest
from store_support import host_outlet_is_named, moved_story_is_removed
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
