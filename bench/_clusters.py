"""Clustering scores shared by the benches that group things (stories, events)."""

from __future__ import annotations

from collections import Counter


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of `pred` (item -> cluster) against `gold`, over the
    gold items; a predicted cluster's size counts every item `pred` puts in it."""
    if not gold:
        return 0.0, 0.0, 0.0
    both = Counter((pred[d], gold[d]) for d in gold)
    pc = Counter(pred.values())
    gc = Counter(gold.values())
    p = sum(n * n / pc[c] for (c, _), n in both.items()) / len(gold)
    r = sum(n * n / gc[g] for (_, g), n in both.items()) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


#: The story grouper's `Params` as they were before session 9 (session 8's main), the
#: baseline rows of bench/ecbplus_stories.py and bench/stories_scale.py: no merge or moves after
#: a join, stories retire 14 days after their latest article, split checks from 6 articles with
#: parts of 3, join threshold 0.22, split threshold 0.55, the gap rule on the story's span of
#: days without the figures exception.
BEFORE_SESSION_9 = {
    "settle": False,
    "retire_days": 14,
    "split_min": 3,
    "split_from": 6,
    "threshold": 0.22,
    "split": 0.55,
    "gap_nearest": False,
    "gap_evidence": 0,
}
