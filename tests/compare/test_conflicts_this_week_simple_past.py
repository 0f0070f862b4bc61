"""`this week` / `this month` makes a running total only with a perfect tense or so-far words
(`have been arrested this month`, `bringing this week's total`); one event told in the simple
past (`the blast in Orlin this week killed 60`) is that event's count and still meets another
outlet's count of it. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_conflicts

_PUBLISHED = "2031-03-06"  # a Thursday


def _values(a: str, b: str) -> list[list[str]]:
    told = [("Outlet A", _PUBLISHED, a), ("Outlet B", _PUBLISHED, b)]
    return [sorted(v["value"] for v in c["values"]) for c in number_conflicts(*told)]


@pytest.mark.parametrize(
    "told",
    [
        "The blast in Orlin this week killed 57 people, the governor said.",
        "The landslide that hit Orlin this month killed 57 people, the governor said.",
    ],
)
def test_one_event_this_week_in_the_simple_past_still_meets(told):
    subject = "landslide" if "landslide" in told else "blast"
    got = _values(f"The {subject} in Orlin killed 33 people, the governor said.", told)
    assert got == [["33", "57"]]


def test_a_perfect_tense_this_month_is_still_a_running_total():
    got = _values(
        "The blast in Orlin killed 33 people, the governor said.",
        "The governor said 57 people have been killed in Orlin this month.",
    )
    assert got == []
