"""Cross-article event merging on ECB+: one real-world event, several articles.

ECB+ (CC BY 3.0; ../shared/data/ecbplus) holds 982 articles in 43 topics; each topic holds two
different real-world seminal events of one kind (the `ecb` and the `ecbplus` half, the gold
`cluster` field). Its XML files mark event mentions (`ACTION_*` tags, anchored to tokens) and
chain them within a document (INTRA_DOC_COREF) and across documents (CROSS_DOC_COREF, whose
`note` is the real-world event's instance id).

    .venv/bin/python bench/ecbplus_events.py [--half odd] [--limit TOPICS] [--data DIR]

1. Every article (title line and text as `unified.jsonl` gives them, no publication date: ECB+
   has none) goes through newsgraph's entities and events stages, entity keys linked across
   articles in file order as an ingest would. The events, in the export's shape (with the
   `mode`, `cameo`, `place` and `status` the merge compares, so (c) below is the pipeline's
   merge as it runs, no wrapper needed), are cached in
   bench/results/ (gitignored), keyed by a hash of the data, the analysis code, the spaCy model,
   the record format and the articles chosen, so a second run takes seconds. `--half odd` takes
   the odd-numbered topics (the tuning half); the even ones are held out (the lead's runs).
2. Alignment. The unified text is the XML's tokens detokenised, so each token is found in the
   text in order, within 20 characters of the previous token's end with at most 6 non-space
   characters skipped (else it stays unplaced: the URL line the ecbplus files start with is not
   in the text; 96% of tokens are placed). An extracted event aligns to a gold
   ACTION_* mention (NEG_ACTION_* are left out: negated clauses give no event) of its article
   when that mention has a token inside the event's first mention (the sentence that tells it)
   whose text equals, case-folded, a word of the event's trigger (`met`, `held talks`); where
   several do, the one matching the trigger's last word (the event noun) first, then the
   earliest. Its gold event is the CROSS_DOC_COREF instance of that mention, else its
   INTRA_DOC_COREF chain, else the mention alone. Coverage is reported over all extracted
   events and over those told in a sentence the annotators marked an event in (ECB+ annotates
   some sentences of each article only).
3. Scoring, on the aligned events only, within each gold sub-corpus (`cluster`: the ecb and the
   ecbplus half of a topic are different real-world events, so no system may merge across them;
   this stands for the story grouping, taken as perfect here): BCubed and pairwise P/R/F1 of
   (a) no merging (each event alone), (b) `event_key` equality across articles (transitive),
   (c) newsgraph's merge (`group.events.merge`, as the export's `event_group`), and (d) a
   variant of it without the `event_key` shortcut (measured only). Pairwise is also
   given over cross-article pairs only (what merging can change: pairs inside one article were
   already decided by the events stage and are the same for all three).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _clusters import bcubed  # noqa: E402
from _ecbplus import half_rows  # noqa: E402

from newsgraph.group.events import merge  # noqa: E402
from newsgraph.sets import DisjointSets  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"
RESULTS = Path(__file__).resolve().parent / "results"
#: the cached records' shape: part of the cache key, so a cache written before a field was added
#: (session 12: `mode`, `cameo`, `status`, `place`) is not read back without it
CACHE_FORMAT = 2
#: the package measured (a PYTHONPATH tree or this checkout): its files key the cache
SRC = Path(sys.modules["newsgraph"].__file__).resolve().parent


# -- analysis (cached) ------------------------------------------------------------------------


def analysed_events(rows: list[dict]) -> tuple[dict[str, list[dict[str, Any]]], float]:
    """Events per article in the export's shape (participants as entity key, name, country),
    with the seconds of analysis per article of the uncached run."""
    from importlib.metadata import version

    from newsgraph.analyse.nlp import DEFAULT_MODEL

    h = hashlib.sha256(f"format {CACHE_FORMAT}".encode())
    for r in rows:
        h.update(json.dumps([r["id"], r["title"], r["text"]]).encode())
    for f in sorted((SRC / "analyse").glob("*.py")) + [SRC / "records.py"]:
        h.update(f.read_bytes())
    h.update(version(DEFAULT_MODEL.replace("_", "-")).encode())
    cache = RESULTS / f"ecbplus_events-{h.hexdigest()[:16]}.json"
    if cache.exists():
        data = json.loads(cache.read_text())
        return data["events"], data["seconds_per_article"]

    os.environ["NEWSGRAPH_ANALYSERS"] = "entities,events"
    from newsgraph.analyse import analyse
    from newsgraph.analyse.events import event_key
    from newsgraph.analyse.linking import Linker
    from newsgraph.records import Article

    t0 = time.perf_counter()
    linker = Linker()
    out: dict[str, list[dict[str, Any]]] = {}
    for n, r in enumerate(rows, 1):
        a = Article(r["id"], "ecbplus", "text", r["text"], title=r["title"], language="en")
        analyse(a)
        keys, _ = linker.link_article(a.id, a.entities)
        for i, e in enumerate(a.entities):
            e.key = keys[i]

        def party(actor: tuple, a: Article = a) -> dict[str, Any]:
            index, name, country = actor
            key = None
            if index is not None and 0 <= index < len(a.entities):
                key = a.entities[index].key or None
            return {"entity": key, "name": name, "country": country}

        out[a.id] = [
            {
                "id": f"{a.id}:{k:03d}",
                "article": a.id,
                "type": ev.type,
                "mode": ev.mode,
                "cameo": ev.cameo,
                "status": ev.status,
                "place": place(ev.place),
                "actors": [party(x) for x in ev.actors],
                "targets": [party(x) for x in ev.targets],
                "date": ev.date,
                "event_key": event_key(ev, a.entities),
                "trigger": ev.trigger,
                "start": ev.start,
                "end": ev.end,
                "mentions": [list(m) for m in ev.mentions],
            }
            for k, ev in enumerate(a.events)
        ]
        if n % 100 == 0:
            print(f"  analysed {n}/{len(rows)}", file=sys.stderr)
    per_article = (time.perf_counter() - t0) / max(len(rows), 1)
    RESULTS.mkdir(exist_ok=True)
    cache.write_text(json.dumps({"events": out, "seconds_per_article": per_article}))
    return out, per_article


def place(value: tuple | None) -> dict[str, Any] | None:
    """An event's place as the store writes it (group.events compares places by name)."""
    if value is None:
        return None
    name, country, lat, lon = value
    return {"name": name, "country": country, "lat": lat, "lon": lon}


