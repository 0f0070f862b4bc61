"""A named night's count of people (`arrested 41 people on Wednesday night`) is no rival of a
running total over a span of days, weeks or months up to the report (`600 have been arrested
this month`, `over the past three weeks`): that span holds many nights. Two totals over a
span still meet. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_conflicts

_PUBLISHED = "2031-03-06"  # a Thursday
_TAIL = "in protests over the election result in Belvar."


def _values(a: str, b: str) -> list[list[str]]:
    told = [("Outlet A", _PUBLISHED, a), ("Outlet B", _PUBLISHED, b)]
    return [sorted(v["value"] for v in c["values"]) for c in number_conflicts(*told)]


@pytest.mark.parametrize(
    "span", ["this month", "this week", "over the past three weeks", "in the last ten days"]
)
def test_a_nights_count_is_no_rival_of_a_running_total(span):
    got = _values(
        f"Police arrested 41 people on Wednesday night {_TAIL}",
        f"Police said 600 people have been arrested {span} {_TAIL}",
    )
    assert got == []


def test_two_totals_over_one_span_still_meet():
    got = _values(
        f"Police said 600 people have been arrested this month {_TAIL}",
        f"Officials said 420 people have been arrested this month {_TAIL}",
    )
    assert got == [["420", "600"]]
