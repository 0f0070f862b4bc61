"""Ingest throughput (articles/s) for HTML and pre-scraped text, beside trafilatura alone.

Extraction rows run with analysis off (NEWSGRAPH_ANALYSERS=""), so they compare like with
like; one row adds the spaCy parse and the analysis components (entities, events, quotes), the
cost a default ingest pays.

Uses the article pages of WCXB dev (../shared/data/wcxb-dev). The peer is trafilatura's own
extraction on the same HTML, timed in the same run, so the figure to compare across machines is
the ratio, not the absolute rate. The full newsgraph path includes reading the files, extraction,
language identification and the SQLite writes.

    .venv/bin/python bench/ingest_throughput.py [--limit 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402
from _render import render  # noqa: E402

from newsgraph.ingest import IngestOptions, iter_inputs  # noqa: E402
from newsgraph.pipeline import ingest  # noqa: E402
from newsgraph.store import Store  # noqa: E402

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
WCXB = SHARED / "data" / "wcxb-dev" / "dev"


def load_pages(limit: int) -> list[tuple[str, bytes]]:
    pages = []
    for gt_path in sorted((WCXB / "ground-truth").glob("*.json")):
        data = json.loads(gt_path.read_text())
        page_type = ((data.get("_internal") or {}).get("page_type") or {}).get("primary")
        if page_type != "article":
            continue
        html_path = WCXB / "html" / f"{gt_path.stem}.html.gz"
        if html_path.exists():
            pages.append((gt_path.stem, gzip.decompress(html_path.read_bytes())))
        if len(pages) >= limit:
            break
    return pages


def time_trafilatura(pages: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    for _, html in pages:
        trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    return time.perf_counter() - start


def time_newsgraph(folder: Path, jobs: int = 1, analyse: bool = False) -> tuple[float, int]:
    """Full ingest of a folder into a fresh database; `analyse` adds the spaCy parse and the
    analysis components (quotes), off by default to compare extraction with trafilatura."""
    if analyse:
        os.environ.pop("NEWSGRAPH_ANALYSERS", None)
    else:
        os.environ["NEWSGRAPH_ANALYSERS"] = ""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        summary = ingest(store, iter_inputs([str(folder)], IngestOptions()), jobs=jobs)
        elapsed = time.perf_counter() - start
    return elapsed, summary.ingested


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="article pages to use")
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds per system")
    args = parser.parse_args()
    if not WCXB.exists():
        print(f"skip: WCXB dev not found at {WCXB} (set NEWSGRAPH_SHARED)")
        return 0
    pages = load_pages(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        html_dir, text_dir = Path(tmp) / "html", Path(tmp) / "text"
        html_dir.mkdir()
        text_dir.mkdir()
        for name, html in pages:
            (html_dir / f"{name}.html").write_bytes(html)
            text = render(html)
            if text.strip():
                (text_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        n_text = len(list(text_dir.iterdir()))
        best = {k: float("inf") for k in ("trafilatura", "html", "html2", "text", "full")}
        stored = {}
        for _ in range(args.rounds):  # interleaved rounds: noise hits all systems alike
            best["trafilatura"] = min(best["trafilatura"], time_trafilatura(pages))
            t, stored["html"] = time_newsgraph(html_dir)
            best["html"] = min(best["html"], t)
            t, stored["text"] = time_newsgraph(text_dir)
            best["text"] = min(best["text"], t)
            t, stored["html2"] = time_newsgraph(html_dir, jobs=2)
            best["html2"] = min(best["html2"], t)
            t, stored["full"] = time_newsgraph(text_dir, analyse=True)
            best["full"] = min(best["full"], t)
    rate_traf = len(pages) / best["trafilatura"]
    rate_html = len(pages) / best["html"]
    rate_text = n_text / best["text"]
    rate_html2 = len(pages) / best["html2"]
    rate_full = n_text / best["full"]
    print(
        f"pages: {len(pages)} WCXB dev article pages ({n_text} rendered to text), "
        f"best of {args.rounds} rounds"
    )
    print(f"{'system':<42} {'articles/s':>10} {'ratio':>7}")
    print(f"{'trafilatura alone (HTML, in memory)':<42} {rate_traf:>10.1f} {1.0:>7.2f}")
    print(
        f"{'newsgraph ingest, HTML files':<42} {rate_html:>10.1f} {rate_html / rate_traf:>7.2f}"
        f"   ({stored['html']} stored)"
    )
    print(
        f"{'newsgraph ingest, HTML files, --jobs 2':<42} {rate_html2:>10.1f} "
        f"{rate_html2 / rate_traf:>7.2f}   ({stored['html2']} stored)"
    )
    print(
        f"{'newsgraph ingest + analysis, text':<42} {rate_full:>10.1f} "
        f"{rate_full / rate_traf:>7.2f}   ({stored['full']} stored)"
    )
    print(
        f"{'newsgraph ingest, pre-scraped text files':<42} {rate_text:>10.1f} "
        f"{rate_text / rate_traf:>7.2f}   ({stored['text']} stored)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
