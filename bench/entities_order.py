"""Order dependence of entity keys: one ECB+ half ingested in file order and reversed.

Entity keys are given article by article against everything stored before (`EntityLinker`),
so the same articles ingested in another order can end with other keys: a short name stored
before its full name, a place NER calls a person in the first article of it. This measures
how far the result depends on order, the figure of issue 4 (entities).

The half's articles (ECB+ topics of one parity, `--half odd` the tuning half, `even` held out:
the lead runs it) are analysed once, as `analyse` does in an ingest, and cached in
bench/results/ under a hash of the data, the imported `newsgraph` package and the spaCy model.
Then, for each order (file order, and the same list reversed), a fresh SQLite store in a temp
dir takes every article through `EntityLinker.link` and `Store.add_article`, the two steps of
`pipeline.ingest` that give and write keys (extraction, outlet names and page versions do not
touch them). Printed, forward against reverse:

- article entities (article, index) whose stored key differs;
- keys present in one order's store only;
- quotes (scare quotes included) whose speaker key differs;
- link + write seconds of each order, best of `--rounds` (keys must be the same every round).

    .venv/bin/python bench/entities_order.py [--half odd|even] [--rounds 2] [--out diff.json]

`--out` writes the differing entities and quotes (forward key, reverse key) as JSON. Reads
../shared/data/ecbplus/unified.jsonl (or `--data`); skipped with one line when it is absent.
`PYTHONPATH=<copy of src>` measures another tree: the cache key follows the imported package.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from _ecbplus import half_rows as topics_in_half

import newsgraph
from newsgraph.analyse import analyse
from newsgraph.analyse.nlp import DEFAULT_MODEL
from newsgraph.pipeline import EntityLinker
from newsgraph.records import Article, RawItem
from newsgraph.store import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "unified.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"

Item = tuple[Article, RawItem]


@dataclass
class Ingested:
    """What one order left in its store, and how long linking and writing took."""

    keys: dict[tuple[str, int], str]  # (article id, entity index) -> entity key
    speakers: dict[str, str | None]  # quote id -> speaker entity key
    seconds: float


def half_rows(data: Path, half: str) -> list[dict]:
    """The ECB+ records of the odd- or even-numbered topics, in file order."""
    try:
        with data.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        return topics_in_half(rows, half)
    except (KeyError, TypeError, ValueError) as e:
        raise SystemExit(f"error: {data}: not ECB+ records with a numeric topic ({e})") from None


def cache_path(data: Path, half: str) -> Path:
    """Cache file named by a hash of the data, every file of the imported package and the model:
    any change to the analysis (or another tree on PYTHONPATH) analyses afresh."""
    h = hashlib.sha256(data.read_bytes())
    package = Path(newsgraph.__file__).resolve().parent
    for f in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(f.relative_to(package)).encode())
        h.update(f.read_bytes())
    h.update(version(DEFAULT_MODEL.replace("_", "-")).encode())
    return RESULTS / f"entities_order-{half}-{h.hexdigest()[:16]}.pkl"


def analysed(rows: list[dict], cache: Path) -> list[Item]:
    """Every article analysed (no keys yet) with the raw item it came from; cached."""
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    start = time.perf_counter()
    items = []
    for r in rows:
        article = Article(r["id"], "ecbplus", "text", r["text"], title=r["title"], language="en")
        analyse(article)
        raw = RawItem(r["id"], "text", r["text"].encode(), {"title": r["title"]}, "jsonl")
        items.append((article, raw))
    print(f"analysed {len(items)} articles in {time.perf_counter() - start:.0f} s -> {cache}")
    cache.parent.mkdir(exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(items, f)
    return items


def ingest_once(items: list[Item], db: Path) -> Ingested:
    """Link and store `items` in this order into a fresh store; read back keys and speakers."""
    store = Store(db)
    try:
        linker = EntityLinker(store)
        items = copy.deepcopy(items)  # linking writes keys into the articles
        start = time.perf_counter()
        for article, raw in items:
            linker.link(article)
            store.add_article(article, raw)
        seconds = time.perf_counter() - start
        keys = {
            (article_id, idx): key
            for key, *_ in store.entity_index()
            for article_id, idx, _ in store.entity_rows(key)
        }
        speakers = {qid: q.speaker_key for qid, _, q in store.all_quotes()}
    finally:
        store.close()
    return Ingested(keys, speakers, seconds)


def ingest_order(items: list[Item], rounds: int, tmp: Path, name: str) -> Ingested:
    """Best time of `rounds` fresh ingests of one order; keys must not change between rounds."""
    best = None
    for i in range(rounds):
        run = ingest_once(items, tmp / f"{name}-{i}.db")
        if best is not None and (run.keys, run.speakers) != (best.keys, best.speakers):
            raise SystemExit(f"error: {name} order gave other keys in round {i + 1}")
        if best is None or run.seconds < best.seconds:
            best = run
    assert best is not None
    return best


def differing(forward: dict, reverse: dict) -> list:
    """Items of `forward` whose value differs in `reverse` (or that it lacks), sorted."""
    return sorted(
        (str(k), forward[k], reverse.get(k)) for k in forward if forward[k] != reverse.get(k)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even"), default="odd", help="topic parity")
    parser.add_argument("--rounds", type=int, default=2, help="best of N link + write rounds")
    parser.add_argument("--data", type=Path, default=DATA, help="ECB+ unified.jsonl")
    parser.add_argument("--out", type=Path, help="write the differing entities and quotes here")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if not args.data.exists():
        print(f"skip: {args.data} not found (the shared data sets are not here)")
        return 0
    items = analysed(half_rows(args.data, args.half), cache_path(args.data, args.half))
    with tempfile.TemporaryDirectory(prefix="entities_order-") as tmp:
        fwd = ingest_order(items, args.rounds, Path(tmp), "forward")
        rev = ingest_order(items[::-1], args.rounds, Path(tmp), "reverse")
    ents = differing(fwd.keys, rev.keys)
    quotes = differing(fwd.speakers, rev.speakers)
    one_order = set(fwd.keys.values()) ^ set(rev.keys.values())
    print(f"ECB+ {args.half} topics: {len(items)} articles, {len(fwd.keys)} article entities")
    print(f"article entities keyed differently: {len(ents)}")
    print(f"keys in one order only:             {len(one_order)}")
    print(f"quote speakers keyed differently:   {len(quotes)} (of {len(fwd.speakers)} quotes)")
    print(f"link + write seconds, best of {args.rounds}: ", end="")
    print(f"forward {fwd.seconds:.2f}, reverse {rev.seconds:.2f}")
    if args.out:
        args.out.write_text(json.dumps({"entities": ents, "quotes": quotes}, indent=0) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
