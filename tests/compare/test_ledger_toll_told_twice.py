"""A toll of the dead that one source gives differently in reports published at different
moments, the later one higher, is a rising toll told twice: two statements, not one whose
number a report changed. With one stamp for both, or none, the pair stays one statement
flagged `number changed` (a misquote is then possible)."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

MORNING = (
    "At least six workers were killed when the grain silo at the Marrow Bay terminal "
    "exploded before dawn on Friday"
)
EVENING = "Fourteen workers were killed in Friday's explosion at the Marrow Bay terminal silo"
OFFICE = "the port authority"


def _groups(published: dict[str, str | None]) -> list[dict]:
    recs = [
        quote("1", "a", MORNING, "indirect", OFFICE),
        quote("2", "b", EVENING, "indirect", OFFICE),
        *OTHERS,
    ]
    return group_quotes(recs, {r["article"]: r["article"] for r in recs}, published)


def _together(groups: list[dict]) -> bool:
    return any({"1", "2"} <= set(g["quotes"]) for g in groups)


def test_a_toll_rising_from_morning_to_evening_is_two_statements():
    stamps = {"a": "2031-05-09T07:10:00+02:00", "b": "2031-05-09T21:40:00+02:00"}
    assert not _together(_groups(stamps))


def test_a_day_alone_and_a_time_of_that_day_are_two_moments():
    assert not _together(_groups({"a": "2031-05-09", "b": "2031-05-09T21:40:00+02:00"}))


def test_one_moment_or_none_keeps_the_changed_number_flagged():
    for stamps in ({}, {"a": "2031-05-09", "b": "2031-05-09"}):
        groups = _groups(stamps)
        assert _together(groups)
        (g,) = [g for g in groups if "1" in g["quotes"]]
        flags = [f for m in g["members"] for f in m["flags"]]
        assert any(f.startswith("number changed:") for f in flags)


def test_a_later_report_with_a_lower_toll_stays_one_statement():
    """A toll does not fall as it is updated: the later, lower figure may be a misquote."""
    stamps = {"a": "2031-05-10T09:00:00+02:00", "b": "2031-05-09T21:40:00+02:00"}
    assert _together(_groups(stamps))
