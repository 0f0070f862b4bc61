"""PLOVER event typing and actor countries on the PLOVER gold standard records (GSR).

Data: ../shared/data/plover-gsr/plover_gsr.jsonl (322 one-sentence records, each with one gold
event: type, mode, context, source/target actors with codes; CC BY-SA 4.0, read here at run
time, never shipped). The sentences are the CAMEO manual's examples, edited: hard, short, and
often about intentions (`X said it would ...` is AGREE in PLOVER, a planned event here).

Gold labels are mapped to the 16 PLOVER-2021 categories this project uses: DEMAND -> request,
DISAPPROVE -> accuse, INVESTIGATE -> accuse (mode investigate in the 2021 table), FIGHT ->
assault; the others are lower-cased.

Per record, three systems predict one label (or `none`):
- `events`: the type of the first event `extract_events` returns for the sentence;
- `keyword`: the first word (left to right, by spaCy lemma) in the same cue lexicon
  (`plover.VERBS`/`NOUNS`), no syntax, no negation, no actors: what the lexicon alone gives;
- `majority`: the most frequent gold type.
Scores: accuracy, per-type precision/recall/F1 (single-label, `none` counts as a miss) and
their macro average over the 16 types; `any` = the gold type is among all events extracted.

Actor countries: over records whose gold source actors carry ISO 3166 alpha-3 codes, the share
of those codes found among the countries of the predicted event's actors (`events`), against
a baseline that takes the first country named in the sentence (`countries.find_cues`).

It also checks the lexicon's CAMEO -> PLOVER pairs against CAMEO2PLOVER-2021.txt and lists
the differences.

Speed (`--speed`): on the PolNeAR dev texts (../shared/data/polnear/data/dev/text, 84 news
articles), `extract_events` time as a share of the bare spaCy parse of the same texts (best
of 3 rounds; entities are extracted beforehand and not counted).

    .venv/bin/python bench/plover_events.py [--limit N] [--speed]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections import Counter
from pathlib import Path

import pycountry

from newsgraph.analyse.countries import find_cues
from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.events import extract_events
from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.plover import NOUNS, PHRASAL, TYPES, VERB_OBJECT, VERBS

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


def keyword_baseline(doc) -> str:
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in VERBS:
            return VERBS[lemma].type
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--speed", action="store_true", help="time on PolNeAR dev texts")
    args = parser.parse_args()
    if args.speed:
        return speed()
    if not GSR.exists():
        print(f"skip: {GSR} not found (set NEWSGRAPH_SHARED)")
        return 0
    records = [json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        records = records[: args.limit]
    nlp = load_nlp()
    gold, pred, kw, anyhit = [], [], [], []
    actor_hits = actor_total = base_hits = 0
    actor_hits_matched = actor_total_matched = 0
    target_hits = target_total = 0
    t0 = time.perf_counter()
    for rec in records:
        g = gold_type(rec["events"][0]["event"])
        doc = nlp(rec["text"])
        entities = extract_entities(doc)
        events = extract_events(doc, entities, rec.get("date"))
        p = events[0].type if events else "none"
        gold.append(g)
        pred.append(p)
        kw.append(keyword_baseline(doc))
        anyhit.append(any(e.type == g for e in events))
        src = {a["code"] for a in rec["events"][0]["source"] if a.get("code") in ISO3}
        tar = {a["code"] for a in rec["events"][0]["target"] if a.get("code") in ISO3}
        got = {a[2] for a in events[0].actors} if events else set()
        got_t = {a[2] for a in events[0].targets} if events else set()
        cues = find_cues(rec["text"])
        first = {cues[0].iso3} if cues else set()
        if src:
            actor_total += len(src)
            actor_hits += len(src & got)
            base_hits += len(src & first)
            if p == g:
                actor_total_matched += len(src)
                actor_hits_matched += len(src & got)
        if tar:
            target_total += len(tar)
            target_hits += len(tar & got_t)
    elapsed = time.perf_counter() - t0
    n = len(gold)
    majority = Counter(gold).most_common(1)[0][0]
    maj = [majority] * n

    def acc(xs: list[str]) -> float:
        return sum(a == b for a, b in zip(gold, xs, strict=True)) / n

    print(f"PLOVER GSR: {n} records, {elapsed:.1f}s (parse + entities + events)")
    print(f"gold types: {dict(Counter(gold).most_common())}")
    print(
        f"\naccuracy   events {acc(pred):.3f}   keyword {acc(kw):.3f}   "
        f"majority ({majority}) {acc(maj):.3f}   events-any {sum(anyhit) / n:.3f}"
    )
    print(f"no event predicted: events {pred.count('none')}/{n}, keyword {kw.count('none')}/{n}")
    print(f"\n{'type':<10} {'n':>4}  {'P':>5} {'R':>5} {'F1':>5}   | keyword P/R/F1")
    macro = [0.0, 0.0, 0.0]
    macro_kw = [0.0, 0.0, 0.0]
    macro_maj = 0.0
    for t in TYPES:
        p_, r_, f_, support = prf(gold, pred, t)
        kp, kr, kf, _ = prf(gold, kw, t)
        macro_maj += prf(gold, maj, t)[2]
        macro = [macro[0] + p_, macro[1] + r_, macro[2] + f_]
        macro_kw = [macro_kw[0] + kp, macro_kw[1] + kr, macro_kw[2] + kf]
        print(f"{t:<10} {support:>4}  {p_:5.2f} {r_:5.2f} {f_:5.2f}   | {kp:.2f} {kr:.2f} {kf:.2f}")
    k = len(TYPES)
    print(
        f"{'macro':<10} {'':>4}  {macro[0] / k:5.2f} {macro[1] / k:5.2f} {macro[2] / k:5.2f}   "
        f"| {macro_kw[0] / k:.2f} {macro_kw[1] / k:.2f} {macro_kw[2] / k:.2f}   "
        f"(majority macro F1 {macro_maj / k:.3f})"
    )
    print(
        f"\nactor (source) country accuracy: events {actor_hits}/{actor_total} = "
        f"{actor_hits / max(actor_total, 1):.3f}; first-country-in-sentence baseline "
        f"{base_hits}/{actor_total} = {base_hits / max(actor_total, 1):.3f}"
    )
    print(
        f"  on records whose type is right: {actor_hits_matched}/{actor_total_matched} = "
        f"{actor_hits_matched / max(actor_total_matched, 1):.3f}"
    )
    print(
        f"target country accuracy: events {target_hits}/{target_total} = "
        f"{target_hits / max(target_total, 1):.3f}"
    )
    diffs = table_check()
    print(f"\nlexicon CAMEO->PLOVER pairs differing from CAMEO2PLOVER-2021 ({len(diffs)}):")
    for d in diffs:
        print("  " + d)
    return 0


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
