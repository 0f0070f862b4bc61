"""A weekday written with its day and month names that day: the weekday only checks it.

`Thursday 26 November` was read by its weekday alone (the last Thursday), `Monday 23 November
2026` only to its month, and `Thursday, 26 November` in a past-tense clause a year back."""

from datetime import date

import pytest

from newsgraph.analyse import newsdates
from newsgraph.analyse.newsdates import ResolvedDate, resolve_absolute, resolve_date

WEDNESDAY = date(2031, 3, 12)  # publication day; 13 March 2031 is a Thursday

#: Every way news writes a weekday beside its day and month, without and with the year.
SHAPES = [
    "{W}, {d} {M}",
    "{W} {d} {M}",
    "{W}, {M} {d}",
    "{W} {M} {d}th",
    "{w} {d} {m}",
    "{w}. {d} {m}.",
    "on {W} ({d} {M})",
    "{d} {M}, a {W}",
    "{W}, {d} {M} 2031",
    "{W} {d} {M} 2031",
    "{W}, {M} {d}, 2031",
    "{W} {M} {d}th, 2031",
    "{w} {d} {m} 2031",
    "on {W} ({d} {M} 2031)",
    "{d} {M} 2031, a {W}",
]


def _written(shape: str, weekday: str, day: int, month: str) -> str:
    return shape.format(W=weekday, w=weekday[:3], d=day, M=month, m=month[:3])


@pytest.mark.parametrize("future", [False, True])
@pytest.mark.parametrize("shape", SHAPES)
def test_the_day_after_publication_whatever_the_tense(shape, future):
    expr = _written(shape, "Thursday", 13, "March")
    got = resolve_date(expr, WEDNESDAY, future=future)
    assert got == ResolvedDate("2031-03-13", "day"), expr


@pytest.mark.parametrize("future", [False, True])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_day_weeks_back_is_not_the_last_such_weekday(shape, future):
    # 24 February 2031 is a Monday, 16 days before publication: not Monday 10 March, nor next
    # year's 24 February for a planned event
    expr = _written(shape, "Monday", 24, "February")
    got = resolve_date(expr, WEDNESDAY, future=future)
    assert got == ResolvedDate("2031-02-24", "day"), expr


@pytest.mark.parametrize(
    ("expr", "published", "future", "iso"),
    [
        ("Thursday 26 November", "2026-11-25", False, "2026-11-26"),
        ("Tuesday 24 November", "2026-11-23", True, "2026-11-24"),
        ("Monday 23 November 2026", "2026-11-25", False, "2026-11-23"),
        ("Monday 23 November 2026", "2026-11-25", True, "2026-11-23"),
    ],
)
def test_review_shapes(expr, published, future, iso):
    got = resolve_date(expr, date.fromisoformat(published), future=future)
    assert got == ResolvedDate(iso, "day")


@pytest.mark.parametrize(
    ("expr", "future", "iso"),
    [
        # 10 March 2031 is a Monday: a wrong weekday is a typo, the day and month stand
        ("Friday 10 March", False, "2031-03-10"),
        ("Friday, 10 March", True, "2032-03-10"),  # planned: the next 10 March, as unwritten
        ("Friday 10 March 2031", False, "2031-03-10"),  # a year given: the date stands
        # 29 December 2031 is a Monday, but too far ahead for a past event: the tense's year
        ("Monday 29 December", False, "2030-12-29"),
        ("Monday 29 December", True, "2031-12-29"),
    ],
)
def test_weekday_and_day_disagree_or_the_fit_is_far(expr, future, iso):
    assert resolve_date(expr, WEDNESDAY, future=future) == ResolvedDate(iso, "day")


def test_a_lower_case_abbreviation_is_a_word_not_a_weekday():
    # 29 March 2031 is a Saturday: `Sat` picks it over the past tense; `sat` (the verb) does not
    assert resolve_date("Sat 29 March", WEDNESDAY) == ResolvedDate("2031-03-29", "day")
    assert resolve_date("sat 29 March", WEDNESDAY) == ResolvedDate("2030-03-29", "day")


