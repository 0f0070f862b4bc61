"""A crowd counted in words or with a hedge (`Fifty dockers`, `About 2,000 dockers`, `More than
300`, `At least 50`) is told anew, as `50 dockers` is: its protest is its own event, not a
second mention of a named person's strike told before. Text written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "crowd",
    ["Fifty", "Twelve", "About 2,000", "More than 300", "At least 50", "Nearly 300", "50"],
)
def test_counted_crowd_is_not_merged_into_a_named_persons_strike(events, crowd):
    found = events(
        "Dara Voskuil organised a strike at the Tarsby docks in 1977.\n\n"
        f"{crowd} dockers protested in Tarsby."
    )
    protests = sorted((e.date or "", [a[1] for a in e.actors]) for e in found)
    assert protests == [("", [f"{crowd} dockers"]), ("1977", ["Dara Voskuil"])]
