"""`this week` makes no running total through the reporting verb's perfect (`The governor has
confirmed the blast … this week killed 57`: one blast's count still meets another outlet's),
but a count of several events or places over the week (`Blasts in Orlin`, `Bombings across
Orlin`, `this week alone`) is a total, no rival of one blast's count. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_conflicts

_PUBLISHED = "2031-03-06"  # a Thursday
_ONE = "The blast in Orlin killed 33 people, the governor said."


def _values(a: str, b: str) -> list[list[str]]:
    told = [("Outlet A", _PUBLISHED, a), ("Outlet B", _PUBLISHED, b)]
    return [sorted(v["value"] for v in c["values"]) for c in number_conflicts(*told)]


@pytest.mark.parametrize(
    "told",
    [
        "The governor has confirmed the blast in Orlin this week killed 57 people.",
        "The governor has said the blast in Orlin this week killed 57 people.",
    ],
)
def test_the_reporting_verbs_perfect_is_no_running_total(told):
    assert _values(_ONE, told) == [["33", "57"]]


@pytest.mark.parametrize(
    "told",
    [
        "Blasts in Orlin killed 57 people this week, the governor said.",
        "Bombings across Orlin killed 57 people this week, the governor said.",
        "57 people were killed in Orlin this week alone, the governor said.",
    ],
)
def test_a_total_of_several_events_is_no_rival_of_one_blast(told):
    assert _values(_ONE, told) == []
