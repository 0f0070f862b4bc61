"""A finished act told `from <day>` (`arrested 20 people from Friday`) began on the past such
day: only a measure announced or imposed `from Friday` looks ahead. Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kind, day",
    [
        (
            "Police arrested 20 people from Friday, the ministry said on Wednesday.",
            "coerce",
            "2031-03-07",
        ),
        (
            "Soldiers shelled the town from Monday, residents said on Wednesday.",
            "assault",
            "2031-03-10",
        ),
        (
            "Police have detained 300 people from Saturday, the ministry said.",
            "coerce",
            "2031-03-08",
        ),
    ],
)
def test_a_finished_act_from_a_day_looks_back(events, text, kind, day):
    found = [e for e in events(text) if e.type == kind]
    assert [e.date for e in found] == [day]
