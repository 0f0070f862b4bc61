"""`effective` as worked well, on a day (`the drug is effective Monday through Friday`,
`effective today for most patients`): the day does not end the clause, so no start is read.
Invented text."""

from __future__ import annotations

import pytest

from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import time_facts


def _facts(text: str) -> list[tuple[str, str, str]]:
    s = Sentence("a", "r", 0, len(text), text, [])
    return [(f[0], f[1], f[2]) for f in time_facts(s, "2026-11-25")]


@pytest.mark.parametrize(
    "text",
    [
        "The drug is effective Monday through Friday, doctors said.",
        "Police said the cordon was effective Tuesday night in keeping crowds away.",
        "The treatment was effective today for most patients.",
    ],
)
def test_effective_as_worked_well_is_no_start(text):
    assert _facts(text) == []


def test_a_start_day_still_read_before_a_comma():
    assert _facts("The new levy is effective Monday 30 November, the port said.") == [
        ("levy", "start", "2026-11-30")
    ]
