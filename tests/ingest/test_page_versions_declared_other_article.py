"""A page that declares another page of its site as its canonical URL is a version of it only
when its text is that page's article: page 2 of a paginated article (`?page=2`, `/2`)
declaring page 1, a recurring column whose CMS gives every day's letters the section's URL,
or another article a CMS bug gives the same canonical, is a report of its own, whichever
came first, on a fresh run, on the next run over a store and on `reprocess`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_versions_support import keys_by_input_url

from newsgraph import pipeline
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.pipeline import SUPERSEDED, ingest, reprocess
from newsgraph.store import Store

SITE = "https://varnholm-courier.example"
PAGE1 = f"{SITE}/politics/2026/04/01/bridge-plan"
TITLE = "Varnholm bridge plan delayed again"
FIRST = [
    "The Varnholm council postponed its vote on the harbour bridge on Tuesday, the third delay "
    "since the plan was unveiled two winters ago, after engineers questioned the cost of the "
    "foundations on the northern bank.",
    "Mayor Oda Kressen told councillors the city could not sign a contract whose price might "
    "rise by a third before the first pile was driven, and asked for an independent survey of "
    "the riverbed before the summer recess.",
    "Opposition members accused her of stalling a project that shopkeepers on the southern "
    "quay have demanded for a decade, pointing to the ferry queues that stretch past the fish "
    "market every weekday morning.",
]
SECOND = [
    "Ferry operators, for their part, welcomed the pause. Their association said a bridge "
    "would end crossings that employ ninety people and have run without a break since the "
    "nineteen twenties.",
    "Residents of the northern bank were divided. A petition for the bridge collected four "
    "thousand signatures in a month, while a smaller group fears heavy lorries on the narrow "
    "lanes around the old chapel.",
    "The survey is expected to take eleven weeks. If its findings are favourable, the council "
    "could return to the question in the autumn, when next year's budget is also debated.",
]
LETTERS_MONDAY = [
    "Sir, the closure of the library on Thursdays leaves pupils with nowhere quiet to study "
    "after school. Surely the reading room could stay open with volunteers, as it did when "
    "the roof was repaired.",
    "Sir, I was delighted to see the swans back on the mill pond this spring. Whoever cleared "
    "the reeds last autumn deserves our thanks, and perhaps a bench in their honour.",
]
LETTERS_TUESDAY = [
    "Sir, your report on parking charges overlooked the nurses who start their shifts before "
    "the buses run. A permit for night workers would cost the council very little indeed.",
    "Sir, the new timetable for the number nine bus has added twenty minutes to my journey to "
    "the hospital. Could the operator explain why the stop outside the clinic was dropped?",
]


def html(title: str, paras: list[str], canonical: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html><head><title>{title}</title><link rel="canonical" '
        f'href="{canonical}"></head><body><article><h1>{title}</h1>{body}</article></body></html>'
    )


def write(path: Path, records: list[tuple[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps({"url": url, "html": page}) + "\n" for url, page in records),
        encoding="utf-8",
    )
    return path


def run(db: Path, path: Path) -> pipeline.RunSummary:
    with Store(db) as store:
        return ingest(store, iter_inputs([str(path)], IngestOptions()))


def statuses(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {a.url: a.status for a in store.iter_articles()}


def stored_before_declared_urls(tmp_path: Path, monkeypatch, records: list) -> None:
    """`records` stored as a run before page keys read the declared URL stored them."""
    with keys_by_input_url(monkeypatch):
        run(tmp_path / "n.db", write(tmp_path / "in.jsonl", records))


PAGINATED = [
    (PAGE1, html(TITLE, FIRST, PAGE1)),
    (f"{PAGE1}?page=2", html(TITLE, SECOND, PAGE1)),
]
PATH_PAGE = [
    (PAGE1, html(TITLE, FIRST, PAGE1)),
    (f"{PAGE1}/2", html(TITLE, SECOND, PAGE1)),
]
COLUMN = [
    (f"{SITE}/opinion/2026/04/06/letters", html("Letters", LETTERS_MONDAY, f"{SITE}/opinion")),
    (f"{SITE}/opinion/2026/04/07/letters", html("Letters", LETTERS_TUESDAY, f"{SITE}/opinion")),
]
CMS_BUG = [
    (f"{SITE}/news/4410", html("Council news", FIRST, f"{SITE}/news/4410")),
    (f"{SITE}/news/4411", html("Council news", LETTERS_TUESDAY, f"{SITE}/news/4410")),
]
CASES = {"page-query": PAGINATED, "page-path": PATH_PAGE, "column": COLUMN, "cms": CMS_BUG}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("order", [1, -1])
def test_another_article_declaring_the_url_is_a_report_of_its_own(tmp_path, case, order):
    path = write(tmp_path / "in.jsonl", CASES[case][::order])
    summary = run(tmp_path / "n.db", path)
    assert summary.ingested == 2 and summary.versions == 0 and not summary.demoted
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}
    again = run(tmp_path / "n.db", path)  # reading the inputs again changes nothing
    assert again.ingested == 0 and again.duplicates == 2 and not again.demoted
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}


@pytest.mark.parametrize("order", [1, -1])
def test_pages_stored_by_two_runs_stay_two_reports_and_reprocess_keeps_them(tmp_path, order):
    records = PAGINATED[::order]
    for n, record in enumerate(records):
        run(tmp_path / "n.db", write(tmp_path / f"{n}.jsonl", [record]))
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}
    with Store(tmp_path / "n.db") as store:
        summary = reprocess(store, store.insertion_order())
    assert not summary.demoted and summary.versions == 0, summary.line()
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}


@pytest.mark.parametrize("page_one_at", [0, 1])
def test_a_page_fetched_again_is_still_a_version_of_itself(tmp_path, page_one_at):
    """Page 2 keyed by its own URL when page 1's text is another article's: a fuller fetch
    of page 2 later takes over the first (a cut save), as on a page declaring nothing,
    whether page 1 came before the cut save or after it; `reprocess` ends the same."""
    cut = (f"{PAGE1}?page=2", html(TITLE, [SECOND[0][:80]], PAGE1))
    records = [cut, PAGINATED[1]]
    records.insert(page_one_at, PAGINATED[0])
    summary = run(tmp_path / "n.db", write(tmp_path / "in.jsonl", records))
    assert summary.ingested == 3 and len(summary.demoted) == 1, summary.line()

    def got() -> list[tuple[str, int]]:
        with Store(tmp_path / "n.db") as store:
            return sorted((a.status, len(a.text)) for a in store.iter_articles())

    assert [s for s, _ in got()] == ["analysed", "analysed", SUPERSEDED]
    assert got()[-1][1] < 100
    before = got()
    with Store(tmp_path / "n.db") as store:
        again = reprocess(store, store.insertion_order())
    assert not again.demoted and again.versions == 1, again.line()
    assert got() == before


def test_a_store_before_declared_urls_is_not_merged_by_the_next_run(tmp_path, monkeypatch):
    """A store holding page 1 and page 2 as reports (made before page keys read the declared
    URL): the next run's repair leaves them so."""
    stored_before_declared_urls(tmp_path, monkeypatch, PAGINATED)
    other = write(
        tmp_path / "other.jsonl",
        [(f"{SITE}/sport/regatta", html("Regatta", LETTERS_MONDAY, f"{SITE}/sport/regatta"))],
    )
    summary = run(tmp_path / "n.db", other)
    assert summary.ingested == 1 and not summary.demoted, summary.line()
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}


def test_reprocess_of_a_store_before_declared_urls_keeps_both_pages(tmp_path, monkeypatch):
    """`reprocess` plans the versions again (`plan_versions`) with the declared URLs: page 2
    stays a report there too."""
    stored_before_declared_urls(tmp_path, monkeypatch, PAGINATED[::-1])
    with Store(tmp_path / "n.db") as store:
        summary = reprocess(store, store.insertion_order())
    assert summary.ingested == 2 and summary.versions == 0, summary.line()
    assert set(statuses(tmp_path / "n.db").values()) == {"analysed"}
