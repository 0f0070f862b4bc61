"""A disaster's count of people still trapped or missing is compared across reports as its
toll is (`about 40 were trapped` / `29 are still trapped`). People still missing may be found:
their count is a series only where the moments it was told order it (a day alone does not
place it by value, as it does a toll of the dead). Invented text."""

from __future__ import annotations

from typing import Any

from dossier_support import number_conflicts

DAWN = (
    "At least six workers were killed and about 40 were trapped when the grain silo at the "
    "Marrow Bay terminal in Osterby collapsed on Friday, the port authority said.\n\n"
    "The quay is shut."
)
NOON = (
    "UPDATE 14:05: The port authority now says eleven workers have died at the Marrow Bay "
    "terminal in Osterby and 29 are still trapped.\n\nThe quay is shut."
)


def _numbers(*told: tuple[str, str, str]) -> dict[str, dict[str, Any]]:
    return {c["about"]: c for c in number_conflicts(*told)}


def test_people_trapped_are_compared_as_a_toll_is():
    got = _numbers(
        ("Marrow Post", "2031-05-09", DAWN),
        ("Harbour Herald", "2031-05-09T12:30:00+02:00", NOON),
    )
    assert sorted(got) == ["people killed (updated over time)", "people missing"]
    assert [v["value"] for v in got["people killed (updated over time)"]["values"]] == ["6", "11"]
    assert sorted(v["value"] for v in got["people missing"]["values"]) == ["29", "40"]


def test_a_falling_count_of_the_missing_told_at_known_times_is_a_series():
    got = _numbers(
        ("Marrow Post", "2031-05-09T08:00:00+02:00", DAWN),
        ("Harbour Herald", "2031-05-09T12:30:00+02:00", NOON),
    )
    series = got["people missing (updated over time)"]
    assert [v["value"] for v in series["values"]] == ["40", "29"]


def test_counts_of_the_rescued_are_compared():
    got = _numbers(
        ("Marrow Post", "2031-05-09", DAWN + "\n\nTwelve workers were rescued from the silo."),
        ("Harbour Herald", "2031-05-09", NOON + "\n\nTwenty workers were rescued from the silo."),
    )
    assert sorted(v["value"] for v in got["people rescued"]["values"]) == ["12", "20"]
