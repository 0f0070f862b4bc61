"""An undated event that matches dated events whose dates disagree joins none of them
(`group/events.py`, `merge`). Events written for these tests."""

from __future__ import annotations

import random

from newsgraph.group.events import merge


def protest(id: str, article: str, date: str | None) -> dict:
    crowd = [{"entity": None, "name": "Thousands", "country": None}]
    city = [{"entity": "place:varnholm", "name": "Varnholm", "country": None}]
    return {
        "id": id,
        "article": article,
        "type": "protest",
        "actors": crowd + city,
        "targets": [],
        "date": date,
        "event_key": f"protest|thousands+varnholm|{date or ''}",
        "start": 0,
        "end": 10,
        "status": "happened",
        "place": None,
        "mentions": [{"start": 0, "end": 10}],
    }


def clusters(events: list[dict]) -> list[list[str]]:
    return sorted(sorted(e["id"] for e in c) for c in merge(events))


def test_undated_between_two_years_joins_neither() -> None:
    # "Thousands marched in Varnholm" (1991), "thousands protested in Varnholm" (2008) and an
    # undated "thousands protested in Varnholm": which protest the last one tells is unknown.
    events = [protest("e1", "a1", "1991"), protest("e2", "a2", None), protest("e3", "a3", "2008")]
    for seed in range(4):
        random.Random(seed).shuffle(events)
        assert clusters(events) == [["e1"], ["e2"], ["e3"]]


def test_undated_joins_the_one_dated_event_it_matches() -> None:
    events = [
        protest("e1", "a1", "2008"),
        protest("e2", "a2", None),
        protest("e3", "a3", "2008-05"),
    ]
    assert clusters(events) == [["e1", "e2", "e3"]]
