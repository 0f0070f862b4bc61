"""`browse.search_articles(outlet=…)`: the outlet filter holds before the page is cut, on both
engines, so `articles --search Q --outlet O --limit N` gives N of O's hits when O has them, and
an outlet named in another case is the same outlet. Text written for this test."""

from __future__ import annotations

from store_support import pair

from newsgraph.store import Store
from newsgraph.store.browse import search_articles


def _stored(store: Store) -> dict[str, str]:
    """Three articles about a ferry: the other outlet's tells it most, so it ranks first."""
    rows = [
        ("Harbour Times", "The ferry, the ferry and the ferry again: ferry crews struck."),
        ("Dunmarra Daily", "A ferry left Dunmarra late on Monday."),
        ("Dunmarra Daily", "Crews said the ferry would sail again on Tuesday."),
    ]
    ids = {}
    for outlet, text in rows:
        article, raw = pair(text, title=f"{outlet}: ferry")
        article.outlet = outlet
        store.add_article(article, raw)
        ids[article.id] = outlet
    return ids


def test_outlet_filter_comes_before_the_limit(either_engine):
    with Store(either_engine) as store:
        outlet_of = _stored(store)
        every = search_articles(store, "ferry", limit=3)
        assert outlet_of[every.items[0]["id"]] == "Harbour Times"  # the top hit is another's
        page = search_articles(store, "ferry", limit=1, outlet="dunmarra daily")
        assert [outlet_of[r["id"]] for r in page.items] == ["Dunmarra Daily"]
        assert page.total == 2 and page.next_offset == 1
        rest = search_articles(store, "ferry", limit=1, offset=1, outlet="Dunmarra Daily")
        assert {page.items[0]["id"], rest.items[0]["id"]} == {
            i for i, o in outlet_of.items() if o == "Dunmarra Daily"
        }


def test_an_outlet_with_no_hits_gives_none(either_engine):
    with Store(either_engine) as store:
        _stored(store)
        page = search_articles(store, "ferry", outlet="Skarn Courier")
        assert page.items == [] and page.total == 0
        assert search_articles(store, "Monday", outlet="Harbour Times").items == []
