"""The ECB+ odd / even topic halves (bench/_ecbplus.py), which every ECB+ bench reads: the odd
topics are the tuning half, the even ones held out, and each bench picks the same topics as
its own inline filter did before. Records invented here; no shared data."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from _ecbplus import half_rows, in_half, topic_of_id  # noqa: E402

ROWS = [
    {"id": f"{t}_{n}ecb{'plus' if n % 2 else ''}", "topic": str(t)}
    for t in (1, 2, 3, 10, 36, 45)
    for n in (1, 2)
]
SCRIPTS = [
    "dossier_claims.py",
    "ecbplus_events.py",
    "ecbplus_stories.py",
    "ecbplus_stories_diagnose.py",
    "entities_order.py",
]


def _before(rows, half):
    """The filters the scripts wrote inline before sharing the helper (each one's expression)."""
    parity = 1 if half == "odd" else 0
    picks = [
        [r for r in rows if (int(r["topic"]) % 2 == 1) == (half == "odd")],  # dossier
        [r for r in rows if int(r["topic"]) % 2 == parity],  # events, diagnose, entities
        [r for r in rows if int(r["id"].split("_")[0]) % 2 == parity],  # stories (doc ids)
    ]
    assert all(p == picks[0] for p in picks)
    return picks[0]


@pytest.mark.parametrize("half", ["odd", "even"])
def test_each_half_keeps_the_topics_it_did(half):
    kept = half_rows(ROWS, half)
    assert kept == _before(ROWS, half)
    assert kept == [r for r in ROWS if in_half(topic_of_id(r["id"]), half)]
    want = {"1", "3", "45"} if half == "odd" else {"2", "10", "36"}
    assert {r["topic"] for r in kept} == want


def test_the_halves_part_the_topics():
    odd, even = half_rows(ROWS, "odd"), half_rows(ROWS, "even")
    assert odd and even and len(odd) + len(even) == len(ROWS)
    assert in_half(7, "odd") and in_half("12", "even") and not in_half("12", "odd")


def test_an_unknown_half_is_refused():
    with pytest.raises(ValueError, match="odd, even"):
        in_half("3", "both")


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_ecbplus_bench_uses_the_shared_halves(script):
    source = (BENCH / script).read_text(encoding="utf-8")
    assert "_ecbplus import" in source
    assert not re.search(r"%\s*2\b", source), f"{script} still writes its own parity filter"
