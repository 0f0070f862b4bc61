"""Does any real article make a stage fail? Every input through ingest, extraction and analysis.

A crash is a bug: the pipeline turns an extraction error into a one-line failure and an analysis
error into `metadata["analysis_error"]` (the article is kept, its analysis lost), so neither
stops a batch, and both would go unnoticed in the accuracy benches, which count misses, not
their cause. This bench reads real inputs the way `newsgraph ingest` does (`iter_inputs`, so
folders, `.html.gz` and JSON Lines take the user's path), runs `pipeline.process` on each, and
lists every item that failed with its stage and reason (no article text is printed).

    .venv/bin/python bench/robustness.py                    # the default sets below
    .venv/bin/python bench/robustness.py --limit 200        # the first 200 items of each set
    .venv/bin/python bench/robustness.py PATH...            # any files or folders

Default sets, read from ../shared (skipped with a line when absent): PolNeAR's dev and train
texts, ECB+ (JSON Lines), the WCXB dev HTML pages. Time per item is printed beside the spaCy
parse alone on the same texts (the analysis is mostly the parse; a stage that loops shows up
as a ratio far above the usual).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph.analyse.nlp import load_nlp
from newsgraph.ingest.sources import iter_inputs
from newsgraph.pipeline import process
from newsgraph.records import IngestFailure, RawItem

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SETS = {
    "polnear-dev": SHARED / "data" / "polnear" / "data" / "dev" / "text",
    "polnear-train": SHARED / "data" / "polnear" / "data" / "train" / "text",
    "ecbplus": SHARED / "data" / "ecbplus" / "unified.jsonl",
    "wcxb": SHARED / "data" / "wcxb-dev" / "dev" / "html",
}


def run(name: str, path: Path, limit: int | None) -> tuple[int, Counter, float, float]:
    """Process one set; returns (items, failures by stage, seconds in process, seconds parsing)."""
    failures: Counter = Counter()
    items = 0
    spent = parse = 0.0
    nlp = load_nlp()
    for result in itertools.islice(iter_inputs([str(path)]), limit):
        items += 1
        if isinstance(result, IngestFailure):
            failures["read"] += 1
            print(f"  {name}: read failed: {result.source}: {result.reason}")
            continue
        if not isinstance(result, RawItem):
            continue  # a skip (duplicate, unsupported file) is not a failure
        t0 = time.perf_counter()
        out = process(result)
        spent += time.perf_counter() - t0
        if isinstance(out, IngestFailure):
            failures["extract"] += 1
            print(f"  {name}: extraction failed: {out.source}: {out.reason}")
            continue
        for art in out:  # a digest gives several articles, any other input one
            error = art.metadata.get("analysis_error")
            if error:
                failures["analyse"] += 1
                print(f"  {name}: analysis failed: {art.source}: {error[:160]}")
            if art.status == "analysed" and art.text.strip():
                t0 = time.perf_counter()
                nlp(art.text)
                parse += time.perf_counter() - t0
    return items, failures, spent, parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: the shared sets)")
    ap.add_argument("--limit", type=int, help="at most this many items per set")
    args = ap.parse_args(argv)
    sets = {p: Path(p) for p in args.paths} if args.paths else SETS
    # Load the model and every stage's tables before any timing.
    process(RawItem(source="warm-up", kind="text", content=b"Ruiz said the port would reopen."))
    total = Counter()
    print("set | items | read failed | extraction failed | analysis failed | s/item | × parse")
    rows = []
    for name, path in sets.items():
        if not path.exists():
            print(f"skipped {name}: {path} not found (the shared data sets are not here)")
            continue
        items, failures, spent, parse = run(name, path, args.limit)
        total.update(failures)
        ratio = spent / parse if parse else float("nan")
        per = spent / items if items else 0.0
        rows.append(
            f"{name} | {items} | {failures['read']} | {failures['extract']} | "
            f"{failures['analyse']} | {per:.3f} | {ratio:.2f}"
        )
    print("\n".join(rows))
    print(f"failures: {sum(total.values())} ({dict(total) or 'none'})")
    return 1 if total["analyse"] else 0


if __name__ == "__main__":
    sys.exit(main())
