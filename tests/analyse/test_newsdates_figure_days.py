"""Days written in figures (`27/11`, `11/27`, `27/11/2030`): day-first when the first part is
over 12, month-first when the second is; `5/11` only when one reading falls near publication
and the other does not. Events read them when NER tags them a number. Text written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.analyse.newsdates import resolve_absolute, resolve_date

PUBLISHED = date(2030, 11, 25)


@pytest.mark.parametrize(
    "expr, future, iso",
    [
        ("27/11", True, "2030-11-27"),
        ("28/11", True, "2030-11-28"),
        ("11/27", True, "2030-11-27"),
        ("20/11", False, "2030-11-20"),
        ("5/11", False, "2030-11-05"),
        ("27/11/2031", False, "2031-11-27"),
        ("24.11.2030", False, "2030-11-24"),
        ("3/4", False, None),
        ("31/2", False, None),
        ("27.11", False, None),
    ],
)
def test_figure_days(expr, future, iso):
    got = resolve_date(expr, PUBLISHED, future=future)
    assert (got.iso if got else None) == iso
    if got is not None:
        assert got.precision == "day"


def test_a_figure_day_with_its_year_needs_no_publication_date():
    assert resolve_absolute("27/11/2031").iso == "2031-11-27"


def test_events_read_a_figure_day(events):
    found = events("The mayor said a second curfew would begin in the port city of Delt on 28/03.")
    assert [(e.date, e.date_precision) for e in found] == [("2031-03-28", "day")]


def test_a_fraction_is_no_day(events):
    found = events("Police arrested 3/4 of the crew in Delt on Monday.")
    assert [e.date for e in found] == ["2031-03-10"]
