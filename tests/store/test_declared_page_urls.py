"""`Store.article_urls` gives each article the URL its page declares (`metadata.extracted.url`:
rel=canonical, og:url), read in SQL on both databases, so the pipeline's page key can name an
AMP edition's page without loading every article's metadata."""

from __future__ import annotations

import pytest
from store_support import pair

from newsgraph import pipeline
from newsgraph.records import RawItem
from newsgraph.store import Store

MAIN = "https://ostrel-courier.example/port/2026/05/04/crane-strike"
AMP = "https://ostrel-courier.example/port/2026/05/04/crane-strike/amp"
TITLE = "Crane drivers strike at Ostrel port"
TEXT = (
    "Crane drivers at the port of Ostrel walked out on Monday over a new shift rota, leaving "
    "four container ships waiting in the roads, the port company said."
)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "n.db")
    return request.getfixturevalue("pg_url")


def test_article_urls_give_the_declared_url(target):
    with Store(target) as store:
        amp, raw = pair(TEXT, title=TITLE)
        amp.url, amp.metadata = AMP, {"extracted": {"url": MAIN, "title": TITLE}}
        plain, plain_raw = pair(TEXT + " Talks resume on Friday.", title=TITLE)
        plain.url = "https://ostrel-courier.example/port/other"  # declares nothing
        store.add_article(amp, raw)
        store.add_article(plain, plain_raw)
        rows = {r[0]: r for r in store.article_urls()}
        assert rows[amp.id][1] == AMP and rows[amp.id][5] == MAIN
        assert rows[plain.id][5] is None


def test_amp_edition_is_a_version_of_the_page_it_declares(target):
    """The pipeline on either database: the AMP edition stored first is taken over by the
    fuller canonical page that a later run brings (the stored row's declared URL is read
    back from the store, not from this run's memory)."""
    stub_html = (
        f'<html><head><title>{TITLE}</title><link rel="canonical" href="{MAIN}"></head>'
        f"<body><article><h1>{TITLE}</h1><p>{TEXT[:120]}</p></article></body></html>"
    )
    more = " ".join(
        f"Paragraph {n}: the port company said the rota had been agreed with the unions in "
        "March and that talks would resume on Friday."
        for n in range(1, 6)
    )
    full_html = stub_html.replace(f"<p>{TEXT[:120]}</p>", f"<p>{TEXT}</p><p>{more}</p>")
    stub = RawItem(source="amp", kind="html", content=stub_html.encode(), fields={"url": AMP})
    full = RawItem(source="main", kind="html", content=full_html.encode(), fields={"url": MAIN})
    with Store(target) as store:
        pipeline.ingest(store, [stub])
    with Store(target) as store:
        summary = pipeline.ingest(store, [full])
        assert summary.demoted == [stub.id], summary.line()
        assert store.get_article(stub.id).metadata["version_of"] == full.id
        assert store.get_article(full.id).status == "analysed"


@pytest.mark.parametrize("page_two_first", [False, True])
def test_page_two_declaring_page_one_stays_a_report_of_its_own(target, page_two_first):
    """Page 2 of a paginated article declares page 1 as its canonical URL; its text is
    another part of the article, not a version of page 1: on either database, whichever of
    the two a run stores first, the next run (reading the first back from the store) keeps
    both as reports."""
    second = (
        "Dock workers at the container terminal said they would join the crane drivers on "
        "Thursday unless the port company withdrew the rota, and the harbour master warned "
        "that a longer stoppage would divert ships to the southern ports within a week."
    )
    page1 = f'<html><head><title>{TITLE}</title><link rel="canonical" href="{MAIN}"></head>'
    page1 += f"<body><article><h1>{TITLE}</h1><p>{TEXT}</p></article></body></html>"
    page2 = page1.replace(f"<p>{TEXT}</p>", f"<p>{second}</p>")
    one = RawItem(source="p1", kind="html", content=page1.encode(), fields={"url": MAIN})
    two = RawItem(
        source="p2", kind="html", content=page2.encode(), fields={"url": f"{MAIN}?page=2"}
    )
    for raw in [two, one] if page_two_first else [one, two]:
        with Store(target) as store:
            summary = pipeline.ingest(store, [raw])
            assert summary.versions == 0 and not summary.demoted, summary.line()
    with Store(target) as store:
        assert [a.status for a in store.iter_articles()] == ["analysed"] * 2


def test_a_nul_in_an_input_field_does_not_stop_the_read(target):
    """An input field kept in `metadata` may hold a NUL (`\\u0000` in the JSON text), which
    PostgreSQL's JSON types refuse: the read of the stored pages that every ingest run starts
    with must still work, the other rows keeping their declared URL."""
    with Store(target) as store:
        odd, raw = pair(TEXT, title=TITLE)
        odd.url, odd.metadata = f"{MAIN}/odd", {"note": "tab\x00stop", "extracted": {"url": MAIN}}
        amp, amp_raw = pair(TEXT + " Talks resume on Friday.", title=TITLE)
        amp.url, amp.metadata = AMP, {"extracted": {"url": MAIN}}
        store.add_article(odd, raw)
        store.add_article(amp, amp_raw)
        rows = {r[0]: r for r in store.article_urls()}
        assert rows[amp.id][5] == MAIN and rows[odd.id][1] == f"{MAIN}/odd"
