"""The pipeline's promises beyond the CLI: an analysis error never loses the article."""

from __future__ import annotations

import pytest

import newsgraph.analyse as analyse
from newsgraph.pipeline import ingest
from newsgraph.records import RawItem
from newsgraph.store import Store

TEXT = (
    "The harbour authority said on Tuesday that the port of Portavel would reopen on Friday "
    "after repairs to two cranes damaged in last week's storm."
)


def test_analysis_error_stores_the_article_and_warns(tmp_path, monkeypatch):
    def broken(article, doc):
        raise RuntimeError("component exploded")

    monkeypatch.setitem(analyse._REGISTRY, "quotes", broken)
    warnings = []
    raw = RawItem(source="a.txt", kind="text", content=TEXT.encode())
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [raw], on_warning=warnings.append)
        assert summary.ingested == 1 and summary.failed == 0
        assert "1 stored without analysis (error)" in summary.line()
        [warning] = warnings
        assert warning.source == "a.txt" and "component exploded" in warning.reason
        article = store.get_article(raw.id)
        assert article.text.startswith("The harbour authority")
        assert "component exploded" in article.metadata["analysis_error"]


def _host_pair() -> tuple[RawItem, RawItem]:
    """A page whose outlet has a name, and a scraped text from its host known only by its URL."""
    page = RawItem(
        source="p.json#1",
        kind="text",
        content=b"First report text " * 10,
        fields={"url": "https://www.harbour-times.example/a", "outlet": "Harbour Times"},
        container="jsonl",
    )
    scraped = RawItem(
        source="s.txt",
        kind="text",
        content=(TEXT + "\n\nOriginal url:\n\n<https://harbour-times.example/b>\n").encode(),
    )
    return page, scraped


@pytest.mark.parametrize("order", [1, -1], ids=["page first", "scraped text first"])
def test_outlet_known_only_by_host_takes_the_name_its_pages_give(tmp_path, order):
    page, scraped = _host_pair()
    with Store(tmp_path / "n.db") as store:
        ingest(store, [page, scraped][::order])
        assert store.get_article(scraped.id).outlet == "Harbour Times"


def test_a_later_run_names_an_outlet_stored_under_its_host(tmp_path):
    """The name reaches articles stored in an earlier run, so the order of runs does not matter."""
    page, scraped = _host_pair()
    with Store(tmp_path / "n.db") as store:
        ingest(store, [scraped])
        assert store.get_article(scraped.id).outlet == "harbour-times.example"
        ingest(store, [page])
        assert store.get_article(scraped.id).outlet == "Harbour Times"
