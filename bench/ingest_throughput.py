"""Ingest throughput (articles/s) for HTML and pre-scraped text, beside trafilatura alone.

Extraction rows run with analysis off (NEWSGRAPH_ANALYSERS=""), so they compare like with
like; one row adds the spaCy parse and the analysis components (entities, events, quotes), the
cost a default ingest pays.

Uses the article pages of WCXB dev (../shared/data/wcxb-dev). The peer is trafilatura's own
extraction on the same HTML, timed in the same run, so the figure to compare across machines is
the ratio, not the absolute rate. The full newsgraph path includes reading the files, extraction,
language identification and the SQLite writes.

    .venv/bin/python bench/ingest_throughput.py [--limit 300] [--rounds 3]

`--text-only` times only the pre-scraped text row (no analysis), `--html-only` only the HTML files
row (no analysis). `--ab OLD_SRC NEW_SRC` runs the text row (with `--html`, the HTML row)
in child processes with PYTHONPATH set to each source tree in turn, A/B/A/B for `--repeats`
pairs (which tree goes first alternates), and prints the median of the per-pair rate ratios
(NEW/OLD), by wall clock and by CPU time: a same-run comparison of two versions of the code on
a shared, noisy machine.

    .venv/bin/python bench/ingest_throughput.py --ab /tmp/cu_old/src /tmp/cu_new/src \\
        --repeats 8 --limit 300 --rounds 3
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
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


def time_newsgraph(folder: Path, jobs: int = 1, analyse: bool = False) -> tuple[float, float, int]:
    """Full ingest of a folder into a fresh database: wall seconds, this process's CPU seconds
    and the articles stored. `analyse` adds the spaCy parse and the analysis components
    (quotes), off by default to compare extraction with trafilatura."""
    if analyse:
        os.environ.pop("NEWSGRAPH_ANALYSERS", None)
    else:
        os.environ["NEWSGRAPH_ANALYSERS"] = ""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start, cpu = time.perf_counter(), time.process_time()
        summary = ingest(store, iter_inputs([str(folder)], IngestOptions()), jobs=jobs)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return elapsed, cpu, summary.ingested


def write_texts(pages: list[tuple[str, bytes]], folder: Path) -> int:
    """Render each page to a text file in `folder` (empty renders skipped); return the count."""
    for name, html in pages:
        text = render(html)
        if text.strip():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return len(list(folder.iterdir()))


def text_rates(
    pages: list[tuple[str, bytes]], rounds: int, html: bool = False
) -> tuple[float, float, int]:
    """Best-of-`rounds` articles/s of a pre-scraped text ingest (no analysis) of `pages` (with
    `html`, of the pages as HTML files), by wall clock and by this process's CPU time (which
    other processes' load barely moves)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if html:
            for name, page in pages:
                (folder / f"{name}.html").write_bytes(page)
            n = len(pages)
        else:
            n = write_texts(pages, folder)
        times = [time_newsgraph(folder)[:2] for _ in range(rounds)]
    return n / min(w for w, _ in times), n / min(c for _, c in times), n


def _child_rates(src: str, limit: int, rounds: int, html: bool = False) -> tuple[float, float]:
    """Wall and CPU articles/s of `--text-only` (`--html-only`) run in a child process on the
    tree `src`."""
    row = "--html-only" if html else "--text-only"
    cmd = [sys.executable, __file__, row, "--limit", str(limit), "--rounds", str(rounds)]
    done = subprocess.run(
        cmd, env=dict(os.environ, PYTHONPATH=src), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"error: the bench on {src} failed: {last}")
    wall, cpu = done.stdout.split()[:2]
    return float(wall), float(cpu)


def ab_compare(
    old_src: str, new_src: str, repeats: int, limit: int, rounds: int, html: bool = False
) -> None:
    """Alternate child processes on each source tree, the first of each pair alternating too
    (old/new, new/old, ...), and print the median per-pair ratio new/old by wall and CPU."""
    for src in (old_src, new_src):
        if not (Path(src) / "newsgraph").is_dir():
            raise SystemExit(f"error: {src} holds no newsgraph package")
    trees = [("old", old_src), ("new", new_src)]
    walls, cpus = [], []
    for i in range(repeats):
        order = trees if i % 2 == 0 else trees[::-1]
        rates = {label: _child_rates(src, limit, rounds, html) for label, src in order}
        walls.append(rates["new"][0] / rates["old"][0])
        cpus.append(rates["new"][1] / rates["old"][1])
        (ow, oc), (nw, nc) = rates["old"], rates["new"]
        print(
            f"pair {i + 1}: wall old {ow:.1f} new {nw:.1f} ratio {walls[-1]:.2f}; "
            f"cpu old {oc:.1f} new {nc:.1f} ratio {cpus[-1]:.2f}",
            flush=True,
        )
    print(
        f"median ratio new/old over {repeats} pairs: wall {statistics.median(walls):.2f}, "
        f"cpu {statistics.median(cpus):.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="article pages to use")
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds per system")
    parser.add_argument("--text-only", action="store_true", help="time only the text row")
    parser.add_argument("--html-only", action="store_true", help="time only the HTML row")
    parser.add_argument("--html", action="store_true", help="with --ab: the HTML row")
    parser.add_argument("--ab", nargs=2, metavar=("OLD_SRC", "NEW_SRC"), help="A/B two trees")
    parser.add_argument("--repeats", type=int, default=6, help="A/B pairs to run with --ab")
    args = parser.parse_args()
    if not WCXB.exists():
        print(f"skip: WCXB dev not found at {WCXB} (set NEWSGRAPH_SHARED)")
        return 0
    if args.ab:
        ab_compare(*args.ab, args.repeats, args.limit, args.rounds, args.html)
        return 0
    pages = load_pages(args.limit)
    if args.text_only or args.html_only:
        wall, cpu, n = text_rates(pages, args.rounds, html=args.html_only)
        kind = "HTML" if args.html_only else "text"
        print(f"{wall:.3f} {cpu:.3f} articles/s (wall, cpu) over {n} {kind} files")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        html_dir, text_dir = Path(tmp) / "html", Path(tmp) / "text"
        html_dir.mkdir()
        text_dir.mkdir()
        for name, html in pages:
            (html_dir / f"{name}.html").write_bytes(html)
        n_text = write_texts(pages, text_dir)
        best = {k: float("inf") for k in ("trafilatura", "html", "html2", "text", "full")}
        stored = {}
        for _ in range(args.rounds):  # interleaved rounds: noise hits all systems alike
            best["trafilatura"] = min(best["trafilatura"], time_trafilatura(pages))
            t, _, stored["html"] = time_newsgraph(html_dir)
            best["html"] = min(best["html"], t)
            t, _, stored["text"] = time_newsgraph(text_dir)
            best["text"] = min(best["text"], t)
            t, _, stored["html2"] = time_newsgraph(html_dir, jobs=2)
            best["html2"] = min(best["html2"], t)
            t, _, stored["full"] = time_newsgraph(text_dir, analyse=True)
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
