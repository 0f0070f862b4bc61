"""`N of M samples`: the part N is the count, the whole M what it is taken from: another
report's `N samples` agrees with it, and M is no rival figure. Invented text."""

from __future__ import annotations

from dossier_support import number_values

_REPORT = (
    "The ministry reports 80 new measles cases in Darun province.\n\n"
    "Tests confirmed the measles virus in 14 of 35 samples at the Darun laboratory."
)
_PAPER = (
    "The measles outbreak in Darun province has spread, the ministry said.\n\n"
    "Laboratory testing has confirmed the measles virus in 14 samples, the ministry said."
)


def test_the_part_agrees_with_a_bare_count():
    assert number_values(_REPORT, _PAPER) == []


def test_the_part_still_meets_another_count():
    other = _PAPER.replace("in 14 samples", "in 19 samples")
    assert number_values(_REPORT, other) == [("sample", ["14", "19"])]
