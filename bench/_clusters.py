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
