"""An approximate count (`more than 2,000`, `about 300`, `nearly`, `some`, `over`, `at least`)
is one range of figures: an exact count inside that range is the same count told less
precisely, no conflict; a count outside it still is. A round estimate (`about 300`) stands
for figures that round to it (`340`), not only for those within a tenth of it; an estimate of
a decimal figure is rounded to its last decimal place (`about 2.5%` is no `2.9%`), a figure
in millions as written (`8.2 million`, whose float product is 8199999.99…). A range told
(`between 300 and 400`, `300 to 400`) agrees with any figure inside it. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_conflicts, number_values

CONVOY = "{} trucks of aid crossed into the valley through the Marrow gate on Tuesday."
PRICES = "Inflation in Osk rose to {} in March, the statistics office said on Tuesday."


@pytest.mark.parametrize(
    ("exact", "approx", "conflict"),
    [
        ("2,140", "More than 2,000", False),
        ("2,140", "Over 2,000", False),
        ("2,140", "At least 2,000", False),
        ("340", "About 300", False),
        ("340", "Some 300", False),
        ("290", "Nearly 300", False),
        ("430", "About 300", True),  # a true disagreement
        ("1,200", "More than 2,000", True),  # below the bound
        ("9,000", "More than 2,000", True),  # far above it: another count
        ("380", "Nearly 300", True),  # `nearly` is below its figure
    ],
)
def test_an_approximate_count_agrees_with_an_exact_count_in_its_range(exact, approx, conflict):
    found = number_values(CONVOY.format(exact), CONVOY.format(approx))
    assert bool(found) is conflict, (exact, approx, found)


def test_two_exact_counts_that_differ_still_conflict():
    assert number_values(CONVOY.format("340"), CONVOY.format("430"))


def test_a_bound_outside_its_range_is_shown_with_its_bound():
    found = number_values(CONVOY.format("1,200"), CONVOY.format("More than 2,000"))
    assert found == [("truck", ["1200", "2000"])]
    (c,) = number_conflicts(
        ("Outlet 0", "2031-03-06", CONVOY.format("1,200")),
        ("Outlet 1", "2031-03-06", CONVOY.format("More than 2,000")),
    )
    assert sorted(v.get("approx") or "" for v in c["values"]) == ["", "more than"]


@pytest.mark.parametrize(
    ("exact", "approx", "conflict"),
    [
        ("2.9%", "about 2.5%", True),
        ("1.4 per cent", "about 1.2 per cent", True),
        ("2.9 percent", "roughly 2.5 percent", True),
        ("2.6%", "about 2.5%", False),
    ],
)
def test_an_estimate_of_a_decimal_figure_is_rounded_to_its_last_place(exact, approx, conflict):
    found = number_values(PRICES.format(exact), PRICES.format(approx))
    assert bool(found) is conflict, (exact, approx, found)


def test_a_bound_in_millions_reaches_its_written_rounding_unit() -> None:
    assert (
        number_values(CONVOY.format("8.25 million"), CONVOY.format("More than 8.2 million")) == []
    )
    assert number_values(CONVOY.format("8.4 million"), CONVOY.format("More than 8.2 million"))


@pytest.mark.parametrize(
    ("told", "exact", "conflict"),
    [
        ("Between 300 and 400", "350", False),
        ("300 to 400", "350", False),
        ("Between 1 and 2 million", "1.5 million", False),
        ("Between five and eight", "six", False),
        ("Between 300 and 400", "500", True),
        ("Between 300 and 400", "200", True),
        ("Numbers rose from 300 to 400", "350", True),  # a change: its figure is the new one
    ],
)
def test_a_told_range_agrees_with_a_figure_inside_it(told, exact, conflict):
    found = number_values(CONVOY.format(told), CONVOY.format(exact))
    assert bool(found) is conflict, (told, exact, found)


def test_a_range_outside_is_shown_with_its_low_end() -> None:
    (c,) = number_conflicts(
        ("Outlet 0", "2031-03-06", CONVOY.format("Between 300 and 400")),
        ("Outlet 1", "2031-03-06", CONVOY.format("500")),
    )
    assert sorted(v.get("approx") or "" for v in c["values"]) == ["", "300 to"]
