"""Workers counted roughly (`Hundreds of Tarsby's dockers walked out`) strike as the workers,
not as the count, nor as the town or firm whose workers they are. Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Tarsby's dockers walked out on Tuesday.",
        "Hundreds of dockers walked out in Tarsby on Tuesday.",
    ],
)
def test_counted_dockers_walking_out_strike(events, text):
    found = events(text)
    assert [(e.type, e.cameo, [a[1] for a in e.actors]) for e in found] == [
        ("protest", "143", ["dockers"])
    ]


def test_a_towns_workers_act_themselves(events):
    found = events("Tarsby's dockers walked out on Tuesday.")
    assert [[a[1] for a in e.actors] for e in found] == [["dockers"]]
