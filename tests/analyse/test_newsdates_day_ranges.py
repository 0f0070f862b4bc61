"""A range of days written with one month (`Thursday 26 - Saturday 28 November`, `26-28 Nov`)
names the day it begins, as a range written with both months does (`Thursday 26 November to
Friday 4 December`): the weekday beside the last day is that day's, not the range's, and
must not move the range to its end. Text written for this test."""

from datetime import date

import pytest

from newsgraph.analyse.newsdates import ResolvedDate, resolve_date, written_day_span

WEDNESDAY = date(2026, 11, 25)  # 26 November 2026 is a Thursday, 28 November a Saturday


@pytest.mark.parametrize("future", [False, True])
@pytest.mark.parametrize(
    "expr",
    [
        "Thursday 26 - Saturday 28 November",
        "Thu 26 - Sat 28 Nov",
        "from Thursday 26 to Saturday 28 November",
        "Thursday the 26th to Saturday the 28th of November",
        "Thursday 26 – Saturday 28 November 2026",
    ],
)
def test_a_range_with_weekdays_begins_on_its_first_day(expr, future):
    assert resolve_date(expr, WEDNESDAY, future=future) == ResolvedDate("2026-11-26", "day")


@pytest.mark.parametrize(
    ("expr", "future", "iso"),
    [
        ("26-28 November", True, "2026-11-26"),
        ("26 to 28 November", False, "2025-11-26"),  # no weekday: the tense picks the year
        ("the 26th to the 28th of November", True, "2026-11-26"),
    ],
)
def test_a_range_without_weekdays_begins_on_its_first_day(expr, future, iso):
    assert resolve_date(expr, WEDNESDAY, future=future) == ResolvedDate(iso, "day")


@pytest.mark.parametrize(
    ("expr", "iso"),
    [("won 3-1 28 November", "2026-11-28"), ("pages 30 - 27 November", "2026-11-27")],
)
def test_a_number_that_is_no_earlier_day_opens_no_range(expr, iso):
    assert resolve_date(expr, WEDNESDAY, future=True) == ResolvedDate(iso, "day")


def test_a_piece_of_a_range_widens_to_the_whole_range():
    text = "The fair runs Thursday 26 - Saturday 28 November in the square."
    whole = "Thursday 26 - Saturday 28 November"
    for piece in ("Thursday", "Saturday 28 November", "November"):
        start = text.index(piece)
        lo, hi = written_day_span(text, start, start + len(piece))
        assert text[lo:hi] == whole, piece
