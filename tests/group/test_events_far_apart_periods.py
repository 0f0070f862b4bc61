"""How far apart two dated reports are, for an undated one that matches both: the days between
their periods (end of the earlier to start of the later), not between their first days: a
month and a day three days after it are close. Events written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.group.events import merge


def _ev(article: str, date: str | None) -> dict:
    return {
        "id": article,
        "article": article,
        "start": 0,
        "event_key": None,
        "type": "protest",
        "date": date,
        "mode": None,
        "cameo": "141",
        "status": None,
        "place": None,
        "actors": [{"entity": "org:tarsby dockers", "name": "Tarsby Dockers"}],
        "targets": [{"entity": "org:port board", "name": "Port Board"}],
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2025-12-31", "2026-01-03"),  # control: two close days, as before
        ("2025-12", "2026-01-03"),
        ("2026-11", "2026-12-20"),
        ("2026-W52", "2027-01-03"),
    ],
)
def test_undated_report_joins_one_of_two_close_periods(first, second):
    clusters = merge([_ev("a1", first), _ev("a2", second), _ev("a3", None)])
    assert sorted(len(c) for c in clusters) == [1, 2]


def test_undated_report_joins_neither_of_two_far_periods():
    clusters = merge([_ev("a1", "2026-09"), _ev("a2", "2026-12-20"), _ev("a3", None)])
    assert sorted(len(c) for c in clusters) == [1, 1, 1]
