"""Story grouping on ECB+: baselines vs newsgraph's online grouper.

ECB+ (CC BY 3.0) holds 982 articles in 43 topics; each topic holds two different real-world
events of one kind (the `ecb` and the `ecbplus` half), 86 gold events in all (`cluster`). The
articles carry no publication dates, so only the text can separate the two events of a topic.

    .venv/bin/python bench/ecbplus_stories.py [--data /work/shared/data/ecbplus/unified.jsonl]

Prints BCubed and pairwise precision/recall/F1 for
(a) TF-IDF cosine + average-link agglomerative clustering, threshold swept, best reported
    (an oracle choice that flatters the baseline);
(b) online single-pass TF-IDF (centroid cosine), threshold swept, best reported;
(c) newsgraph's `StoryIndex`, online in file order and in three shuffled orders (fixed seeds),
    at its default threshold; the F1 curve around that threshold; and the threshold chosen on
    half the topics, scored on the other half.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsgraph.group.stories import Params, StoryDoc, StoryIndex  # noqa: E402

DATA = Path("/work/shared/data/ecbplus/unified.jsonl")

# A plain English stopword list for the baselines (the usual "obvious" TF-IDF set-up).
BASE_STOP = set(
    """a about after all also an and any are as at be been but by can could did do does for from
    had has have he her his how i if in into is it its just more most no not of on one or other
    our out over said she so some than that the their them then there these they this to up was
    we were what when which who will with would you""".split()
)


def load(path: Path) -> list[dict]:
    with path.open() as f:
        return [json.loads(line) for line in f]


# -- metrics --------------------------------------------------------------------------------


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for d, c in pred.items():
        pc[c].add(d)
    for d, c in gold.items():
        gc[c].add(d)
    p = r = 0.0
    for d in gold:
        a, b = pc[pred[d]], gc[gold[d]]
        inter = len(a & b)
        p += inter / len(a)
        r += inter / len(b)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(lab: dict[str, str]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(lab.values()).values())

    both = Counter((pred[d], gold[d]) for d in gold)
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pp, gp = pairs(pred), pairs(gold)
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def fmt(name: str, pred: dict[str, str], gold: dict[str, str]) -> str:
    b = bcubed(pred, gold)
    w = pairwise(pred, gold)
    return (
        f"{name:<46} BCubed P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f} | "
        f"pairwise P {w[0]:.3f} R {w[1]:.3f} F1 {w[2]:.3f} | clusters {len(set(pred.values()))}"
    )


# -- baselines ------------------------------------------------------------------------------


def tfidf_matrix(rows: list[dict]) -> np.ndarray:
    docs = [
        Counter(
            t
            for t in re.findall(r"[a-z0-9]+", ((r["title"] or "") + "\n" + r["text"]).lower())
            if t not in BASE_STOP and len(t) > 1
        )
        for r in rows
    ]
    vocab = sorted({t for d in docs for t in d})
    col = {t: i for i, t in enumerate(vocab)}
    df = Counter(t for d in docs for t in d)
    n = len(docs)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in vocab])
    m = np.zeros((n, len(vocab)))
    for i, d in enumerate(docs):
        for t, c in d.items():
            m[i, col[t]] = 1 + math.log(c)
    m *= idf
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return m


def agglomerative(m: np.ndarray, ids: list[str], threshold: float, z=None) -> dict[str, str]:
    labels = fcluster(z, t=1 - threshold, criterion="distance")
    return {d: str(c) for d, c in zip(ids, labels, strict=True)}


def single_pass(m: np.ndarray, ids: list[str], threshold: float) -> dict[str, str]:
    cents = np.zeros_like(m)
    norms = np.zeros(len(m))
    k = 0
    out: dict[str, str] = {}
    for i, d in enumerate(ids):
        v = m[i]
        if k:
            sims = cents[:k] @ v / norms[:k]
            j = int(np.argmax(sims))
            if sims[j] >= threshold:
                cents[j] += v
                norms[j] = np.linalg.norm(cents[j])
                out[d] = str(j)
                continue
        cents[k] = v
        norms[k] = 1.0
        out[d] = str(k)
        k += 1
    return out


# -- ours -----------------------------------------------------------------------------------


def docs_of(rows: list[dict]) -> list[StoryDoc]:
    return [StoryDoc(r["id"], r["title"], r["text"], r["date"], r["outlet"]) for r in rows]


def ours(docs: list[StoryDoc], threshold: float | None = None) -> dict[str, str]:
    params = Params() if threshold is None else Params(threshold=threshold)
    index = StoryIndex(params)
    return {d.id: index.add(d) for d in docs}


def sweep(fn, thresholds, gold) -> list[tuple[float, float]]:
    return [(t, bcubed(fn(t), gold)[2]) for t in thresholds]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--wire-only", action="store_true")
    args = ap.parse_args()
    rows = load(args.data)
    if args.wire_only:
        wire_bench(rows)
        return
    gold = {r["id"]: r["cluster"] for r in rows}
    ids = [r["id"] for r in rows]
    print(
        f"ECB+: {len(rows)} articles, {len(set(gold.values()))} gold events, "
        f"{len({r['topic'] for r in rows})} topics"
    )
    print(
        fmt(
            "one story per topic (upper bound of a topic-only grouper)",
            {r["id"]: r["topic"] for r in rows},
            gold,
        )
    )

    m = tfidf_matrix(rows)
    z = linkage(pdist(m, "cosine"), method="average")
    grid = [round(x, 2) for x in np.arange(0.02, 0.61, 0.02)]
    curve = sweep(lambda t: agglomerative(m, ids, t, z), grid, gold)
    t_best = max(curve, key=lambda x: x[1])[0]
    print(
        fmt(
            f"(a) TF-IDF agglomerative avg-link, cos>={t_best:.2f}*",
            agglomerative(m, ids, t_best, z),
            gold,
        )
    )
    curve = sweep(lambda t: single_pass(m, ids, t), grid, gold)
    t_sp = max(curve, key=lambda x: x[1])[0]
    print(fmt(f"(b) TF-IDF single-pass online, cos>={t_sp:.2f}*", single_pass(m, ids, t_sp), gold))
    print("    * best threshold on the whole corpus (oracle), step 0.02")

    docs = docs_of(rows)
    t0 = time.perf_counter()
    pred = ours(docs)
    dt = time.perf_counter() - t0
    th = Params().threshold
    print(
        fmt(f"(c) newsgraph online, file order, t={th:.2f}", pred, gold)
        + f" | {len(docs) / dt:.0f} art/s"
    )
    for seed in (1, 2, 3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        print(fmt(f"(c) newsgraph online, shuffled seed {seed}", ours(shuffled), gold))

    print("\nBCubed F1 around the default threshold (file order | shuffled seed 1):")
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    for t in [round(th + d, 2) for d in (-0.15, -0.1, -0.05, -0.025, 0, 0.025, 0.05, 0.1, 0.15)]:
        print(
            f"  t={t:.3f}  {bcubed(ours(docs, t), gold)[2]:.3f} | "
            f"{bcubed(ours(shuffled, t), gold)[2]:.3f}"
        )

    print("\nThreshold chosen on half the topics, scored on the other half (file order):")
    topics = sorted({r["topic"] for r in rows}, key=int)
    halves = (set(topics[0::2]), set(topics[1::2]))
    fine = [round(x, 3) for x in np.arange(0.1, 0.61, 0.025)]
    for k, (tune, test) in enumerate((halves, halves[::-1])):
        tdocs = [d for d, r in zip(docs, rows, strict=True) if r["topic"] in tune]
        sdocs = [d for d, r in zip(docs, rows, strict=True) if r["topic"] in test]
        tgold = {d.id: gold[d.id] for d in tdocs}
        sgold = {d.id: gold[d.id] for d in sdocs}
        best = max(sweep(lambda t, tdocs=tdocs: ours(tdocs, t), fine, tgold), key=lambda x: x[1])
        print(
            fmt(
                f"  half {k}: tuned t={best[0]:.3f} (tune F1 {best[1]:.3f}), test",
                ours(sdocs, best[0]),
                sgold,
            )
        )
        ma = tfidf_matrix([r for r in rows if r["topic"] in tune])
        za = linkage(pdist(ma, "cosine"), method="average")
        tids = [d.id for d in tdocs]
        bt = max(
            sweep(lambda t, ma=ma, za=za, tids=tids: agglomerative(ma, tids, t, za), grid, tgold),
            key=lambda x: x[1],
        )[0]
        mb = tfidf_matrix([r for r in rows if r["topic"] in test])
        zb = linkage(pdist(mb, "cosine"), method="average")
        print(
            fmt(
                f"  half {k}: (a) baseline tuned t={bt:.2f}, test",
                agglomerative(mb, [d.id for d in sdocs], bt, zb),
                sgold,
            )
        )
    wire_bench(rows)


# -- wire copies ----------------------------------------------------------------------------


def edited_copies(rows: list[dict], seed: int = 7) -> list[tuple[StoryDoc, StoryDoc, str]]:
    """(original, edited copy, edit) for every article of 8+ paragraphs (lines)."""
    rng = random.Random(seed)
    out = []
    edits = (
        "cut last 2",
        "cut last third",
        "new headline + cut 2",
        "move a paragraph",
        "intro sentence + move",
        "all of these",
    )
    for r in rows:
        paras = [p for p in r["text"].split("\n") if p.strip()]
        if len(paras) < 8:
            continue
        edit = edits[len(out) % len(edits)]
        p = paras[1:] if r["title"] and paras[0].startswith(r["title"][:30]) else paras[:]
        title = r["title"]
        if edit in ("cut last 2", "new headline + cut 2", "all of these"):
            p = p[:-2]
        if edit == "cut last third":
            p = p[: len(p) * 2 // 3]
        if edit in ("new headline + cut 2", "all of these"):
            title = "Update: what we know so far"
        if edit in ("move a paragraph", "intro sentence + move", "all of these"):
            i = rng.randrange(1, len(p) - 1)
            p.insert(rng.randrange(0, len(p) - 1), p.pop(i))
        if edit in ("intro sentence + move", "all of these"):
            p.insert(
                0,
                "Local roads stayed closed for a second day on Thursday as officials "
                "met behind closed doors in the city centre.",
            )
        copy = StoryDoc(r["id"] + "-copy", title, "\n".join(p), None)
        out.append((StoryDoc(r["id"], r["title"], r["text"], None), copy, edit))
    return out


def wire_bench(rows: list[dict]) -> None:
    from newsgraph.group.wire import MIN_CONTAINMENT, MIN_SHARED, shingles, wire_copies

    docs = docs_of(rows)
    print(
        f"\nWire copies (5-word shingles, MinHash LSH Jaccard>=0.15 candidates, "
        f"containment>={MIN_CONTAINMENT}, shared>={MIN_SHARED})"
    )
    # 1. Near-duplicates that occur in ECB+ itself: exhaustive check vs the LSH path.
    sh = {d.id: shingles(d.text) for d in docs}
    ids = [d.id for d in docs]
    exhaustive = set()
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            inter = len(sh[a] & sh[b])
            small = min(len(sh[a]), len(sh[b]))
            if small and inter >= MIN_SHARED and inter / small >= MIN_CONTAINMENT:
                exhaustive.add((min(a, b), max(a, b)))
    t0 = time.perf_counter()
    found = set(wire_copies(docs))
    dt = time.perf_counter() - t0
    same_event = sum(gold_of(rows)[a] == gold_of(rows)[b] for a, b in found)
    print(
        f"  ECB+ as is: exhaustive all-pairs finds {len(exhaustive)} pairs; LSH path finds "
        f"{len(found)} ({len(found & exhaustive)} of the exhaustive ones, recall of the "
        f"index {len(found & exhaustive) / max(len(exhaustive), 1):.3f}); "
        f"{same_event}/{len(found)} within one gold event; {len(docs) / dt:.0f} art/s"
    )
    for a, b in sorted(found)[:12]:
        inter = len(sh[a] & sh[b])
        print(f"    {a:>14} {b:>14} containment {inter / min(len(sh[a]), len(sh[b])):.2f}")
    # 2. Edited copies vs same-event different-text pairs.
    trip = edited_copies(rows)
    pool = [c for _, c, _ in trip] + docs
    found = set(wire_copies(pool))
    pos = {(min(o.id, c.id), max(o.id, c.id)): e for o, c, e in trip}
    gold = gold_of(rows)
    neg = {
        (a, b)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if gold[a] == gold[b] and (min(a, b), max(a, b)) not in exhaustive
    }
    tp = sum(p in found for p in pos)
    fp_neg = sum(p in found for p in neg)

    # Anything else found: ECB+'s own duplicates (and copies of them) are true positives too.
    def base(x: str) -> str:
        return x.removesuffix("-copy")

    other = [p for p in found if p not in pos]
    explained = sum(
        (min(base(a), base(b)), max(base(a), base(b))) in exhaustive or base(a) == base(b)
        for a, b in other
    )
    print(f"  edited copies: {len(pos)} made; recall {tp / len(pos):.3f}")
    for e in sorted(set(pos.values())):
        k = [p for p, x in pos.items() if x == e]
        print(f"    {e:<24} {sum(p in found for p in k)}/{len(k)}")
    print(
        f"  same-event different-text pairs: {len(neg)}; flagged {fp_neg} "
        f"(false-positive rate {fp_neg / len(neg):.4f})"
    )
    prec = (tp + explained) / len(found)
    print(
        f"  precision over all {len(found)} pairs found: {prec:.3f} "
        f"({len(other) - explained} pairs not explained by an edit or an ECB+ duplicate)"
    )


def gold_of(rows: list[dict]) -> dict[str, str]:
    return {r["id"]: r["cluster"] for r in rows}


if __name__ == "__main__":
    main()
