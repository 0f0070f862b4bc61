"""PLOVER event typing, actors and event-level F1 on the PLOVER gold standard records (GSR).

Data: ../shared/data/plover-gsr/plover_gsr.jsonl (322 one-sentence records, each with one gold
event: type, mode, context, source/target actors with codes; CC BY-SA 4.0, read here at run
time, never shipped). The sentences are the CAMEO manual's examples, edited: hard, short, and
often about intentions (`X said it would ...` is AGREE in PLOVER).

Split. The CAMEO verb dictionary newsgraph uses was written by people who knew these examples,
so the records are split once, by the first byte of SHA-1(record id): even = tuning half (172
records; error analysis was done on it only), odd = held-out half (150 records, looked at only
as totals). Both halves and the total are reported.

Gold labels are mapped to the 16 PLOVER-2021 categories this project uses: DEMAND -> request,
DISAPPROVE -> accuse, INVESTIGATE -> accuse (mode investigate in the 2021 table), FIGHT ->
assault; the others are lower-cased.

Per record, three systems predict one label (or `none`):
- `events`: the type of the first event `extract_events` returns for the sentence;
- `keyword`: the first word (left to right, by spaCy lemma) in the project's cue lexicon
  (`plover.VERBS`/`NOUNS`), no syntax, no negation, no actors;
- `majority`: the most frequent gold type.
Type scores: accuracy (also with a planned meeting, which newsgraph keeps as `consult` with
status `planned`, read as PLOVER's intent, AGREE: a side figure, not the headline one),
per-type precision/recall/F1 (single-label, `none` counts as a miss) and their macro average
over the 16 types.

Actors. For the event that matches the gold type (else the first event): source accuracy =
share of the gold source actors' ISO 3166 alpha-3 codes found among the predicted actors'
countries; target accuracy likewise with the predicted targets. For reciprocal gold events
(`A and B agreed`) actors and targets are pooled on both sides. Baselines: the first country
named in the sentence (source) and the second one (target), by `countries.find_cues`.

Event-level F1. Every event `extract_events` returns counts: a predicted event is a true
positive when it is the first of the record's events to match the gold event, every other
predicted event is a false positive (the GSR codes one event per sentence, so an extra event
the sentence does tell also counts against precision), and a record with no match is a false
negative. `type`: a match is the same type; `type+actors`: the same type and, on each side
whose gold actors carry ISO3 codes, at least one of them found (as above); sides without
country codes (IGO, NGO, ...) are not checked.

The bench also compares the project's CAMEO-root -> PLOVER mapping (`plover.cameo_type`) and
lexicon with CAMEO2PLOVER-2021.txt (CC BY-SA, read at run time for comparison only).

Speed (`--speed`): on the PolNeAR dev texts (../shared/data/polnear/data/dev/text, 84 news
articles), `extract_events` time as a share of the bare spaCy parse of the same texts (best
of 3 rounds; entities are extracted beforehand and not counted).

Development without the held-out half (`--tuning-only`): the tuning half alone, and its two
folds split by the second byte of SHA-1(id), so that a rule family written from the errors of
one fold can be checked on the other before the held-out half is looked at.

    .venv/bin/python bench/plover_events.py [--limit N] [--speed] [--errors] [--tuning-only]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pycountry

from newsgraph.analyse.countries import find_cues
from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.events import extract_events
from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.plover import NOUNS, PHRASAL, TYPES, VERB_OBJECT, VERBS, Cue, cameo_type

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GSR = SHARED / "data" / "plover-gsr" / "plover_gsr.jsonl"
TABLE = SHARED / "data" / "plover-gsr" / "CAMEO2PLOVER-2021.txt"
GOLD_MAP = {
    "DEMAND": "request",
    "DISAPPROVE": "accuse",
    "INVESTIGATE": "accuse",
    "FIGHT": "assault",
}
ISO3 = {c.alpha_3 for c in pycountry.countries}


def gold_type(label: str) -> str:
    return GOLD_MAP.get(label, label.lower())


#: The lexicon's verbs, with killing (left to the CAMEO dictionary's patterns in `events`).
KEYWORD_VERBS = {"kill": Cue("assault", "190"), **VERBS}


def keyword_baseline(doc) -> str:
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in KEYWORD_VERBS:
            return KEYWORD_VERBS[lemma].type
        if tok.pos_ == "NOUN" and lemma in NOUNS:
            return NOUNS[lemma].type
    return "none"


def prf(gold: list[str], pred: list[str], label: str) -> tuple[float, float, float, int]:
    tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
    fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
    fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def table_check() -> list[str]:
    if not TABLE.exists():
        return ["(CAMEO2PLOVER-2021.txt not found)"]
    table: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m[1]] = m[2].lower()
    out = []
    roots = Counter(
        (code, want, cameo_type(code))
        for code, want in table.items()
        if len(code) >= 3 and cameo_type(code) != want
    )
    for (code, want, ours), _ in sorted(roots.items()):
        out.append(f"CAMEO {code}: table {want}, cameo_type {ours}")
    cues = [*VERBS.items(), *NOUNS.items(), *VERB_OBJECT.items(), *PHRASAL.items()]
    seen = set()
    for word, cue in cues:
        if cue.cameo is None or (cue.cameo, cue.type) in seen:
            continue
        seen.add((cue.cameo, cue.type))
        want = table.get(cue.cameo)
        if want is not None and want != cue.type:
            out.append(f"CAMEO {cue.cameo}: table {want}, lexicon {cue.type} (e.g. {word})")
    return out


def tuning(record_id: str) -> bool:
    """The fixed split: tuning half when the first byte of SHA-1(id) is even."""
    return hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0


def fold(record_id: str) -> int:
    """Fold 0 or 1 of the tuning half: the second byte of SHA-1(id), even or odd."""
    return hashlib.sha1(record_id.encode()).digest()[1] % 2


@dataclass
class Scored:
    gold: str
    pred: str
    pred_plover: str  # a planned meeting read as PLOVER reads it (an intent, AGREE)
    keyword: str
    n_events: int
    match_type: bool
    match_full: bool
    src: set[str]
    tar: set[str]
    got_src: set[str]
    got_tar: set[str]
    base_src: set[str]
    base_tar: set[str]


def score(rec: dict, nlp) -> Scored:
    gold_event = rec["events"][0]
    g = gold_type(gold_event["event"])
    doc = nlp(rec["text"])
    entities = extract_entities(doc)
    events = extract_events(doc, entities, rec.get("date"))
    src = {a["code"] for a in gold_event["source"] if a.get("code") in ISO3}
    tar = {a["code"] for a in gold_event["target"] if a.get("code") in ISO3}
    reciprocal = bool(gold_event.get("reciprocal"))

    def sides(e) -> tuple[set[str], set[str]]:
        acts = {a[2] for a in e.actors if a[2]}
        tars = {a[2] for a in e.targets if a[2]}
        if reciprocal:
            acts = tars = acts | tars
        return acts, tars

    typed = [e for e in events if e.type == g]
    full = [e for e in typed if (not src or src & sides(e)[0]) and (not tar or tar & sides(e)[1])]
    chosen = (typed or events or [None])[0]
    got_src, got_tar = sides(chosen) if chosen is not None else (set(), set())
    cues = [c.iso3 for c in find_cues(rec["text"])]
    firsts = list(dict.fromkeys(cues))
    return Scored(
        gold=g,
        pred=events[0].type if events else "none",
        pred_plover=(
            "agree"
            if events and events[0].type == "consult" and events[0].status == "planned"
            else events[0].type
            if events
            else "none"
        ),
        keyword=keyword_baseline(doc),
        n_events=len(events),
        match_type=bool(typed),
        match_full=bool(full),
        src=src,
        tar=tar,
        got_src=got_src,
        got_tar=got_tar,
        base_src=set(firsts[:1]),
        base_tar=set(firsts[1:2]),
    )


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, rows: list[Scored], *, per_type: bool) -> None:
    n = len(rows)
    gold = [r.gold for r in rows]
    pred = [r.pred for r in rows]
    kw = [r.keyword for r in rows]
    majority = Counter(gold).most_common(1)[0][0]

    def acc(xs: list[str]) -> float:
        return sum(a == b for a, b in zip(gold, xs, strict=True)) / n

    def share(pairs: list[tuple[set[str], set[str]]]) -> str:
        total = sum(len(g) for g, _ in pairs)
        hits = sum(len(g & p) for g, p in pairs)
        return f"{hits}/{total} = {hits / max(total, 1):.3f}"

    print(f"\n== {name}: {n} records")
    print(
        f"type accuracy   events {acc(pred):.3f}   keyword {acc(kw):.3f}   "
        f"majority ({majority}) {acc([majority] * n):.3f}"
    )
    print(f"no event: events {pred.count('none')}/{n}, keyword {kw.count('none')}/{n}")
    planned = acc([r.pred_plover for r in rows])
    print(f"type accuracy with planned meetings as PLOVER's agree (CAMEO 036): {planned:.3f}")
    n_pred = sum(r.n_events for r in rows)
    for label, attr in (("type", "match_type"), ("type+actors", "match_full")):
        tp = sum(getattr(r, attr) for r in rows)
        p, rec, f = f1(tp, n_pred, n)
        print(
            f"event-level {label:<12} P {p:.3f} R {rec:.3f} F1 {f:.3f}  "
            f"(tp {tp}, predicted {n_pred}, gold {n})"
        )
    right = [r for r in rows if r.pred == r.gold]
    print(
        f"source country  events {share([(r.src, r.got_src) for r in rows])}  "
        f"(type right: {share([(r.src, r.got_src) for r in right])})  "
        f"first-country baseline {share([(r.src, r.base_src) for r in rows])}"
    )
    print(
        f"target country  events {share([(r.tar, r.got_tar) for r in rows])}  "
        f"(type right: {share([(r.tar, r.got_tar) for r in right])})  "
        f"second-country baseline {share([(r.tar, r.base_tar) for r in rows])}"
    )
    if not per_type:
        return
    print(f"\n{'type':<10} {'n':>4}  {'P':>5} {'R':>5} {'F1':>5}   | keyword P/R/F1")
    macro = [0.0, 0.0, 0.0]
    macro_kw = [0.0, 0.0, 0.0]
    for t in TYPES:
        p_, r_, f_, support = prf(gold, pred, t)
        kp, kr, kf, _ = prf(gold, kw, t)
        macro = [macro[0] + p_, macro[1] + r_, macro[2] + f_]
        macro_kw = [macro_kw[0] + kp, macro_kw[1] + kr, macro_kw[2] + kf]
        print(f"{t:<10} {support:>4}  {p_:5.2f} {r_:5.2f} {f_:5.2f}   | {kp:.2f} {kr:.2f} {kf:.2f}")
    k = len(TYPES)
    print(
        f"{'macro':<10} {'':>4}  {macro[0] / k:5.2f} {macro[1] / k:5.2f} {macro[2] / k:5.2f}   "
        f"| {macro_kw[0] / k:.2f} {macro_kw[1] / k:.2f} {macro_kw[2] / k:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--speed", action="store_true", help="time on PolNeAR dev texts")
    parser.add_argument(
        "--errors", action="store_true", help="list the tuning half's wrongly typed records"
    )
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="score the tuning half and its two folds only; the held-out half is not read",
    )
    args = parser.parse_args()
    if args.speed:
        return speed()
    if not GSR.exists():
        print(f"skip: {GSR} not found (set NEWSGRAPH_SHARED)")
        return 0
    records = [json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines()]
    if args.tuning_only:
        records = [rec for rec in records if tuning(rec["id"])]
    if args.limit:
        records = records[: args.limit]
    nlp = load_nlp()
    t0 = time.perf_counter()
    rows = [score(rec, nlp) for rec in records]
    elapsed = time.perf_counter() - t0
    halves = [tuning(rec["id"]) for rec in records]
    print(f"PLOVER GSR: {len(rows)} records, {elapsed:.1f}s (parse + entities + events)")
    print(f"gold types: {dict(Counter(r.gold for r in rows).most_common())}")
    if args.tuning_only:
        report("tuning half", rows, per_type=True)
        for k in (0, 1):
            part = [r for r, rec in zip(rows, records, strict=True) if fold(rec["id"]) == k]
            report(f"tuning fold {k}", part, per_type=False)
    else:
        report_all(rows, halves)
    if args.errors:
        print("\ntuning half, wrong type:")
        for rec, r, h in zip(records, rows, halves, strict=True):
            if h and r.pred != r.gold:
                print(f"  {rec['id']}: gold {r.gold}, got {r.pred}: {rec['text'][:100]}")
    diffs = table_check()
    print(f"\nCAMEO->PLOVER pairs differing from CAMEO2PLOVER-2021 ({len(diffs)}):")
    for d in diffs:
        print("  " + d)
    return 0


def report_all(rows: list[Scored], halves: list[bool]) -> None:
    report("tuning half", [r for r, h in zip(rows, halves, strict=True) if h], per_type=False)
    report("held-out half", [r for r, h in zip(rows, halves, strict=True) if not h], per_type=False)
    report("all", rows, per_type=True)


def speed(rounds: int = 3) -> int:
    texts_dir = SHARED / "data" / "polnear" / "data" / "dev" / "text"
    if not texts_dir.exists():
        print(f"skip: {texts_dir} not found")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(texts_dir.glob("*.txt"))]
    nlp = load_nlp()
    doc = nlp("Chilean President Maria Velasquez met Kenji Arata in Osaka on Thursday.")
    extract_events(doc, extract_entities(doc), "2030-01-02")  # warm-up: tables, dateparser
    parse = extract = float("inf")
    n_events = 0
    for _ in range(rounds):
        t = time.perf_counter()
        docs = [nlp(x) for x in texts]
        parse = min(parse, time.perf_counter() - t)
        ents = [extract_entities(d) for d in docs]
        t = time.perf_counter()
        found = [extract_events(d, e, "2016-10-01") for d, e in zip(docs, ents, strict=True)]
        extract = min(extract, time.perf_counter() - t)
        n_events = sum(len(f) for f in found)
    chars = sum(len(x) for x in texts)
    print(f"PolNeAR dev: {len(texts)} texts, {chars:,} chars, {n_events} events")
    print(
        f"parse {parse:.2f}s, extract_events {extract:.3f}s = {100 * extract / parse:.1f}% "
        f"of the parse (best of {rounds})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
