"""The URL a page declares (`Extraction.url`, which keys its page): its `rel=canonical` link,
resolved against the URL it was fetched from when relative, and preferred to `og:url` (an AMP
edition shares its own address there while its canonical names the main page). An AMP copy
and the paywalled save of its page are then one page: one report and one version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract.html import extract_html
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.pipeline import SUPERSEDED, ingest
from newsgraph.store import Store

SITE = "https://harrowgate-courier.example"
PATH = "/politics/2026/04/11/ferry-bridge-plan"
MAIN = SITE + PATH
AMP = SITE + "/amp" + PATH
TITLE = "Council backs a bridge to replace the Harrowgate ferry"
PARAS = [
    "Harrowgate's council voted on Thursday to build a road bridge across the estuary, "
    "ending a ferry service that has carried cars between the two towns for ninety years.",
    "The plan passed by twenty-two votes to nine after a debate of almost four hours, in "
    "which opponents argued that the bridge would bring lorries through the old harbour.",
    "Engineers expect construction to take three years once the regional planning board "
    "approves the design, and the ferry will keep running until the bridge opens.",
    "The council's finance committee put the cost at about sixty million, most of it to "
    "come from a national transport fund that the council applied to last autumn.",
    "Ferry crews said they had not been told what would happen to their jobs, and their "
    "union asked the council to guarantee them work on the bridge or in the port.",
    "A public exhibition of the design will open at the town library next month, the "
    "council said, and residents can comment on it until the end of the summer.",
]
#: The paywalled save stops in the middle of the fourth paragraph.
CUT = PARAS[3][: PARAS[3].index(" most of it")]


def page(
    paras: list[str],
    *,
    canonical: str | None = None,
    og_url: str | None = None,
    base: str | None = None,
    paywall: bool = False,
) -> str:
    """An article page declaring what it is told to (nothing else names a URL)."""
    head = f'<base href="{base}">' if base else ""
    head += f'<link rel="canonical" href="{canonical}">' if canonical else ""
    head += f'<meta property="og:url" content="{og_url}">' if og_url else ""
    gate = '<div class="paywall"><p>Subscribe to keep reading this story.</p></div>'
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><title>{TITLE} | The Harrowgate Courier</title>{head}"
        '<meta property="og:site_name" content="The Harrowgate Courier"></head><body>'
        f'<article><h1>{TITLE}</h1><p class="byline">By Tomas Rennick</p>{body}</article>'
        f"{gate if paywall else ''}</body></html>"
    )


def test_a_relative_canonical_resolves_against_the_fetch_url():
    got = extract_html(page(PARAS, canonical=PATH), url=AMP)
    assert got.url == MAIN


def test_a_relative_canonical_without_a_leading_slash_resolves_like_a_browser():
    got = extract_html(page(PARAS, canonical="../../../../../politics/2026/04/11/x"), url=AMP)
    assert got.url == SITE + "/politics/2026/04/11/x"


def test_a_base_element_is_what_a_relative_canonical_resolves_against():
    got = extract_html(
        page(PARAS, canonical="ferry-bridge-plan", base="/politics/2026/04/11/"), url=AMP
    )
    assert got.url == MAIN


def test_canonical_wins_over_an_og_url_giving_the_amp_address():
    got = extract_html(page(PARAS, canonical=MAIN, og_url=AMP), url=AMP)
    assert got.url == MAIN
    # and a saved file (no fetch URL) is known by its canonical too
    assert extract_html(page(PARAS, canonical=MAIN, og_url=AMP)).url == MAIN


def test_a_relative_canonical_wins_over_og_url():
    got = extract_html(page(PARAS, canonical=PATH, og_url=AMP), url=AMP)
    assert got.url == MAIN


@pytest.mark.parametrize(
    ("declared", "url", "want"),
    [
        ({"og_url": MAIN}, AMP, MAIN),  # og:url alone is still read
        ({}, AMP, AMP),  # nothing declared: the fetch URL
        ({"canonical": PATH}, None, None),  # relative, nothing to resolve it against
        ({"canonical": "mailto:desk@harrowgate-courier.example", "og_url": MAIN}, AMP, MAIN),
    ],
)
def test_what_names_no_canonical_url_leaves_the_extractor_s(declared, url, want):
    assert extract_html(page(PARAS, **declared), url=url).url == want


def test_a_canonical_link_in_a_comment_is_not_read():
    html = page(PARAS, og_url=AMP).replace(
        "<title>", f'<!-- <link rel="canonical" href="{MAIN}"> --><title>'
    )
    assert extract_html(html, url=AMP).url == AMP


AMP_DECLARES = {
    "relative canonical": {"canonical": PATH},
    "og:url its own address": {"canonical": MAIN, "og_url": AMP},
}


@pytest.mark.parametrize("declares", AMP_DECLARES)
@pytest.mark.parametrize("stub_first", [True, False])
def test_amp_copy_and_paywalled_stub_as_jsonl_are_one_report(tmp_path: Path, declares, stub_first):
    stub = {"url": MAIN, "html": page([*PARAS[:3], CUT], canonical=PATH, paywall=True)}
    amp = {"url": AMP, "html": page(PARAS, **AMP_DECLARES[declares])}
    records = [stub, amp] if stub_first else [amp, stub]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, iter_inputs([str(path)], IngestOptions()))
        got = {a.url: (a.status, a.metadata.get("version_of"), a.id) for a in store.iter_articles()}
    assert summary.ingested == 2 and summary.versions == 1, summary.line()
    assert got[AMP][0] != SUPERSEDED  # the fuller AMP copy is the report
    assert got[MAIN][:2] == (SUPERSEDED, got[AMP][2])
