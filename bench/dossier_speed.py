"""Dossier build time as a story grows, beside the analysis time of the same articles.

    .venv/bin/python bench/dossier_speed.py

The articles are the ECB+ / PolNeAR documents of the quote-grouping gold
(`bench/dossier_quotes.py`), analysed by the normal pipeline (timed: the baseline), then taken
as one story of the first 25, 50, 100 and all articles, and `assemble` builds its dossier
(all sections). Prints seconds per dossier, the quote ledger's part of it (`group_quotes` on
the same quotes, timed alone) and the dossier's share of the analysis time of its articles
(analysis time scaled to the subset by article count), all from one run. Needs ../shared;
skips without it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossier_quotes import shared_stories  # noqa: E402

from newsgraph.compare.bundle import StoryBundle  # noqa: E402
from newsgraph.compare.dossier import assemble  # noqa: E402
from newsgraph.compare.quotes import group_quotes  # noqa: E402
from newsgraph.export.contract import article_record, quote_record  # noqa: E402
from newsgraph.store import Store  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmpdir:
        t0 = time.perf_counter()
        got = shared_stories(Path(tmpdir))
        analyse_s = time.perf_counter() - t0
        if got is None:
            return
        db, _ = got
        with Store(db) as store:
            arts = [article_record(a) for a in store.iter_articles()]
            ids = [a["id"] for a in arts]
            quotes = [quote_record(*r) for r in store.quotes(article_ids=ids)]
            events = store.event_records(article_ids=ids)
    per_article = analyse_s / len(arts)
    print(f"analysis: {analyse_s:.1f} s for {len(arts)} articles ({per_article:.2f} s/article)")
    print("| story size | quotes | dossier s | ledger s | share of its articles' analysis time |")
    print("| --- | --- | --- | --- | --- |")
    for n in (25, 50, 100, len(arts)):
        sub = set(ids[:n])
        bundle = StoryBundle(
            {"id": "s-bench", "title": "bench", "articles": sorted(sub), "wire_copies": []},
            [a for a in arts if a["id"] in sub],
            [q for q in quotes if q["article"] in sub],
            [e for e in events if e["article"] in sub],
            [],
        )
        t = time.perf_counter()
        assemble(bundle)
        dt = time.perf_counter() - t
        t = time.perf_counter()
        group_quotes(bundle.quotes, {a: a for a in sub}, {})
        lt = time.perf_counter() - t
        share = dt / (per_article * n)
        print(f"| {n} | {len(bundle.quotes)} | {dt:.2f} | {lt:.2f} | {share:.1%} |")


if __name__ == "__main__":
    main()
