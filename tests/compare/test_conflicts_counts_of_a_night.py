"""A count of people for one night, told against other counts (invented text).

One night's arrests told two ways: `detained 187 people overnight` in a report published the
morning after, and `more than 240 people were arrested on Tuesday night` (a night runs into
the next day; detain / arrest count one thing; `more than N` is a lower bound). Counts of two
different nights stay apart.

A named night's count of people (`arrested 41 people on Wednesday night`) is no rival of a
running total over a span of days, weeks or months up to the report (`600 have been arrested
this month`, `over the past three weeks`): that span holds many nights. Two totals over a
span still meet."""

from __future__ import annotations

import pytest
from dossier_support import number_conflicts

_PUBLISHED = "2031-03-06"  # a Thursday
_TAIL = "in protests over the election result in Belvar."


def _values(a: str, b: str) -> list[list[str]]:
    told = [("Outlet A", _PUBLISHED, a), ("Outlet B", _PUBLISHED, b)]
    return [sorted(v["value"] for v in c["values"]) for c in number_conflicts(*told)]


def test_overnight_and_the_named_night_are_one_count():
    got = _values(
        f"Police detained 187 people overnight {_TAIL}",
        f"More than 240 people were arrested on Wednesday night {_TAIL}",
    )
    assert got == [["187", "240"]]


def test_a_count_above_the_lower_bound_agrees_with_it():
    got = _values(
        f"Police detained 250 people overnight {_TAIL}",
        f"More than 240 people were arrested on Wednesday night {_TAIL}",
    )
    assert got == []


def test_counts_of_two_nights_are_two_facts():
    got = _values(
        f"Police detained 187 people overnight {_TAIL}",
        f"More than 240 people were arrested on Monday night {_TAIL}",
    )
    assert got == []


def test_a_named_nights_count_still_meets_a_count_with_no_scope():
    got = _values(
        f"Police arrested 41 people on Wednesday night {_TAIL}",
        f"Police said 38 people had been arrested {_TAIL}",
    )
    assert got == [["38", "41"]]


def test_one_nights_count_in_sentences_about_other_things():
    got = _values(
        "VARNO, March 6 (Kell) - Police in Belvar detained 187 people overnight after opposition "
        "supporters protested in Varno against the result of the presidential election.",
        "Osk called for restraint in Belvar, where more than 240 people were arrested on "
        "Wednesday night in Varno in protests over the presidential election result.",
    )
    assert got == [["187", "240"]]


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