# -- gold -------------------------------------------------------------------------------------


def gold_mentions(xml_path: Path, text: str) -> tuple[list[dict[str, Any]], set[int]]:
    """ACTION_* mentions of one document: tokens as (start, end, lower text) in `text`, and the
    gold event id; with the sentence numbers that hold any ACTION_* mention."""
    root = ET.parse(xml_path).getroot()
    doc = xml_path.stem
    spans: dict[str, tuple[int, int, str, int]] = {}
    pos = 0
    for tok in root.iter("token"):
        word = tok.text or ""
        at = text.find(word, pos, pos + len(word) + 20)
        # A token the unified text leaves out (the URL line of ecbplus files) or spells otherwise
        # stays unplaced, and the next one is looked for where this one should have been.
        if at < 0 or len("".join(text[pos:at].split())) > 6:
            continue
        spans[tok.get("t_id")] = (at, at + len(word), word.lower(), int(tok.get("sentence")))
        pos = at + len(word)
    markables = root.find("Markables")
    actions: dict[str, list[str]] = {}
    for m in markables if markables is not None else []:
        if m.tag.startswith("ACTION_"):
            anchors = [a.get("t_id") for a in m.iter("token_anchor")]
            if anchors:
                actions[m.get("m_id")] = anchors
    chain: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        sources = [s.get("m_id") for s in rel.iter("source")]
        if rel.tag == "CROSS_DOC_COREF":
            for s in sources:
                chain[s] = "x:" + (rel.get("note") or rel.get("r_id"))
        elif rel.tag == "INTRA_DOC_COREF":
            for s in sources:
                chain.setdefault(s, f"i:{doc}:{rel.get('r_id')}")
    out, sentences = [], set()
    for mid, anchors in actions.items():
        toks = [spans[t] for t in anchors if t in spans]
        if not toks:
            continue
        sentences.update(t[3] for t in toks)
        out.append(
            {
                "m_id": mid,
                "tokens": [(s, e, w) for s, e, w, _ in toks],
                "sentence": toks[0][3],
                "gold": chain.get(mid, f"m:{doc}:{mid}"),
            }
        )
    # Sentences as char ranges, to tell whether an event's sentence was annotated at all.
    sent_spans: dict[int, list[int]] = {}
    for s, e, _, k in spans.values():
        rng = sent_spans.setdefault(k, [s, e])
        rng[0], rng[1] = min(rng[0], s), max(rng[1], e)
    annotated = {k for k in sentences}
    return out, {(sent_spans[k][0], sent_spans[k][1]) for k in annotated}  # type: ignore[misc]


