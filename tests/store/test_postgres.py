"""The store on PostgreSQL: the same schema and behaviour as on SQLite, against a real server
(the `pg_server` fixture in conftest.py starts one, or the tests skip saying why)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_support import host_outlet_is_named, moved_story_is_removed
from store_support import pair as _pair

from newsgraph.cli import main
from newsgraph.records import Removal
from newsgraph.store import Store, StoreError, browse
from newsgraph.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"


def test_all_migrations_apply(pg_url):
    with Store(pg_url) as store:
        assert store.dialect.name == "postgresql"
        assert store.schema_version == MIGRATIONS[-1][0]
        columns = dict(
            store.db.execute(
                "SELECT table_name || '.' || column_name, data_type "
                "FROM information_schema.columns WHERE table_schema = current_schema()"
            ).fetchall()
        )
        assert columns["raw_inputs.content"] == "bytea"
        assert columns["entities.lat"] == "double precision"
        assert columns["articles.search"] == columns["quotes.search"] == "tsvector"
        indexes = {r[0] for r in store.db.execute("SELECT indexname FROM pg_indexes")}
        assert {"articles_search", "quotes_search", "events_key"} <= indexes
    # Re-opening applies no migration twice.
    with Store(pg_url) as store:
        versions = [r[0] for r in store.db.execute("SELECT version FROM schema_migrations")]
        assert sorted(versions) == [m[0] for m in MIGRATIONS]


def test_add_is_idempotent_and_keeps_raw(pg_url):
    with Store(pg_url) as store:
        article, raw = _pair()
        assert store.add_article(article, raw) is True
        assert store.add_article(article, raw) is False
        assert store.counts() == {"articles": 1, "not_analysed": 0, "failures": 0}
        got = store.get_article(article.id)
        assert got.text == article.text and got.title == "A title"
        assert got.removals == [Removal(0, 4, "Skip", "navigation")]
        back = store.get_raw(article.id)
        assert back.content == raw.content and back.fields == {"k": "v"}
        store.record_failure("bad.txt", "empty")
        store.record_failure("worse.txt", "binary")
        assert store.counts()["failures"] == 2


def test_failed_transaction_leaves_nothing(pg_url):
    import psycopg

    with Store(pg_url) as store:
        article, raw = _pair()
        article.removals = [Removal(0, 1, None, "x")]  # type: ignore[arg-type]
        with pytest.raises(psycopg.IntegrityError):
            store.add_article(article, raw)
        assert store.counts()["articles"] == 0
        assert store.get_raw(article.id) is None
        # The connection is usable after the rollback.
        article.removals = []
        assert store.add_article(article, raw) is True


def test_search_follows_updates(pg_url):
    with Store(pg_url) as store:
        article, raw = _pair("The ministers met in Castelmar on Thursday.")
        store.add_article(article, raw)
        hits = store.search("castelmar")
        assert [h[0] for h in hits] == [article.id]
        assert "[Castelmar]" in hits[0][2]
        assert [h[0] for h in store.search("castel*")] == [article.id]
        assert [h[0] for h in store.search('"met in castelmar"')] == [article.id]
        assert store.search('"castelmar met"') == []
        assert store.search("castelmar NOT ministers") == []
        article.text = "The ministers met in Portavel instead."
        article.removals = []
        store.replace_article(article)
        assert store.search("castelmar") == []
        assert [h[0] for h in store.search("portavel OR nowhere")] == [article.id]
        with pytest.raises(ValueError, match="bad search query"):
            store.search('"unbalanced')


def test_unreachable_server_is_a_store_error(pg_server):
    with pytest.raises(StoreError, match="cannot connect") as info:
        Store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(info.value)


def test_data_version_sees_writes(pg_url):
    watch = browse.DataVersion(pg_url)
    try:
        assert watch.changed() is True
        with Store(pg_url) as store:
            store.add_article(*_pair())
        assert watch.changed() is True
    finally:
        watch.close()


# -- the example corpus through both stores ---------------------------------------------------


@pytest.fixture(scope="module")
def both_stores(pg_server, tmp_path_factory) -> dict[str, Path | str]:
    """`newsgraph analyze examples/corpus` into SQLite and into PostgreSQL.

    Extraction and analysis run once and both runs get copies of the same articles, so the
    comparison tests the stores, not whether the analysers changed between two runs.
    """
    import psycopg

    from newsgraph import pipeline

    name = "newsgraph_test_corpus"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    pg = pg_server.rsplit("/", 1)[0] + "/" + name
    root = tmp_path_factory.mktemp("corpus")
    real, done = pipeline.process, {}

    def once(item):
        if item.id not in done:
            done[item.id] = real(item)
        return copy.deepcopy(done[item.id])

    mp = pytest.MonkeyPatch()
    mp.setattr(pipeline, "process", once)
    try:
        out = {}
        for label, db in (("sqlite", root / "n.db"), ("postgresql", pg)):
            result = CliRunner().invoke(
                main, ["analyze", str(CORPUS), "--db", str(db), "--out", str(root / label)]
            )
            assert result.exit_code == 0, result.output
            out[label] = db
    finally:
        mp.undo()
    out["root"] = root
    yield out
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_corpus_exports_are_identical(both_stores):
    root = both_stores["root"]
    a, b = root / "sqlite", root / "postgresql"
    doc = json.loads((a / "export.json").read_text())
    assert doc["articles"] and doc["quotes"] and doc["entities"] and doc["events"]
    assert doc["stories"]
    assert (a / "export.json").read_bytes() == (b / "export.json").read_bytes()
    dossiers = sorted(p.name for p in (a / "dossiers").iterdir())
    assert dossiers and dossiers == sorted(p.name for p in (b / "dossiers").iterdir())
    for name in dossiers:
        assert (a / "dossiers" / name).read_bytes() == (b / "dossiers" / name).read_bytes(), name


def test_cli_export_reads_postgresql(both_stores):
    runner = CliRunner()
    outs = [
        runner.invoke(main, ["export", "--db", str(both_stores[k])]).output
        for k in ("sqlite", "postgresql")
    ]
    assert outs[0] == outs[1] and json.loads(outs[0])["articles"]


def _browse_all(store: Store) -> dict:
    """Every paginated read the web uses, with filters, as plain data to compare."""
    arts = browse.list_articles(store, limit=200)
    first = arts.items[0]
    entities = browse.list_entities(store, limit=200)
    top = entities.items[0]["id"]
    stories = browse.list_stories(store, limit=200)
    speaker = next(
        q["speaker"]["name"]
        for q in browse.list_quotes(store, limit=200).items
        if q["speaker"] and q["speaker"]["name"]
    )
    return {
        "articles": arts,
        "by_outlet": browse.list_articles(store, outlet=first["outlet"], since="2025-03-01"),
        "by_entity": browse.list_articles(store, entity=top, until="2025-03"),
        "meta": browse.article_meta(store, [a["id"] for a in arts.items]),
        "outlets": browse.outlets(store),
        "quotes": browse.list_quotes(store, limit=200),
        "quotes_by_speaker": browse.list_quotes(store, speaker=speaker[:4].lower()),
        "quotes_by_names": browse.list_quotes(
            store, speaker=speaker, names=browse.speaker_names(store)
        ),
        "count_quotes": browse.count_quotes(store),
        "speakers": sorted(browse.speaker_names(store)),
        "stories": stories,
        "stories_by_size": browse.list_stories(store, sort="size", outlet=first["outlet"]),
        "story": browse.story(store, stories.items[0]["id"]),
        "entities": entities,
        "entities_filtered": browse.list_entities(store, type="PERSON", name="a"),
        "entity": browse.entity(store, top),
        "entity_counts": browse.entity(store, top, with_mentions=False),
        "find": browse.find_entity(store, entities.items[0]["name"].upper()),
        "cooccurring": browse.cooccurring(store, top),
        "events": browse.list_events(store, limit=200),
        "events_filtered": browse.list_events(store, type="consult", country="XXX"),
        "entity_events": browse.entity_events(store, top),
        "places": browse.event_places(store),
        "by_id": browse.articles_by_id(store, [a["id"] for a in arts.items[:3]]),
    }


def test_browse_reads_agree(both_stores):
    with Store(both_stores["sqlite"]) as lite, Store(both_stores["postgresql"]) as pg:
        assert _browse_all(lite) == _browse_all(pg)


def test_search_finds_the_same_articles(both_stores):
    with Store(both_stores["sqlite"]) as lite, Store(both_stores["postgresql"]) as pg:
        for query in ("minister", "trade OR fishing", '"trade pact"', "stra*", "talks NOT trade"):
            a = browse.search_articles(lite, query, limit=200)
            b = browse.search_articles(pg, query, limit=200)
            assert a.total == b.total > 0, query
            # Ranking differs (bm25 against ts_rank): the same articles, not the same order.
            assert sorted(r["id"] for r in a.items) == sorted(r["id"] for r in b.items), query
            # Snippets come from the body: a match in the title alone marks nothing on either.
            marked = {r["id"] for r in a.items if browse.MATCH_START in r["snippet"]}
            assert marked == {r["id"] for r in b.items if browse.MATCH_START in r["snippet"]}
            qa = browse.list_quotes(lite, query=query, limit=200)
            qb = browse.list_quotes(pg, query=query, limit=200)
            assert qa == qb, query
        with pytest.raises(browse.QueryError):
            browse.search_articles(pg, "(unbalanced")


def test_quote_continues_round_trip(pg_url):
    from newsgraph.records import Quote

    text = '"We will rebuild," Quill said. "The cranes come in March."'
    with Store(pg_url) as store:
        article, raw = _pair(text)
        a = Quote("direct", "We will rebuild", 1, 16)
        b = Quote("direct", "The cranes come in March.", 32, 57, continues=(1, 16, "direct"))
        article.quotes = [a, b]
        store.add_article(article, raw)
        assert [q.continues for _, _, q in store.all_quotes()] == [None, a.id_for(article.id)]


def test_a_story_whose_articles_all_moved_is_removed(pg_url):
    with Store(pg_url) as store:
        moved_story_is_removed(store)


def test_an_outlet_stored_under_its_host_is_named(pg_url):
    with Store(pg_url) as store:
        host_outlet_is_named(store)
