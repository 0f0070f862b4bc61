"""An AMP or print edition of a page fetched under its own URL names its page with
`rel=canonical` / `og:url`: it is a version of that page, not a second report (the fuller one
is the report whatever the order). A partner site's page whose canonical names the origin is
another publisher's copy: a report of its own."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from page_versions_support import keys_by_input_url
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph import pipeline
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.pipeline import SUPERSEDED, ingest, page_key
from newsgraph.store import Store

MAIN = "https://brackenpost.example/city/2026/03/02/tram-depot-fire"
AMP = "https://brackenpost.example/amp/city/2026/03/02/tram-depot-fire"
PARTNER = "https://lowfield-herald.example/news/tram-depot-fire"
TITLE = "Fire closes Bracken tram depot for a week"
PARAS = [
    "A fire at the Bracken tram depot on Monday night destroyed two carriages and closed the "
    "eastern line for at least a week, the city's transport office said on Tuesday.",
    "Firefighters reached the depot shortly after eleven o'clock and brought the blaze under "
    "control before dawn. Nobody was hurt, although a night cleaner was treated for smoke.",
    "The transport office said replacement buses would run every ten minutes between the "
    "harbour and the university, and that season tickets would be honoured on them.",
    "Investigators were examining a charging unit in the maintenance hall, where the fire is "
    "thought to have started, and the office said it would publish its findings next month.",
    "Drivers' representatives said they had warned about the charging units in January and "
    "asked the city to replace them before the summer timetable begins.",
    "The eastern line carries about forty thousand passengers on a working day, according to "
    "the transport office's figures for last year.",
]
#: The paywalled save stops mid-sentence in the fourth paragraph.
CUT = PARAS[3][: PARAS[3].index(" and the office")]


def page(paras: list[str], *, paywall: bool = False, site: str = "The Bracken Post") -> bytes:
    """An article page whose canonical URL is MAIN."""
    gate = (
        '<div class="paywall"><p>Subscribe to continue reading.</p>'
        "<p>You have reached your limit of free articles this month.</p></div>"
        if paywall
        else ""
    )
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><title>{TITLE} | {site}</title>"
        f'<link rel="canonical" href="{MAIN}">'
        f'<meta property="og:site_name" content="{site}"></head><body><article>'
        f'<h1>{TITLE}</h1><p class="byline">By Ilse Warren</p>{body}</article>{gate}'
        "</body></html>"
    ).encode()


STUB = page([*PARAS[:3], CUT], paywall=True)
FULL = page(PARAS)


def warc(records: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for uri, body in records:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buf.getvalue()


def run(db: Path, *paths: Path) -> pipeline.RunSummary:
    with Store(db) as store:
        return ingest(store, iter_inputs([str(p) for p in paths], IngestOptions()))


def states(db: Path) -> dict[str, tuple[str, str | None, int]]:
    """Each stored article's (status, version_of, text length), by its URL and length."""
    with Store(db) as store:
        return {
            a.id: (a.status, a.metadata.get("version_of"), len(a.text))
            for a in store.iter_articles()
        }


def one_report(got: dict[str, tuple[str, str | None, int]]) -> None:
    """The AMP copy (fuller) is the report; the paywalled save is its version."""
    assert len(got) == 2, got
    [(full_id, full)] = [(i, s) for i, s in got.items() if s[0] != SUPERSEDED]
    [stub] = [s for s in got.values() if s[0] == SUPERSEDED]
    assert full[2] > stub[2] and stub[1] == full_id


def test_page_key_takes_the_url_the_page_declares_on_its_own_site():
    assert page_key(AMP, None, TITLE, MAIN) == page_key(MAIN, None, TITLE)
    assert page_key(AMP, None, TITLE) != page_key(MAIN, None, TITLE)
    # another site's canonical is that site's page, not this one's
    assert page_key(PARTNER, None, TITLE, MAIN) == page_key(PARTNER, None, TITLE)
    # a canonical that names no page (the front page) leaves the input's URL
    assert page_key(AMP, None, TITLE, "https://brackenpost.example/") == page_key(AMP, None, TITLE)
    # a page with no URL of its own is known by the one it declares
    assert page_key(None, None, TITLE, MAIN) == page_key(MAIN, None, TITLE)


@pytest.mark.parametrize("stub_first", [True, False])
def test_amp_copy_in_a_warc_is_a_version_of_its_canonical_page(tmp_path, stub_first):
    records = [(MAIN, STUB), (AMP, FULL)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc(records if stub_first else records[::-1]))
    summary = run(tmp_path / "n.db", path)
    assert summary.ingested == 2 and summary.versions == 1, summary.line()
    one_report(states(tmp_path / "n.db"))
    # reading the archive again stores nothing and changes nothing
    before = states(tmp_path / "n.db")
    again = run(tmp_path / "n.db", path)
    assert again.ingested == 0 and again.duplicates == 2
    assert states(tmp_path / "n.db") == before


@pytest.mark.parametrize("stub_first", [True, False])
def test_fetched_pages_stub_and_amp_copy_in_either_order(tmp_path, stub_first):
    """The two pages as fetched (each JSON record names the URL it was fetched from), stored
    by two runs: the fuller one is the report whichever came first."""
    inputs = []
    for name, url, html in [("stub", MAIN, STUB), ("amp", AMP, FULL)]:
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"url": url, "html": html.decode()}) + "\n", encoding="utf-8")
        inputs.append(path)
    for path in inputs if stub_first else inputs[::-1]:
        run(tmp_path / "n.db", path)
    one_report(states(tmp_path / "n.db"))


@pytest.mark.parametrize("stub_first", [True, False])
def test_saved_html_files_stub_and_amp_copy_in_either_order(tmp_path, stub_first):
    """Saved files name no URL: each is known by the canonical URL it declares."""
    files = []
    for name, html in [("stub.html", STUB), ("amp.html", FULL)]:
        (tmp_path / name).write_bytes(html)
        files.append(tmp_path / name)
    for path in files if stub_first else files[::-1]:
        run(tmp_path / "n.db", path)
    one_report(states(tmp_path / "n.db"))


def test_partner_page_naming_the_origin_as_canonical_is_a_report_of_its_own(tmp_path):
    partner = page(PARAS[:5], site="The Lowfield Herald")
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc([(MAIN, FULL), (PARTNER, partner)]))
    summary = run(tmp_path / "n.db", path)
    assert summary.ingested == 2 and summary.versions == 0, summary.line()
    got = states(tmp_path / "n.db")
    assert [s[:2] for s in got.values()] == [("analysed", None)] * 2


def test_a_store_holding_both_as_reports_is_repaired_by_the_next_run(tmp_path, monkeypatch):
    """A store made before the page key read the declared URL holds the paywalled save and
    its AMP copy as two reports; the next run that stores anything settles them."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc([(MAIN, STUB), (AMP, FULL)]))
    with keys_by_input_url(monkeypatch):
        run(tmp_path / "n.db", path)
    assert {s[0] for s in states(tmp_path / "n.db").values()} == {"analysed"}
    other = tmp_path / "other.jsonl"
    other.write_text(
        json.dumps({"text": PARAS[4], "url": "https://kelso-daily.example/a/b"}) + "\n",
        encoding="utf-8",
    )
    summary = run(tmp_path / "n.db", other)
    assert summary.ingested == 1 and len(summary.demoted) == 1, summary.line()
    got = states(tmp_path / "n.db")
    del got[summary.article_ids[0]]  # the new, unrelated report
    one_report(got)
