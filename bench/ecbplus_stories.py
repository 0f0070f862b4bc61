"""Story grouping on ECB+: baselines vs newsgraph's online grouper.

ECB+ (CC BY 3.0) holds 982 articles in 43 topics; each topic holds two different real-world
events of one kind (the `ecb` and the `ecbplus` half), 86 gold events in all (`cluster`). The
articles carry no publication dates, so only the text can separate the two events of a topic.

    .venv/bin/python bench/ecbplus_stories.py [--data ../shared/data/ecbplus/unified.jsonl]
        [--orders N] [--halves-only | --grouper-only]

`--orders N` (default 4): the article orders every "over the orders" figure is taken over: the
file order and shuffled seeds 1 .. N-1 (`--orders 12`: seeds 1-11). `--halves-only` prints only
the odd / even topics table (the tuning protocol below), the quick way to score it in many orders;
`--grouper-only` prints the rows (c), (c4), (c1), (c0) and that table (no baselines, sweeps,
threshold choice on half the topics, nor wire copies: a few minutes instead of ~15 on a busy
machine).

Prints BCubed and pairwise precision/recall/F1 for
(a) TF-IDF cosine + average-link agglomerative clustering, threshold swept, best reported
    (an oracle choice that flatters the baseline);
(b) online single-pass TF-IDF (centroid cosine), threshold swept, best reported;
(c) newsgraph's `StoryIndex`, online in file order and in N-1 shuffled orders (fixed seeds),
    at its default parameters; the F1 curves around its join threshold and its split threshold;
    and both thresholds chosen on half the topics, scored on the other half (also without the
    specifics);
(c4) the grouper as it was before session 9 (no settling: the merge and moves after each
    join; checks from 6 articles with parts of 3; join threshold 0.22, split threshold 0.55;
    stories retired 14 days after their latest article): main at 938ab1b, in the same orders;
(c1) the same grouper without the specifics (years, weekdays, counts and dates compared in the
    split test and in the merge at a check), in the same orders;
(c0) the same grouper without its split check, at the join threshold it had before it got one
    (0.25), in the same orders and with its threshold chosen on half the topics: the "before".

Besides, the tuning protocol of the specifics (session 6): parameters chosen on the odd-numbered
topics only, the even-numbered ones held out; printed as "odd / even topics" (N orders each,
each half grouped on its own), with the two settings scored on the held-out half before the
shipped one (split evidence at weight 1, without and with the merge).

With `--analysed`, it also runs newsgraph's analysis stages (spaCy parse, entities, events,
quotes; entity keys linked in file order, as an ingest would) on every article, caches the result
in bench/results/ (keyed by a hash of the data, the analysis code and the spaCy model), reports
their cost per article, and scores the grouper with their keys added as features: people,
places, organisations, event type + participant/place, quote speakers (mean BCubed F1 over the
four orders).

Only the title and text are given to the grouper: the ECB+ `outlet`, `url` and `date` fields
are left out, since only one half of each topic has them.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _clusters import BEFORE_SESSION_9, bcubed  # noqa: E402
from _ecbplus import in_half, topic_of_id  # noqa: E402

from newsgraph.group.stories import Params, StoryDoc, StoryIndex  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "unified.jsonl"

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
    # Title and text only: `outlet`, `url` and `date` are set on the ecbplus half alone, so they
    # would tell the two events of a topic apart by the way the corpus was made.
    return [StoryDoc(r["id"], r["title"], r["text"], None) for r in rows]


#: The grouper as it was before the split check (the "before" row).
BEFORE = {"threshold": 0.25, "split": 0.0}
#: The grouper as it was before the specifics (split evidence and the merge at a check).
NO_SPECIFICS = {"specifics": 0.0, "merge_agree": None}
NO_SETTLING = BEFORE_SESSION_9  # the grouper before session 9 (bench/_clusters.py)


def ours(docs: list[StoryDoc], threshold: float | None = None, **kw) -> dict[str, str]:
    """Online pass in the given order; article -> story at the end (a split re-points articles
    that joined earlier, so the answers of `add` are not the final grouping)."""
    params = Params(**({} if threshold is None else {"threshold": threshold}), **kw)
    index = StoryIndex(params)
    for d in docs:
        index.add(d)
    return {a: sid for sid, members in index.stories().items() for a in members}


def shuffled_order(docs: list[StoryDoc], seed: int) -> list[StoryDoc]:
    out = docs[:]
    random.Random(seed).shuffle(out)
    return out


#: Settings of the specifics scored on the held-out half before the shipped one (session 6).
EARLIER = (
    ("(c2) split evidence x1, no merge", {"specifics": 1.0, "merge_agree": None}),
    ("(c3) split evidence x1 + merge", {"specifics": 1.0}),
)


def halves_table(
    docs: list[StoryDoc],
    shuffles: list[list[StoryDoc]],
    gold,
    halves: tuple[str, ...] = ("odd", "even"),
    extra: dict | None = None,
) -> None:
    """BCubed F1 of each half of the topics grouped on its own (odd: tuning, even: held out),
    mean over the orders [file order, shuffled seeds...]. `halves`: the halves scored (the
    even one is held out: the lead runs it); `extra`: Params given to every row, and a row
    "(cP) with --params" beside the shipped one when it is set."""
    orders = [docs, *shuffles]
    print(
        f"\n{' / '.join(halves)} topics (odd: tuning, even: held out), each half on its own, "
        f"mean over {len(orders)} orders [file, seeds 1-{len(orders) - 1}]:"
    )
    rows: list[tuple[str, dict]] = [("(c) newsgraph", {})]
    if extra:
        rows.append(("(cP) with --params", extra))
    if not extra:
        rows += [
            ("(c4) before session 9", NO_SETTLING),
            ("(c1) without the specifics", NO_SPECIFICS),
            *EARLIER,
        ]
    for label, kw in rows:
        cells = []
        for half in halves:
            f1s = []
            for order in orders:
                part = [d for d in order if in_half(topic_of_id(d.id), half)]
                f1s.append(bcubed(ours(part, **kw), {d.id: gold[d.id] for d in part})[2])
            f1 = f"{sum(f1s) / len(f1s):.4f} [{' '.join(f'{f:.3f}' for f in f1s)}]"
            cells.append(f"{half} {f1}")
        print(f"  {label:<34} {' | '.join(cells)}")


def sweep(fn, thresholds, gold) -> list[tuple[float, float]]:
    return [(t, bcubed(fn(t), gold)[2]) for t in thresholds]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--wire-only", action="store_true")
    ap.add_argument("--analysed", action="store_true", help="also score analysis-stage keys")
    ap.add_argument("--analysed-only", action="store_true")
    ap.add_argument(
        "--orders",
        type=int,
        default=4,
        metavar="N",
        help="article orders: the file order and shuffled seeds 1..N-1 (default 4)",
    )
    ap.add_argument("--halves-only", action="store_true", help="only the odd / even topics table")
    ap.add_argument(
        "--half",
        choices=("odd", "even", "both"),
        default="both",
        help="with --halves-only: the halves scored (even: held out, the lead's)",
    )
    ap.add_argument(
        "--params",
        default="{}",
        help="with --halves-only: Params as JSON, scored beside (c)",
    )
    ap.add_argument(
        "--grouper-only", action="store_true", help="only rows (c), (c4), (c1), (c0) and the halves"
    )
    args = ap.parse_args()
    if args.orders < 1:
        ap.error("--orders must be at least 1")
    rows = load(args.data)
    if args.wire_only:
        wire_bench(rows)
        return
    if args.analysed_only:
        analysed_bench(rows, args.data)
        return
    gold = {r["id"]: r["cluster"] for r in rows}
    ids = [r["id"] for r in rows]
    docs = docs_of(rows)
    seeds = list(range(1, args.orders))
    shuffles = [shuffled_order(docs, seed) for seed in seeds]
    if args.halves_only:
        try:
            extra = json.loads(args.params)
            Params(**extra)
        except (ValueError, TypeError) as e:
            ap.error(f"--params: not a JSON object of Params fields ({e})")
        halves = ("odd", "even") if args.half == "both" else (args.half,)
        halves_table(docs, shuffles, gold, halves, extra)
        return
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

    grid = [round(x, 2) for x in np.arange(0.02, 0.61, 0.02)]
    if not args.grouper_only:
        m = tfidf_matrix(rows)
        z = linkage(pdist(m, "cosine"), method="average")
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
        print(
            fmt(f"(b) TF-IDF single-pass online, cos>={t_sp:.2f}*", single_pass(m, ids, t_sp), gold)
        )
        print("    * best threshold on the whole corpus (oracle), step 0.02")

    p0 = Params()
    n = len(seeds) + 1
    ours(docs)  # warm the feature caches, so that the first timing is not the slower one
    for label, kw in (
        (f"(c) newsgraph, t={p0.threshold:.2f} split<{p0.split:.2f}", {}),
        ("(c4) before session 9", NO_SETTLING),
        ("(c1) without the specifics (split evidence, merge)", NO_SPECIFICS),
        (f"(c0) before: no split check, t={BEFORE['threshold']:.2f}", BEFORE),
    ):
        t0 = time.perf_counter()
        pred = ours(docs, **kw)
        dt = time.perf_counter() - t0
        print(fmt(f"{label}, file order", pred, gold) + f" | {len(docs) / dt:.0f} art/s")
        f1s = [bcubed(pred, gold)[2]]
        for seed, shuffled in zip(seeds, shuffles, strict=True):
            sp = ours(shuffled, **kw)
            f1s.append(bcubed(sp, gold)[2])
            print(fmt(f"{label}, shuffled seed {seed}", sp, gold))
        print(f"    mean BCubed F1 over the {n} orders: {sum(f1s) / n:.3f}")

    halves_table(docs, shuffles, gold)
    if args.grouper_only:
        return

    th, sp = p0.threshold, p0.split
    one = shuffles[0] if shuffles else docs
    print(f"\nBCubed F1 around the defaults (file order | shuffled seed 1), split<{sp:.2f}:")
    for t in [round(th + d, 3) for d in (-0.1, -0.05, -0.025, 0, 0.025, 0.05, 0.1)]:
        print(
            f"  join t={t:.3f}  {bcubed(ours(docs, t), gold)[2]:.3f} | "
            f"{bcubed(ours(one, t), gold)[2]:.3f}"
        )
    print(f"  and at join t={th:.2f}:")
    for x in (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        print(
            f"  split<{x:.2f}  {bcubed(ours(docs, split=x), gold)[2]:.3f} | "
            f"{bcubed(ours(one, split=x), gold)[2]:.3f}"
        )

    print("\nThresholds chosen on half the topics, scored on the other half (file order):")
    topics = sorted({r["topic"] for r in rows}, key=int)
    halves = (set(topics[0::2]), set(topics[1::2]))
    fine = [round(x, 3) for x in np.arange(0.1, 0.61, 0.025)]
    joins = [0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3]
    splits = [0.5, 0.55, 0.6, 0.65, 0.7]
    for k, (tune, test) in enumerate((halves, halves[::-1])):
        tdocs = [d for d, r in zip(docs, rows, strict=True) if r["topic"] in tune]
        sdocs = [d for d, r in zip(docs, rows, strict=True) if r["topic"] in test]
        tgold = {d.id: gold[d.id] for d in tdocs}
        sgold = {d.id: gold[d.id] for d in sdocs}
        for label, kw in (("(c)", {}), ("(c1)", NO_SPECIFICS)):
            cells = [
                (bcubed(ours(tdocs, t, split=x, **kw), tgold)[2], t, x)
                for t in joins
                for x in splits
            ]
            f1, bt, bx = max(cells, key=lambda g: (g[0], -abs(g[1] - th), -abs(g[2] - sp)))
            print(
                fmt(
                    f"  half {k}: {label} tuned t={bt:.3f} split<{bx:.2f} (tune F1 {f1:.3f}), test",
                    ours(sdocs, bt, split=bx, **kw),
                    sgold,
                )
            )
        best = max(
            sweep(lambda t, tdocs=tdocs: ours(tdocs, t, split=0.0), fine, tgold),
            key=lambda x: x[1],
        )
        print(
            fmt(
                f"  half {k}: (c0) tuned t={best[0]:.3f} (tune F1 {best[1]:.3f}), test",
                ours(sdocs, best[0], split=0.0),
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
    if args.analysed:
        analysed_bench(rows, args.data)
    wire_bench(rows)


# -- analysis-stage keys as features ----------------------------------------------------------

RESULTS = Path(__file__).resolve().parent / "results"
#: the package measured (a PYTHONPATH tree or this checkout): its files key the cache
SRC = Path(sys.modules["newsgraph"].__file__).resolve().parent


def analysed_articles(rows: list[dict], data: Path) -> tuple[list, float]:
    """Every article through newsgraph's analysis stages, entity keys linked in file order;
    cached. Returns the articles and the analysis seconds per article (of the uncached run)."""
    import hashlib
    import pickle
    from importlib.metadata import version

    from newsgraph.analyse import analyse
    from newsgraph.analyse.linking import Linker
    from newsgraph.analyse.nlp import DEFAULT_MODEL
    from newsgraph.records import Article

    h = hashlib.sha256(data.read_bytes())
    for f in sorted((SRC / "analyse").glob("*.py")) + [SRC / "records.py"]:
        h.update(f.read_bytes())
    h.update(version(DEFAULT_MODEL.replace("_", "-")).encode())
    cache = RESULTS / f"ecbplus_analysed-{h.hexdigest()[:16]}.pkl"
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    t0 = time.perf_counter()
    linker = Linker()
    arts = []
    for r in rows:
        a = Article(r["id"], "ecbplus", "text", r["text"], title=r["title"], language="en")
        analyse(a)
        keys, _ = linker.link_article(a.id, a.entities)
        for i, e in enumerate(a.entities):
            e.key = keys[i]
        for q in a.quotes:
            if q.speaker_entity is not None:
                q.speaker_key = a.entities[q.speaker_entity].key
        arts.append(a)
    result = (arts, (time.perf_counter() - t0) / len(rows))
    RESULTS.mkdir(exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(result, f)
    return result


def analysis_keys(a) -> dict[str, Counter[str]]:
    """Feature keys per family from one analysed article; the first letter is the feature kind
    the grouper weighs (upper case, so they never clash with its own kinds)."""
    fam = {"P": {"PERSON"}, "G": {"GPE", "LOC", "FAC"}, "O": {"ORG"}}
    out: dict[str, Counter[str]] = {k: Counter() for k in "PGOVQ"}
    for e in a.entities:
        for k, types in fam.items():
            if e.type in types:
                out[k][f"{k}:{e.key}"] += len(e.mentions)
    for ev in a.events:
        for actor in ev.actors + ev.targets:
            if actor[0] is not None:
                out["V"][f"V:{ev.type}|{a.entities[actor[0]].key}"] += 1
        if ev.place is not None:
            out["V"][f"V:{ev.type}@{ev.place[0].lower()}"] += 1
    for q in a.quotes:
        if q.speaker_key:
            out["Q"][f"Q:{q.speaker_key}"] += 1
    return out


class KeyedIndex(StoryIndex):
    """The grouper with extra feature keys per article (from the analysis stages)."""

    def __init__(self, params: Params, keys: dict[str, Counter[str]]) -> None:
        super().__init__(params)
        self.keys = keys

    def vectorise(self, doc: StoryDoc, feats: dict[str, int] | None = None) -> dict[str, float]:
        from newsgraph.group.features import article_features

        feats = Counter(feats or article_features(doc.title, doc.text, self.params.lead_chars))
        feats.update(self.keys.get(doc.id, Counter()))
        return super().vectorise(doc, feats)


def analysed_bench(rows: list[dict], data: Path) -> None:
    from newsgraph.group.stories import KIND_WEIGHTS

    arts, per_article = analysed_articles(rows, data)
    gold = gold_of(rows)
    by_id = {a.id: analysis_keys(a) for a in arts}
    docs = docs_of(rows)
    orders = [docs]
    for seed in (1, 2, 3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    print(
        f"\nAnalysis-stage keys as features: analysis costs {per_article * 1000:.0f} ms/article "
        f"(spaCy parse, entities, events, quotes; once per article at ingest). Mean BCubed F1 "
        f"over file order + shuffled seeds 1-3 (P / R / F1 of the mean):"
    )
    variants = [("none (title and text only)", "", 0.0)]
    for fams, label in (
        ("P", "people"),
        ("G", "places"),
        ("O", "organisations"),
        ("V", "event type + participant / place"),
        ("Q", "quote speakers"),
        ("PGO", "all entities"),
        ("PGOVQ", "all"),
    ):
        for w in (1.0, 2.0, 3.0):
            variants.append((f"+ {label}, weight {w:g}", fams, w))
    for split in (Params().split, 0.0):
        print(f"  split<{split:.2f}" + ("" if split else " (no split check, t=0.25)"))
        for label, fams, w in variants:
            if not split and fams not in ("", "P", "PGOVQ"):
                continue
            weights = {**KIND_WEIGHTS, **{k: w for k in fams}}
            keys = {i: sum((fk[k] for k in fams), Counter()) for i, fk in by_id.items()}
            params = Params(kind_weights=weights, **({"split": split} if split else BEFORE))
            scores = []
            for order in orders:
                index = KeyedIndex(params, keys)
                for d in order:
                    index.add(d)
                pred = {m: sid for sid, ms in index.stories().items() for m in ms}
                scores.append(bcubed(pred, gold))
            mp, mr, mf = (sum(x[i] for x in scores) / len(scores) for i in range(3))
            print(f"    {label:<48} {mp:.3f} / {mr:.3f} / {mf:.3f}")


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
