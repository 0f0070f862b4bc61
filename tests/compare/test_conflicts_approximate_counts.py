"""An approximate count (`more than 2,000`, `about 300`, `nearly`, `some`, `over`, `at least`)
is one range of figures: an exact count inside that range is the same count told less
precisely, no conflict; a count outside it still is. A round estimate (`about 300`) stands
for figures that round to it (`340`), not only for those within a tenth of it."""

from __future__ import annotations

import pytest
from dossier_support import number_values

CONVOY = "{} trucks of aid crossed into the valley through the Marrow gate on Tuesday."


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
    from dossier_support import number_conflicts

    (c,) = number_conflicts(
        ("Outlet 0", "2031-03-06", CONVOY.format("1,200")),
        ("Outlet 1", "2031-03-06", CONVOY.format("More than 2,000")),
    )
    assert sorted(v.get("approx") or "" for v in c["values"]) == ["", "more than"]
