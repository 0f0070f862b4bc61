"""Linking is an accusation only when an act one is blamed for is linked to someone (not a
loan tied to spending cuts, aid tied to elections, an attack connected to a pattern). A
designation is a sanction only when the sanctions words govern it, and its list is the one
right after it, never a later `Read more:` list. Cutting deliveries is a sanction only between
states. `Not a single X but Y` denies nothing. Text written for these tests (invented names);
published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The IMF tied the loan to spending cuts in Talsen, officials said on Monday.",
        "Kessel tied its aid to Orvik to the holding of fair elections.",
        "Analysts connected the attack to a wider pattern of unrest in the north.",
    ],
)
def test_linking_to_a_condition_or_a_thing_accuses_no_one(events, text):
    assert [e for e in events(text) if e.type == "accuse"] == []


def test_linking_a_bombing_to_a_named_person_still_accuses(events):
    found = events("Police linked the suspect, Tomas Lind, to the bombing in Talsen.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("accuse", ["Tomas Lind"])]


def test_sanctions_in_another_clause_make_no_designation_a_sanction(events):
    found = events(
        "The president designated Anna Berg as his successor on Monday, days after the "
        "sanctions were lifted."
    )
    assert [e for e in found if e.type == "sanction"] == []


def test_a_successor_designated_leaves_the_freezing_in_the_sentence(events):
    found = events(
        "The bank designated Anna Berg as its new chief executive on Monday after its assets "
        "were frozen by Kessel."
    )
    assert [(e.type, e.trigger, [a[1] for a in e.actors]) for e in found] == [
        ("sanction", "frozen assets", ["Kessel"])
    ]


def test_a_designation_for_sanctions_is_still_a_sanction(events):
    found = events("The Treasury designated five Orvik companies for sanctions on Monday.")
    assert [(e.type, e.trigger) for e in found] == [("sanction", "designated")]


@pytest.mark.parametrize(
    "between",
    [
        "",  # the headlines straight after the sentence
        "Orvik called the move unjust.\n\n",  # another paragraph before a list
    ],
)
def test_a_later_list_is_not_the_designated_following(events, between):
    text = (
        "The Treasury designated the following under its sanctions programme on Monday.\n\n"
        f"{between}Read more:\n- Talsen hosts trade fair\n- Anna Berg wins award\n"
    )
    designations = [e for e in events(text) if e.trigger == "designated"]
    assert [e.targets for e in designations] == [[]]


def test_the_list_right_after_a_designation_stops_before_read_more(events):
    text = (
        "The Treasury designated the following under its sanctions programme on Monday.\n\n"
        "Entities:\n\n1. Orvik Freight\n2. Kessel Mining\n\n"
        "Read more:\n- Talsen hosts trade fair\n"
    )
    designations = [e for e in events(text) if e.trigger == "designated"]
    assert [[t[1] for t in e.targets] for e in designations] == [["Orvik Freight", "Kessel Mining"]]


def test_a_designation_naming_its_list_inline_takes_no_list_after(events):
    text = (
        "The Treasury designated the following under its sanctions programme on Monday: "
        "Orvik Freight and Kessel Mining.\n\n"
        "Read more:\n- Talsen hosts trade fair\n- Anna Berg wins award\n"
    )
    designations = [e for e in events(text) if e.trigger == "designated"]
    assert [t[1] for e in designations for t in e.targets if "Talsen" in t[1]] == []


def test_a_supplier_cutting_deliveries_to_a_shop_is_no_sanction(events):
    found = events(
        "The supplier cut deliveries to the Talsen bakery after a dispute over unpaid bills."
    )
    assert [e for e in found if e.type == "sanction"] == []


def test_a_state_cutting_deliveries_is_still_a_sanction(events):
    found = events("Russia cut gas deliveries to Ukraine on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("sanction", "162")]


def test_not_a_single_x_but_y_is_no_denial(events):
    found = events(
        "Not a single government but a whole bloc of states offered aid to Orvik on Monday."
    )
    assert [(e.type, e.trigger) for e in found] == [("agree", "offered")]
