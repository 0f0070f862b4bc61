"""PLOVER event typing on short synthetic headlines: a second measure of type accuracy.

Data: ../shared/data/ngec-actors/synthetic_headlines.csv (375 rows: PLOVER event, mode, a
headline with placeholders `{country_1}`, `{country_2}`, `{country_3}`, `{city}`). It comes with
the NGEC event-coding project (its pyproject declares the MIT licence; the folder has no
licence file or README), so it is read here at run time and nothing of it is copied into
the repository.

Each placeholder is filled with an invented name (`COUNTRIES`, `CITIES`), picked
deterministically from the SHA-1 of the row's headline, distinct within a row. Every
headline is parsed and run through `extract_entities` and `extract_events` with one fixed
publication date. Per row: the predicted type is that of the first event (`none` without
one), as in `bench/plover_events.py`; `any` counts a row as right when one of its events
has the gold type; coverage is the share of rows with any event.

Headlines are not news sentences: terse, title-cased, present tense, no articles
(`{country_1} Leader Condemns ...`). spaCy parses them worse than body text (a title-cased
verb is often read as a proper noun) and newsgraph types events in article bodies, so this
is a harder and different test than the GSR. `--sentence-case` lower-cases every word of a
title-cased headline except the filled names, a side figure that tells the parser's share
of the misses from the lexicon's.

Split, as for the GSR: by the first byte of SHA-1(headline as in the file, placeholders
unfilled): even = tuning half, odd = held-out half; the tuning half's two folds by the
second byte. By default only the tuning half is read (and its folds); `--held-out` scores the
held-out half and prints its totals only (for the lead; no per-row listing of it exists).

    .venv/bin/python bench/plover_headlines.py [--errors] [--sentence-case] [--held-out]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.events import extract_events
from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.plover import TYPES

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
HEADLINES = SHARED / "data" / "ngec-actors" / "synthetic_headlines.csv"
PUBLISHED = "2031-05-14"
#: Invented country and city names (no real place): placeholders are filled from these.
COUNTRIES = (
    "Norvania",
    "Tarevia",
    "Veldoria",
    "Kestrania",
    "Ostrenia",
    "Marbelia",
    "Drevonia",
    "Quellany",
    "Sarovia",
    "Lunethia",
)
CITIES = ("Port Selvane", "Ardmouth", "Velliko", "Carrowgate", "Istrabad", "Lenhollow")
_SLOT = re.compile(r"\{(country_\d|city)\}")
#: Words a title-cased headline keeps capitalised in `--sentence-case` besides the names.
_KEEP = frozenset({"UN", "EU", "US", "NATO", "IMF", "WHO"})


def digest(text: str) -> bytes:
    return hashlib.sha1(text.encode()).digest()


def tuning(text: str) -> bool:
    """The fixed split: tuning half when the first byte of SHA-1(headline) is even."""
    return digest(text)[0] % 2 == 0


def fold(text: str) -> int:
    """Fold 0 or 1 of the tuning half: the second byte of SHA-1(headline), even or odd."""
    return digest(text)[1] % 2


def fill(template: str, *, sentence_case: bool = False) -> str:
    """The headline with each placeholder replaced by an invented name (deterministic)."""
    seed = int.from_bytes(digest(template)[2:6], "big")
    names: dict[str, str] = {}
    for i, slot in enumerate(dict.fromkeys(_SLOT.findall(template))):
        pool = CITIES if slot == "city" else COUNTRIES
        start = (seed + 3 * i) % len(pool)
        name = next(
            pool[(start + k) % len(pool)]
            for k in range(len(pool))
            if pool[(start + k) % len(pool)] not in names.values()
        )
        names[slot] = name
    text = template.strip()
    if sentence_case:
        text = _sentence_case(text)
    return _SLOT.sub(lambda m: names[m[1]], text)


def _sentence_case(text: str) -> str:
    """Lower-case the words of a title-cased headline after the first (not placeholders,
    acronyms)."""
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i == 0 or "{" in w or w.strip("'\",.:;!?()").upper() in _KEEP or w.isupper():
            out.append(w)
        else:
            out.append(w[:1].lower() + w[1:])
    return " ".join(out)


@dataclass
class Row:
    template: str
    gold: str
    mode: str
    text: str
    pred: str
    types: list[str]


def score(rows: list[dict], nlp, *, sentence_case: bool) -> list[Row]:
    out = []
    for r in rows:
        text = fill(r["title"], sentence_case=sentence_case)
        doc = nlp(text)
        events = extract_events(doc, extract_entities(doc), PUBLISHED)
        types = [e.type for e in events]
        out.append(
            Row(r["title"], r["event"].lower(), r["mode"], text, (types or ["none"])[0], types)
        )
    return out


def report(name: str, rows: list[Row], *, per_type: bool) -> None:
    n = len(rows)
    if not n:
        print(f"\n== {name}: no rows")
        return
    first = sum(r.pred == r.gold for r in rows)
    anyhit = sum(r.gold in r.types for r in rows)
    covered = sum(bool(r.types) for r in rows)
    right_covered = sum(r.pred == r.gold for r in rows if r.types)
    majority, m = Counter(r.gold for r in rows).most_common(1)[0]
    print(f"\n== {name}: {n} headlines")
    print(
        f"type accuracy {first / n:.3f} ({first}/{n})   any event of the gold type "
        f"{anyhit / n:.3f}   coverage {covered / n:.3f} ({covered}/{n})   "
        f"accuracy where covered {right_covered / max(covered, 1):.3f}   "
        f"majority ({majority}) {m / n:.3f}"
    )
    if not per_type:
        return
    gold = [r.gold for r in rows]
    pred = [r.pred for r in rows]
    print(f"{'type':<10} {'n':>4}  {'P':>5} {'R':>5}  none")
    for t in TYPES:
        tp = sum(g == t and p == t for g, p in zip(gold, pred, strict=True))
        n_pred = pred.count(t)
        n_gold = gold.count(t)
        missing = sum(g == t and p == "none" for g, p in zip(gold, pred, strict=True))
        p_ = tp / n_pred if n_pred else 0.0
        r_ = tp / n_gold if n_gold else 0.0
        print(f"{t:<10} {n_gold:>4}  {p_:5.2f} {r_:5.2f}  {missing:>4}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning half's misses")
    parser.add_argument(
        "--sentence-case", action="store_true", help="lower-case title-cased words first"
    )
    parser.add_argument(
        "--held-out", action="store_true", help="score the held-out half (totals only)"
    )
    args = parser.parse_args()
    if not HEADLINES.exists():
        print(f"skip: {HEADLINES} not found (set NEWSGRAPH_SHARED)")
        return 0
    with HEADLINES.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["title"].strip()]
    want = not args.held_out
    rows = [r for r in rows if tuning(r["title"]) == want]
    nlp = load_nlp()
    t0 = time.perf_counter()
    scored = score(rows, nlp, sentence_case=args.sentence_case)
    elapsed = time.perf_counter() - t0
    case = ", sentence-cased" if args.sentence_case else ""
    print(f"PLOVER headlines{case}: {len(scored)} rows, {elapsed:.1f}s, published {PUBLISHED}")
    if args.held_out:
        report("held-out half", scored, per_type=False)
        return 0
    report("tuning half", scored, per_type=True)
    for k in (0, 1):
        report(f"tuning fold {k}", [r for r in scored if fold(r.template) == k], per_type=False)
    if args.errors:
        print("\ntuning half, wrong type (fold, gold/mode, got, all types, headline):")
        for r in sorted(scored, key=lambda r: (fold(r.template), r.gold)):
            if r.pred != r.gold:
                print(
                    f"  f{fold(r.template)} {r.gold}/{r.mode or '-'}: {r.pred} "
                    f"{r.types[1:] or ''} {r.text}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
