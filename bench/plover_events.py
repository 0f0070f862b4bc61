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

Stricter development (`--part`, session 16): the tuning half in five hash folds (third byte of
SHA-1(id) mod 5); `dev` = folds 1-3, whose errors may be read, `check` = folds 4-5, scored as
totals only (`--errors` is refused): a change is kept only if it does not lower `check`.

Generalisation study (`--folds K`, tuning half only; the held-out half is never scored): the
cue tables (`plover.VERBS`, `NOUNS`, `VERB_OBJECT`, `PHRASAL`) are watched while each tuning
record is scored; an entry's support is the records it was looked up for and typed right.
For K = 2..K folds (record index mod K, file order), each fold is scored again without the
entries supported by that fold only, so a rule written for one sentence is absent when that
sentence is scored, as on unseen text; the other rules, the CAMEO dictionary and the frame
rules read those words as they would any other. A second, lenient unit counts a verb-object
class (a verb's pairs with one cue) as one rule. Also printed: the tuning accuracy with every
entry supported by one record removed (`--errors` lists the records that lose their type).

    .venv/bin/python bench/plover_events.py [--limit N] [--speed] [--errors] [--tuning-only]
    .venv/bin/python bench/plover_events.py --folds 5 [--errors]
    .venv/bin/python bench/plover_events.py --tuning-only --part dev [--errors]
    .venv/bin/python bench/plover_events.py --tuning-only --part check   # totals only
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

from newsgraph.analyse import events as events_module
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


def tuning_part(record_id: str) -> str:
    """The stricter split of the tuning half (session 16): five hash folds by the third byte
    of SHA-1(id); folds 1-3 are `dev` (errors may be read), folds 4-5 are `check` (totals only,
    so a change written from dev errors is judged on sentences nobody looked at)."""
    return "dev" if hashlib.sha1(record_id.encode()).digest()[2] % 5 < 3 else "check"


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


def score(rec: dict, nlp, doc=None) -> Scored:
    gold_event = rec["events"][0]
    g = gold_type(gold_event["event"])
    doc = nlp(rec["text"]) if doc is None else doc
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


#: The cue tables of `events` the folds study can track and thin out (name -> table).
LEXICONS = ("VERBS", "NOUNS", "VERB_OBJECT", "PHRASAL")


class _Tracked(dict):
    """A cue table that notes each entry looked up by key (`[]`, `get`): the entries a record's
    events were built from."""

    used: set

    def __getitem__(self, key):
        self.used.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        if key in self:
            self.used.add(key)
        return super().get(key, default)


def _literal_keys() -> set[tuple[str, object]]:
    """Entries `events` names in its code (`NOUNS["demonstration"]`): never thinned out."""
    src = Path(events_module.__file__).read_text(encoding="utf-8")
    return {(m[1], m[2]) for m in re.finditer(r'\b([A-Z_]+)\["([a-z-]+)"\]', src)}


def _install(tables: dict[str, dict]) -> None:
    for name, table in tables.items():
        setattr(events_module, name, table)


def _usage(records: list[dict], docs: list, nlp) -> list[set[tuple[str, object]]]:
    """Per record, the (table, key) entries looked up while its events were extracted."""
    originals = {name: getattr(events_module, name) for name in LEXICONS}
    tracked = {name: _Tracked(table) for name, table in originals.items()}
    out = []
    try:
        _install(tracked)
        for rec, doc in zip(records, docs, strict=True):
            for t in tracked.values():
                t.used = set()
            score(rec, nlp, doc)
            out.append({(name, key) for name, t in tracked.items() for key in t.used})
    finally:
        _install(originals)
    return out


def _score_without(records, docs, nlp, drop: set[tuple[str, object]]) -> list[Scored]:
    """The records scored with the entries `drop` taken out of the cue tables (the CAMEO
    dictionary and the other rules then read those words as they would any other)."""
    originals = {name: getattr(events_module, name) for name in LEXICONS}
    thinned = {
        name: {k: v for k, v in table.items() if (name, k) not in drop}
        for name, table in originals.items()
    }
    try:
        _install(thinned)
        return [score(rec, nlp, doc) for rec, doc in zip(records, docs, strict=True)]
    finally:
        _install(originals)


def folds_study(records: list[dict], nlp, ks: list[int], *, verbose: bool = False) -> None:
    """Out-of-fold accuracy of the cue tables on the tuning half: for K folds (record index
    mod K, in file order), fold k is scored once with every entry and once without the entries
    whose only support is in fold k, an entry's support being the tuning records it was looked
    up for and typed right. A rule written for one sentence thus does not exist when that
    sentence is scored, as it would not on unseen text."""
    docs = [nlp(rec["text"]) for rec in records]
    full = [score(rec, nlp, doc) for rec, doc in zip(records, docs, strict=True)]
    used = _usage(records, docs, nlp)
    keep = _literal_keys()
    support: dict[tuple[str, object], set[int]] = {}
    for i, (entries, row) in enumerate(zip(used, full, strict=True)):
        if row.pred != row.gold:
            continue
        for entry in entries - keep:
            support.setdefault(entry, set()).add(i)
    sizes = Counter(min(len(v), 5) for v in support.values())
    print(f"\n== folds study: {len(records)} tuning records, {len(support)} cue entries support a")
    print(
        "right type; entries by tuning support (1, 2, 3, 4, 5+ records): "
        + ", ".join(str(sizes[n]) for n in range(1, 6))
    )
    single = {e for e, v in support.items() if len(v) == 1}
    rows = _score_without(records, docs, nlp, single)
    hit = sorted({i for e in single for i in support[e]})
    before = sum(full[i].pred == full[i].gold for i in hit)
    after = sum(rows[i].pred == rows[i].gold for i in hit)
    total = sum(r.pred == r.gold for r in rows) / len(rows)
    print(
        f"single-record entries ({len(single)}) removed: their {len(hit)} records {before} -> "
        f"{after} right; tuning accuracy {_acc(full):.3f} -> {total:.3f}"
    )
    if verbose:
        for i in hit:
            if full[i].pred == full[i].gold and rows[i].pred != rows[i].gold:
                names = sorted(f"{t}:{k}" for t, k in used[i] if (t, k) in single)
                print(f"  lost {records[i]['id']}: {full[i].gold} -> {rows[i].pred} {names}")
    # a verb-object entry is often one word of a class written at once (`capture` a town, a
    # city, a stronghold ...): as a second, lenient unit, such a class is one rule
    groups: dict[object, set[int]] = {}
    for entry, v in support.items():
        groups.setdefault(_group(entry), set()).update(v)
    for unit, table in (("entry", support), ("class", groups)):
        ones = sum(len(v) == 1 for v in table.values())
        print(f"unit {unit}: {len(table)} rules support a right type, {ones} of them one record")
        for k in ks:
            _oof(records, docs, nlp, full, k, table, unit)


def _group(entry: tuple[str, object]) -> object:
    """The rule an entry belongs to: a verb-object pair's verb and cue, else the entry."""
    name, key = entry
    if name == "VERB_OBJECT":
        return (name, key[0], events_module.VERB_OBJECT[key])
    return entry


def _oof(records, docs, nlp, full, k: int, support: dict, unit: str) -> None:
    """Fold by fold, the records scored without the rules only that fold supports."""
    keep = _literal_keys()
    entries = [(name, key) for name in LEXICONS for key in getattr(events_module, name)]
    ins = oof = 0
    per = []
    for f in range(k):
        idx = [i for i in range(len(records)) if i % k == f]
        rules = {u for u, v in support.items() if all(i % k == f for i in v)}
        drop = {
            e for e in entries if e not in keep and (e if unit == "entry" else _group(e)) in rules
        }
        part = _score_without([records[i] for i in idx], [docs[i] for i in idx], nlp, drop)
        right = sum(r.pred == r.gold for r in part)
        ins += sum(full[i].pred == full[i].gold for i in idx)
        oof += right
        per.append(f"{right / len(idx):.3f}")
    n = len(records)
    print(
        f"  K={k}: in-sample {ins / n:.3f}  out-of-fold {oof / n:.3f}  "
        f"(ratio {oof / ins:.3f}; folds {' '.join(per)})"
    )


def _acc(rows: list[Scored]) -> float:
    return sum(r.pred == r.gold for r in rows) / len(rows)


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
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        metavar="K",
        help="tuning half only: out-of-fold accuracy of the cue tables for 2..K folds",
    )
    parser.add_argument(
        "--part",
        choices=("dev", "check"),
        help="with --tuning-only or --folds: the tuning half's hash folds 1-3 (dev) or 4-5 "
        "(check: totals only, no --errors)",
    )
    args = parser.parse_args()
    if args.part and not (args.tuning_only or args.folds):
        parser.error("--part needs --tuning-only or --folds")
    if args.part == "check" and args.errors:
        parser.error("--part check reports totals only: its errors are not to be read")
    if args.speed:
        return speed()
    if args.folds and not 2 <= args.folds <= 20:
        parser.error("--folds takes K from 2 to 20")
    if not GSR.exists():
        print(f"skip: {GSR} not found (set NEWSGRAPH_SHARED)")
        return 0
    records = [json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines()]
    if args.folds:
        tuned = [rec for rec in records if tuning(rec["id"])]
        if args.part:
            tuned = [rec for rec in tuned if tuning_part(rec["id"]) == args.part]
        folds_study(
            tuned[: args.limit or None],
            load_nlp(),
            list(range(2, args.folds + 1)),
            verbose=args.errors,
        )
        return 0
    if args.tuning_only:
        records = [rec for rec in records if tuning(rec["id"])]
    if args.part:
        records = [rec for rec in records if tuning_part(rec["id"]) == args.part]
    if args.limit:
        records = records[: args.limit]
    nlp = load_nlp()
    t0 = time.perf_counter()
    rows = [score(rec, nlp) for rec in records]
    elapsed = time.perf_counter() - t0
    halves = [tuning(rec["id"]) for rec in records]
    print(f"PLOVER GSR: {len(rows)} records, {elapsed:.1f}s (parse + entities + events)")
    print(f"gold types: {dict(Counter(r.gold for r in rows).most_common())}")
    if args.part:
        report(f"tuning half, part {args.part}", rows, per_type=args.part == "dev")
    elif args.tuning_only:
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
                print(f"  {rec['id']}: gold {r.gold}, got {r.pred}: {rec['text'][:160]}")
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
