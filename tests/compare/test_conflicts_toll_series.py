"""A toll told several times in one day by several outlets is a series by the time each
figure was told, not a conflict, on a day a report told its figure under an update stamp
(`UPDATE 14:05:`, whose clock time is when that figure was told): each rising figure comes at a
later moment. A day alone places its figure by value among the day's timed ones. Figures told
at one moment, two untimed figures of one day, a lower figure told later, and two outlets'
figures of a day with no update stamp (test_conflicts_toll_updates.py) stay a conflict.
Invented text."""

from __future__ import annotations

from typing import Any

from dossier_support import number_conflicts as _tolls

PLACE = "in the explosion at the Marrow Bay grain terminal on Friday"
DAWN = f"At least six workers were killed {PLACE}, the port authority said.\n\nThe quay is shut."
NOON = (
    "UPDATE 14:05: The port authority now says eleven workers were killed "
    f"{PLACE}.\n\nThe quay is shut."
)
NIGHT = f"Fourteen workers were killed {PLACE}, the port authority said.\n\nThe quay is shut."


def _shown(got: list[dict[str, Any]]) -> list[tuple[str, Any, list[str]]]:
    return [(c["about"], c.get("update"), [v["value"] for v in c["values"]]) for c in got]


def test_a_toll_rising_through_one_day_is_a_series_by_time():
    got = _tolls(
        ("Bay Evening", "2031-05-09T21:50:00+02:00", NIGHT),
        ("Marrow Post", "2031-05-09", DAWN),
        ("Harbour Herald", "2031-05-09T12:30:00+02:00", NOON),
    )
    assert _shown(got) == [("people killed (updated over time)", True, ["6", "11", "14"])]


def test_an_update_stamp_orders_its_figure_within_the_day():
    """The noon report's update at 14:05 comes after a report published at 13:00."""
    got = _tolls(
        ("Harbour Herald", "2031-05-09T12:30:00+02:00", NOON),
        ("Bay Evening", "2031-05-09T13:00:00+02:00", DAWN.replace("At least six", "Nine")),
    )
    assert _shown(got) == [("people killed (updated over time)", True, ["9", "11"])]


def test_a_lower_figure_after_a_higher_one_in_the_day_stays_a_conflict():
    got = _tolls(
        ("Harbour Herald", "2031-05-09T12:30:00+02:00", NOON),
        ("Bay Evening", "2031-05-09T16:00:00+02:00", DAWN),
    )
    assert [(a, u, sorted(v)) for a, u, v in _shown(got)] == [("people killed", None, ["11", "6"])]
