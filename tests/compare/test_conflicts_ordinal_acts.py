"""An actor's repeated act counted as an ordinal is one figure however it is worded: its
possessor's `third veto` and `vetoed …, the fourth time it has blocked …` (the act of the clause
the `Nth time` follows) are `veto (ordinal)` figures, so two outlets' 3 and 4 are a conflict and
no claim they share. A dateline (`NEW CARDEN, Nov 19 (Northline) -`) names no subject of its
sentence. An ordinal picking a part of a series (`its second day`) counts nothing. Invented
text."""

from __future__ import annotations

from claims_support import claim_texts
from dossier_support import number_values as _numbers

LEDGER = (
    "Oskland vetoed the Velm ceasefire resolution in the council on Thursday. "
    "It was Oskland's third veto on the conflict this year."
)
WIRE = (
    "PORT ALVER, March 6 (Alver Wire) - Oskland on Thursday vetoed a council resolution "
    "demanding a ceasefire in Velm, the fourth time it has blocked council action on the "
    "conflict since March."
)


def test_third_veto_and_fourth_time_it_has_blocked_are_a_conflict():
    assert ("veto (ordinal)", ["3", "4"]) in _numbers(LEDGER, WIRE)


def test_its_fourth_veto_against_a_third():
    other = (
        "Oskland vetoed the Velm ceasefire resolution on Thursday, its fourth veto on the conflict "
        "this year."
    )
    assert ("veto (ordinal)", ["3", "4"]) in _numbers(LEDGER, other)


def test_for_the_nth_time_counts_the_clause_act():
    one = "Oskland vetoed a council resolution on Velm for the third time on Thursday."
    two = "Oskland vetoed a council resolution on Velm for the second time on Thursday."
    assert ("veto (ordinal)", ["2", "3"]) in _numbers(one, two)


def test_a_part_of_a_series_is_no_count():
    one = "The Velm talks ended on Thursday, their second day, without a ceasefire."
    two = "On its third day the Velm conference ended without a ceasefire on Thursday."
    assert not [a for a, _ in _numbers(one, two) if "ordinal" in a]


def test_a_dateline_stays_in_the_claim():
    assert claim_texts(WIRE) == [WIRE]
