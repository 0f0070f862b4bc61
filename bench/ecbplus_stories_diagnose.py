"""Where the story grouper's remaining ECB+ errors are, and how well candidate split tests see them.

    .venv/bin/python bench/ecbplus_stories_diagnose.py [--data ...unified.jsonl]   (~2.5 min)
        [--orders N] [--topics all|odd|even]

`--orders N` (default 4): the file order and shuffled seeds 1 .. N-1. `--topics odd` (or even)
keeps the odd-numbered (even-numbered) topics only, grouped on their own: the odd ones are the
tuning half of `ecbplus_stories.py`, where errors may be studied; the even ones are held out.

Two parts, both diagnostic (nothing here is shipped; the gold labels steer the oracles):

1. *Upper bounds*: the grouper with gold-informed decisions, same features, same retrieval, same
   partitions and check sizes, in the orders of `ecbplus_stories.py` (file + seeds 1 .. N-1):
   - `oracle split`: at each split check the two-way partition is split off exactly when its two
     parts' majority gold events differ (each part at least `split_min` articles);
   - `oracle merge`: at each split check the story first absorbs its nearest story (by centroid
     cosine, at least 0.2, found through the inverted index) exactly when both have the same
     majority gold event; the split test itself is the shipped one;
   - both together.
   The gap between the shipped grouper and each bound says how much a better decision there can
   be worth.
2. *Split tests at the checks the shipped grouper makes* (the same orders): each check is labelled
   one event (all members of one gold event) or two events (the second event has at least
   `split_min` members; checks with 1-2 stray members are left out), and each candidate statistic
   is scored by its AUC: the probability that a two-event check looks more split-worthy than a
   one-event check. Candidates: the shipped between/within ratio, the same ratio over names,
   numbers and dates only, over words only, over features held by less than 80% of the members
   (story-level discriminative terms), the spread (coefficient of variation) of the members'
   pairwise similarities, and the shipped test in full (the ratio plus the specifics' evidence).
3. *Where the shipped grouper loses*: BCubed F1 with the errors of one kind undone, in the
   orders above: two events kept in one story (each story cut along its gold events), and one
   event left in pieces (the stories whose majority is one gold event joined into one).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _clusters import bcubed  # noqa: E402
from _ecbplus import half_rows  # noqa: E402
from ecbplus_stories import DATA, docs_of, load  # noqa: E402

from newsgraph.group.stories import (  # noqa: E402
    SPLIT_CHECKS,
    Params,
    StoryDoc,
    StoryIndex,
    _dot,
    _mean_pair,
    _Story,
    _top,
    _two_way,
    specifics_evidence,
)


def _majority(members: list[str], gold: dict[str, str]) -> str:
    return Counter(gold[m] for m in members).most_common(1)[0][0]


def _gram(vecs: list[dict[str, float]]) -> list[list[float]]:
    k = len(vecs)
    return [[_dot(vecs[i], vecs[j]) if i != j else 1.0 for j in range(k)] for i in range(k)]


def _parts(side: list[int]) -> tuple[list[int], list[int]]:
    return (
        [i for i, s in enumerate(side) if s == side[0]],
        [i for i, s in enumerate(side) if s != side[0]],
    )


def _ratio(gram: list[list[float]], side: list[int]) -> float:
    a, b = _parts(side)
    within = math.sqrt(_mean_pair(gram, a, a) * _mean_pair(gram, b, b))
    return _mean_pair(gram, a, b) / within


class OracleIndex(StoryIndex):
    """The grouper with gold-informed split and/or merge decisions (upper bounds only)."""

    def __init__(self, params: Params, gold: dict[str, str], split: bool, merge: bool) -> None:
        super().__init__(params)
        self.gold, self.oracle_split, self.oracle_merge = gold, split, merge

    def _maybe_split(self, story: _Story) -> None:
        p = self.params
        if not story.vecs or len(story.members) not in SPLIT_CHECKS:
            return
        if self.oracle_merge:
            sib = self._sibling(story)
            if sib is not None and _majority(sib.members, self.gold) == _majority(
                story.members, self.gold
            ):
                self._absorb(story, sib)
        if not self.oracle_split:
            super()._maybe_split(story)
            return
        vecs, k = story.vecs, len(story.members)
        if not vecs or k < 2 * p.split_min:
            return
        side = _two_way(_gram(vecs))
        if side is None:
            return
        a, b = _parts(side)
        if len(a) < p.split_min or len(b) < p.split_min:
            return
        if _majority([story.members[i] for i in a], self.gold) == _majority(
            [story.members[i] for i in b], self.gold
        ):
            return
        saved, p.split = p.split, float("inf")  # the shipped code path makes the split
        try:
            if len(story.members) in SPLIT_CHECKS:
                super()._maybe_split(story)
        finally:
            p.split = saved

    def _sibling(self, story: _Story) -> _Story | None:
        """The active story (still holding member vectors) nearest to `story` by centroid
        cosine, among those its strongest features retrieve; None below 0.2."""
        best, best_cos = None, 0.2
        for other in self._retrieve(_top(story.centroid, self.params.query_terms), skip=story.id):
            if not other.active or other.vecs is None or not other.norm:
                continue
            cos = _dot(story.centroid, other.centroid) / (story.norm * other.norm)
            if cos >= best_cos:
                best, best_cos = other, cos
        return best


class CheckRecorder(StoryIndex):
    """The shipped grouper, recording the members, member vectors and partition of each check."""

    def __init__(self, params: Params | None = None) -> None:
        super().__init__(params)
        self.checks: list[
            tuple[list[str], list[dict[str, float]], list[int], list[list[str]] | None]
        ] = []

    def _maybe_split(self, story: _Story) -> None:
        p, vecs, k = self.params, story.vecs, len(story.members)
        if vecs and k in SPLIT_CHECKS and k >= 2 * p.split_min:
            side = _two_way(_gram(vecs))
            if side is not None:
                specs = story.specs if story.specs and len(story.specs) == k else None
                self.checks.append((list(story.members), [dict(v) for v in vecs], side, specs))
        super()._maybe_split(story)


def _restricted(
    vecs: list[dict[str, float]], keep: Callable[[str], bool]
) -> list[dict[str, float]]:
    out = []
    for v in vecs:
        x = {f: w for f, w in v.items() if keep(f)}
        n = math.sqrt(sum(w * w for w in x.values())) or 1.0
        out.append({f: w / n for f, w in x.items()})
    return out


def split_statistics(
    vecs: list[dict[str, float]], side: list[int], specs: list[list[str]] | None = None
) -> dict[str, float]:
    """Candidate split tests for one check; lower = more split-worthy for every entry."""
    gram = _gram(vecs)
    k = len(vecs)
    held = Counter(f for v in vecs for f in v)
    out = {"between/within ratio": _ratio(gram, side)}
    evidence = 0.0
    if specs is not None:
        a, b = _parts(side)
        agree, conflict = specifics_evidence([specs[i] for i in a], [specs[i] for i in b])
        evidence = agree - conflict
    out["shipped: ratio + specifics x weight"] = out["between/within ratio"] + (
        Params().specifics * evidence
    )
    for label, keep in (
        ("ratio, names/numbers/dates only", lambda f: f[0] != "w"),
        ("ratio, words only", lambda f: f[0] == "w"),
        ("ratio, features held by < 80% of members", lambda f: held[f] < 0.8 * k),
    ):
        out[label] = _ratio(_gram(_restricted(vecs, keep)), side)
    off = [gram[i][j] for i in range(k) for j in range(i + 1, k)]
    mean = sum(off) / len(off)
    sd = math.sqrt(sum((x - mean) ** 2 for x in off) / len(off))
    out["minus spread (CV) of pairwise similarities"] = -sd / mean if mean else 0.0
    return out


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a two-event check scores lower than a one-event check); ties count half."""
    wins = sum((p < n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--orders", type=int, default=4, metavar="N")
    ap.add_argument("--topics", choices=("all", "odd", "even"), default="all")
    args = ap.parse_args()
    rows = load(args.data)
    docs = docs_of(rows)
    orders: list[list[StoryDoc]] = [docs]
    for seed in range(1, args.orders):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    if args.topics != "all":  # shuffled whole, then filtered: the orders of ecbplus_stories.py
        rows = half_rows(rows, args.topics)
        keep = {r["id"] for r in rows}
        orders = [[d for d in order if d.id in keep] for order in orders]
    gold = {r["id"]: r["cluster"] for r in rows}
    print(f"{len(rows)} articles ({args.topics} topics), {len(orders)} orders")

    def score(make) -> list[float]:
        out = []
        for order in orders:
            index = make()
            for d in order:
                index.add(d)
            pred = {m: sid for sid, ms in index.stories().items() for m in ms}
            out.append(bcubed(pred, gold)[2])
        return out

    print(f"Upper bounds: BCubed F1, file order | mean of the {len(orders)} orders")
    for label, make in (
        ("shipped grouper", lambda: StoryIndex(Params())),
        ("oracle split", lambda: OracleIndex(Params(), gold, True, False)),
        ("oracle merge", lambda: OracleIndex(Params(), gold, False, True)),
        ("oracle split + merge", lambda: OracleIndex(Params(), gold, True, True)),
    ):
        f1 = score(make)
        print(f"  {label:<24} {f1[0]:.3f} | {sum(f1) / len(f1):.3f}")

    split_min = Params().split_min
    pos: dict[str, list[float]] = {}
    neg: dict[str, list[float]] = {}
    for order in orders:
        index = CheckRecorder(Params())
        for d in order:
            index.add(d)
        for members, vecs, side, specs in index.checks:
            a, b = _parts(side)
            if len(a) < split_min or len(b) < split_min:
                continue
            counts = sorted(Counter(gold[m] for m in members).values(), reverse=True)
            if len(counts) > 1 and counts[1] < split_min:
                continue  # one event plus a stray or two: neither label fits
            into = pos if len(counts) > 1 else neg
            for key, value in split_statistics(vecs, side, specs).items():
                into.setdefault(key, []).append(value)
    n_pos = len(next(iter(pos.values())))
    n_neg = len(next(iter(neg.values())))
    print(f"\nSplit tests at the shipped grouper's checks: {n_pos} two-event, {n_neg} one-event")
    for key in pos:
        print(f"  {key:<46} AUC {auc(pos[key], neg[key]):.3f}")

    print("\nWhere the shipped grouper loses: BCubed F1 | P | R, mean of the orders")
    rows_out: dict[str, list[tuple[float, float, float]]] = {}
    for order in orders:
        index = StoryIndex(Params())
        for d in order:
            index.add(d)
        pred = {m: sid for sid, ms in index.stories().items() for m in ms}
        # Two events in one story, undone: each story cut along its gold events.
        cut = {m: f"{sid}|{gold[m]}" for m, sid in pred.items()}
        # One event in pieces, undone: the stories whose majority is one gold event joined
        # into one story (with any articles of the other event they hold).
        lead = {sid: _majority(ms, gold) for sid, ms in index.stories().items()}
        glued = {m: lead[sid] for m, sid in pred.items()}
        for label, p in (("shipped", pred), ("merges undone", cut), ("pieces glued", glued)):
            rows_out.setdefault(label, []).append(bcubed(p, gold))
    for label, scores in rows_out.items():
        f, p, r = (sum(x[i] for x in scores) / len(scores) for i in (2, 0, 1))
        print(f"  {label:<24} {f:.3f} | {p:.3f} | {r:.3f}")


if __name__ == "__main__":
    main()