def test_a_range_is_dated_by_its_first_day():
    got = resolve_date("from Thursday 13 March to Sunday 16 March", WEDNESDAY)
    assert got == ResolvedDate("2031-03-13", "day")


def test_a_planned_event_on_the_publication_day_itself():
    # the day and month of publication, planned: that day, not next year's
    assert resolve_date("on 12 March", WEDNESDAY, future=True) == ResolvedDate("2031-03-12", "day")
    assert resolve_date("on March 12", WEDNESDAY, future=True) == ResolvedDate("2031-03-12", "day")


def test_an_absolute_date_with_a_weekday_needs_no_publication_date():
    assert resolve_absolute("Thursday 13 March 2031") == ResolvedDate("2031-03-13", "day")
    assert resolve_absolute("Thu 13 Mar 2031") == ResolvedDate("2031-03-13", "day")
    assert resolve_absolute("Thursday 13 March") is None  # no year, nothing to count from


def _widened(text: str, piece: str) -> str:
    start = text.index(piece)
    lo, hi = newsdates.written_day_span(text, start, start + len(piece))
    return text[lo:hi]


@pytest.mark.parametrize(
    ("text", "piece", "whole"),
    [
        # NER's pieces of one written day (a weekday piece alone resolves to another day)
        ("Talks resume on Thursday (16 September) in Oslo.", "Thursday", "Thursday (16 September)"),
        (
            "Talks resume on Thursday (16 September) in Oslo.",
            "16 September",
            "Thursday (16 September)",
        ),
        ("Talks resume Thu. 4 Mar. in Vienna.", "Thu. 4", "Thu. 4 Mar."),
        ("Boats blocked the strait on 10 September, a Friday.", "Friday", "10 September, a Friday"),
        (
            "Boats blocked the strait on 10 September, a Friday.",
            "September",
            "10 September, a Friday",
        ),
        (
            "He is sworn in on Thursday the 6th of January.",
            "Thursday",
            "Thursday the 6th of January",
        ),
        (
            "It left on Thursday, 25 February 2027, at dawn.",
            "Thursday",
            "Thursday, 25 February 2027",
        ),
        # nothing to add: another date, or none
        ("They met on Thursday and meet again on 16 September.", "Thursday", "Thursday"),
        ("The bank cut its rate on Monday, its first cut in two years.", "two years", "two years"),
        (
            "The vote is on Thursday, November 26, 2026.",
            "Thursday, November 26, 2026",
            "Thursday, November 26, 2026",
        ),
    ],
)
def test_written_day_span_joins_the_pieces_of_one_day(text, piece, whole):
    assert _widened(text, piece) == whole


def test_a_planned_event_on_a_leap_day_of_publication():
    leap = date(2024, 2, 29)
    assert resolve_date("on 29 February", leap, future=True) == ResolvedDate("2024-02-29", "day")


# A full stop after a full weekday or month name ends a sentence: the weekday of the next or
# last sentence is not the day's (`Thu.` and `Nov.` are abbreviations, and stay one day).
NOVEMBER_PAPER = date(2026, 11, 25)  # 26 November 2026 is a Thursday


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("He spoke on Friday. 27 November was the deadline.", "Friday"),
        ("He spoke on Friday. 27 November was the deadline.", "27 November"),
        ("Polls close Wednesday. 2 December is the count.", "Wednesday"),
    ],
)
def test_a_weekday_ending_a_sentence_is_not_the_next_ones_day(text, piece):
    start = text.index(piece)
    assert newsdates.written_day_span(text, start, start + len(piece)) == (
        start,
        start + len(piece),
    )


def test_an_abbreviated_weekday_with_its_full_stop_is_still_the_days():
    text = "The vote is on Thu. 26 Nov. in the capital."
    start = text.index("26")
    lo, hi = newsdates.written_day_span(text, start, start + len("26 Nov."))
    assert text[lo:hi].startswith("Thu")


def test_a_weekday_after_a_sentence_end_does_not_choose_the_year():
    # past tense: last year's 26 November; the Thursday opens the next sentence
    got = resolve_date("26 November. Thursday", NOVEMBER_PAPER)
    assert got == ResolvedDate("2025-11-26", "day")
