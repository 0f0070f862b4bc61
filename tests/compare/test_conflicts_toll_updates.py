"""A toll that rises from one publication day to the next is an update, labelled as such and
listed in publication order; figures of one day stay a conflict. Invented text."""

from __future__ import annotations

from dossier_support import number_conflicts as _tolls

MONDAY = (
    "At least five villagers were killed when a landslide buried part of Orvel in the Kessa "
    "valley on Monday, the district office said.\n\nRoads to the valley remain closed."
)
TUESDAY = (
    "Monday's landslide in Orvel in the Kessa valley killed 12 villagers, the district office "
    "said.\n\nRoads to the valley remain closed."
)


def test_a_toll_told_higher_in_a_later_days_report_is_an_update():
    got = _tolls(
        ("Kessa Courier", "2025-06-03T08:00:00+00:00", TUESDAY),
        ("Orvel Radio", "2025-06-02", MONDAY),
    )
    assert [(c["about"], c.get("update")) for c in got] == [
        ("people killed (updated over time)", True)
    ]
    assert [v["value"] for v in got[0]["values"]] == ["5", "12"]  # in publication order


def test_two_figures_of_one_day_stay_a_conflict():
    got = _tolls(
        ("Kessa Courier", "2025-06-02T18:00:00+00:00", TUESDAY),
        ("Orvel Radio", "2025-06-02T07:00:00+00:00", MONDAY),
    )
    assert [(c["about"], c.get("update")) for c in got] == [("people killed", None)]


def test_a_figure_told_again_after_another_stays_a_conflict():
    got = _tolls(
        ("Orvel Radio", "2025-06-02", MONDAY),
        ("Kessa Courier", "2025-06-03", TUESDAY),
        ("Valley Post", "2025-06-04", MONDAY.replace("five", "5")),
    )
    assert [(c["about"], c.get("update")) for c in got] == [("people killed", None)]


def test_a_lower_toll_in_a_later_days_report_stays_a_conflict():
    got = _tolls(
        ("Orvel Radio", "2025-06-02", TUESDAY.replace("12", "15")),
        ("Kessa Courier", "2025-06-03", TUESDAY),
    )
    assert [(c["about"], c.get("update")) for c in got] == [("people killed", None)]


def test_a_later_report_that_disputes_the_figure_stays_a_conflict():
    got = _tolls(
        ("Orvel Radio", "2025-06-02", MONDAY),
        (
            "Kessa Courier",
            "2025-06-03",
            "The valley council rejected the district office's count, saying Monday's "
            "landslide in Orvel in the Kessa valley killed 12 villagers.\n\nRoads remain closed.",
        ),
    )
    assert [(c["about"], c.get("update")) for c in got] == [("people killed", None)]
