"""`Dialect.article_search(where=…)`: a condition on `articles a` is part of the ranked search
itself on both engines, so its rows keep the engine's best-first order, a LIMIT cuts only
rows that meet it, and its count counts only them. Text written for this test."""

from __future__ import annotations

from store_support import pair

from newsgraph.store import Store


def _stored(store: Store) -> dict[str, str]:
    """Four articles, three on a bridge: another outlet's ranks first."""
    rows = [
        ("Tollway Herald", "Bridge, bridge, bridge: the bridge closed and the bridge reopened."),
        (
            "Quarry Gazette",
            "The bridge closed; engineers said the bridge was sound, the bridge fine.",
        ),
        ("Quarry Gazette", "Traffic crossed the river by the bridge at dawn and again at dusk."),
        ("Tollway Herald", "Ferries ran all night while the river rose."),
    ]
    outlet_of = {}
    for outlet, text in rows:
        article, raw = pair(text, title=f"{outlet} report")
        article.outlet = outlet
        store.add_article(article, raw)
        outlet_of[article.id] = outlet
    return outlet_of


def _search(store: Store, where: str, args: list[str], limit: int) -> tuple[list[str], int]:
    rows, count = store.dialect.article_search("a.id", "[", "]", 8, where)
    match = store.dialect.fts_query("bridge")
    ids = [r[0] for r in store.db.execute(f"{rows} LIMIT ?", [match, *args, limit]).fetchall()]
    return ids, store.db.execute(count, [match, *args]).fetchone()[0]


def test_a_condition_holds_before_the_limit_in_rank_order(either_engine):
    with Store(either_engine) as store:
        outlet_of = _stored(store)
        every, total = _search(store, "", [], 10)
        assert total == 3 and outlet_of[every[0]] == "Tollway Herald"
        kept, counted = _search(store, "a.outlet = ?", ["Quarry Gazette"], 1)
        assert counted == 2
        # the first of that outlet's hits in the unconditioned order, not any of them
        assert kept == [next(i for i in every if outlet_of[i] == "Quarry Gazette")]
        both, _ = _search(store, "a.outlet = ?", ["Quarry Gazette"], 10)
        assert both == [i for i in every if outlet_of[i] == "Quarry Gazette"]


def test_a_condition_nothing_meets_gives_no_rows_and_a_zero_count(either_engine):
    with Store(either_engine) as store:
        _stored(store)
        assert _search(store, "1 = 0", [], 5) == ([], 0)