def align(event: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold mention the event's trigger names inside its first mention (module docstring)."""
    start, end = event["start"], event["end"]
    words = [w.lower() for w in event["trigger"].split()]
    best = None
    for m in mentions:
        hits = [
            (words[::-1].index(w), s)
            for s, e, w in m["tokens"]
            if start <= s and e <= end and w in words
        ]
        if hits:
            cand = (min(hits), m)
            if best is None or cand[0] < best[0]:
                best = cand
    return None if best is None else best[1]


# -- scoring ----------------------------------------------------------------------------------


def pairwise(
    pred: dict[str, str],
    gold: dict[str, str],
    keep: Callable[[str, str], bool] = lambda a, b: True,
) -> tuple[float, float, float, int, int, int]:
    """Pairwise P/R/F1 over the pairs `keep` admits; with true-positive, predicted and gold pair
    counts. P is 1 where nothing is predicted (no claim made), R 1 where nothing is gold."""
    ids = sorted(gold)
    tp = pp = gp = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if not keep(a, b):
                continue
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            pp += same_p
            gp += same_g
            tp += same_p and same_g
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, pp, gp


def score(
    pred: dict[str, str], gold: dict[str, str], article: dict[str, str]
) -> dict[str, float | int]:
    """BCubed and pairwise (all pairs; cross-article pairs) of `pred` against `gold`, over the
    events `gold` labels."""
    b = bcubed(pred, gold)
    w = pairwise(pred, gold)
    x = pairwise(pred, gold, lambda a, c: article[a] != article[c])
    return {
        "b3_p": b[0],
        "b3_r": b[1],
        "b3_f1": b[2],
        "pw_p": w[0],
        "pw_r": w[1],
        "pw_f1": w[2],
        "x_p": x[0],
        "x_r": x[1],
        "x_f1": x[2],
        "x_tp": x[3],
        "x_pred": x[4],
        "x_gold": x[5],
        "clusters": len({pred[d] for d in gold}),
    }


def clusters_none(events: list[dict[str, Any]]) -> dict[str, str]:
    return {e["id"]: e["id"] for e in events}


def clusters_key(events: list[dict[str, Any]]) -> dict[str, str]:
    """Events of different articles with the same non-empty `event_key` are one (transitively)."""
    sets: DisjointSets[str] = DisjointSets(e["id"] for e in events)
    first: dict[str, str] = {}
    for e in events:
        if e["event_key"]:
            if e["event_key"] in first:
                sets.union(e["id"], first[e["event_key"]])
            else:
                first[e["event_key"]] = e["id"]
    return {e["id"]: sets.find(e["id"]) for e in events}


def clusters_merge(events: list[dict[str, Any]]) -> dict[str, str]:
    out = {}
    for group in merge(events):
        head = min(e["id"] for e in group)
        for e in group:
            out[e["id"]] = head
    return out


def clusters_same_event_only(events: list[dict[str, Any]]) -> dict[str, str]:
    """The merge without its `event_key` shortcut (a variant measured, not shipped): an undated
    event with one participant then needs more than an equal key."""
    return clusters_merge([{**e, "event_key": None} for e in events])


SYSTEMS = {
    "no merging (each event alone)": clusters_none,
    "event_key equality": clusters_key,
    "newsgraph merge (group.events)": clusters_merge,
    "variant: merge, same_event only": clusters_same_event_only,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=None, help="first N topics only (quick run)")
    ap.add_argument(
        "--half",
        choices=["odd", "even"],
        default=None,
        help="odd-numbered topics (tuning) or even-numbered ones (held out: the lead's only)",
    )
    args = ap.parse_args()
    if not (args.data / "unified.jsonl").exists():
        sys.exit(f"ECB+ not found under {args.data} (unified.jsonl and ECB+/<topic>/*.xml)")
    rows = [json.loads(line) for line in (args.data / "unified.jsonl").open()]
    if args.half:
        rows = half_rows(rows, args.half)
    if args.limit:
        topics = sorted({r["topic"] for r in rows}, key=int)[: args.limit]
        rows = [r for r in rows if r["topic"] in set(topics)]
    t0 = time.perf_counter()
    by_article, per_article = analysed_events(rows)
    load_s = time.perf_counter() - t0
    print(
        f"{len(rows)} articles, {len({r['cluster'] for r in rows})} gold sub-corpora; analysis "
        f"{per_article:.2f} s/article (uncached run), this run's load {load_s:.1f} s"
    )

    total = in_annotated = aligned = 0
    gold: dict[str, str] = {}
    article: dict[str, str] = {}
    scope_events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mentions_used: Counter[tuple[str, str]] = Counter()
    for r in rows:
        xml = args.data / "ECB+" / r["topic"] / f"{r['id']}.xml"
        if not xml.exists():
            continue
        mentions, sentences = gold_mentions(xml, r["text"])
        for ev in by_article.get(r["id"], []):
            total += 1
            if any(s <= ev["start"] < e or ev["start"] <= s < ev["end"] for s, e in sentences):
                in_annotated += 1
            m = align(ev, mentions)
            if m is None:
                continue
            aligned += 1
            mentions_used[(r["id"], m["m_id"])] += 1
            gold[ev["id"]] = m["gold"]
            article[ev["id"]] = r["id"]
            scope_events[r["cluster"]].append(ev)
    shared = sum(1 for n in mentions_used.values() if n > 1)
    print(
        f"events extracted {total}; in an annotated sentence {in_annotated}; aligned to a gold "
        f"ACTION mention {aligned} ({aligned / max(total, 1):.1%} of all, "
        f"{aligned / max(in_annotated, 1):.1%} of those in annotated sentences); "
        f"gold mentions taken by two events or more {shared}"
    )
    chains = Counter(gold.values())
    multi = {g for g, n in chains.items() if len({article[e] for e in gold if gold[e] == g}) > 1}
    print(
        f"gold events among the aligned: {len(chains)}, of which told by two articles or more: "
        f"{len(multi)}"
    )
    print("scope: each gold sub-corpus (`cluster`: a topic's ecb or ecbplus half) merged apart")
    for name, fn in SYSTEMS.items():
        pred: dict[str, str] = {}
        for scope, events in sorted(scope_events.items()):
            pred.update({e: f"{scope}/{c}" for e, c in fn(events).items()})
        s = score(pred, gold, article)
        print(
            f"{name:<32} BCubed P {s['b3_p']:.3f} R {s['b3_r']:.3f} F1 {s['b3_f1']:.3f} | "
            f"pairwise P {s['pw_p']:.3f} R {s['pw_r']:.3f} F1 {s['pw_f1']:.3f} | cross-article "
            f"pairs P {s['x_p']:.3f} R {s['x_r']:.3f} F1 {s['x_f1']:.3f} "
            f"({s['x_tp']}/{s['x_pred']} predicted, {s['x_gold']} gold) | clusters {s['clusters']}"
        )


if __name__ == "__main__":
    main()
