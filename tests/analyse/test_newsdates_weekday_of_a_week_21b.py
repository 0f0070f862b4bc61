"""Session 21, round 2: a weekday of a week told (`Tuesday last week`) is that week's day, not
the last such weekday (which, told on a Thursday, is this week's Tuesday)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.analyse.newsdates import resolve_date

THURSDAY = date(2031, 3, 13)


@pytest.mark.parametrize(
    ("expr", "iso"),
    [
        ("Tuesday last week", "2031-03-04"),
        ("Friday last week", "2031-03-07"),
        ("Wednesday of last week", "2031-03-05"),
        ("Tuesday next week", "2031-03-18"),
        ("Friday this week", "2031-03-14"),
        ("on Monday this week", "2031-03-10"),
    ],
)
def test_a_weekday_of_a_week(expr, iso):
    assert resolve_date(expr, THURSDAY).iso == iso
    assert resolve_date(expr, THURSDAY, future=True).iso == iso


def test_last_weekday_and_bare_weekday_are_unchanged():
    assert resolve_date("last Tuesday", THURSDAY).iso == "2031-03-11"
    assert resolve_date("Tuesday", THURSDAY).iso == "2031-03-11"
    assert resolve_date("Tuesday", THURSDAY, future=True).iso == "2031-03-18"
