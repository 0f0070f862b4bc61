"""Holding people (`the army is holding thousands of refugees`) is detaining them (PLOVER
coerce, CAMEO 173), those held its target; holding hostages stays an abduction and holding
one's own child no act. A verb of charging told after the claim it makes (`X are failing to
..., a rights group protested here Wednesday`) is the accusation (CAMEO 111), the claim's
subject its target, and the claim is not told as done. Text written for these tests;
published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _told(found):
    return [(e.type, e.cameo, [a[1] for a in e.actors], [t[1] for t in e.targets]) for e in found]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Police are holding three men in Greywater.", "three men"),
        ("Rebels have been holding 40 villagers in the hills since March.", "40 villagers"),
    ],
)
def test_holding_people_is_detaining_them(events, text, held):
    found = events(text)
    assert [(e.type, e.cameo, [t[1] for t in e.targets]) for e in found] == [
        ("coerce", "173", [held])
    ]


def test_holding_counted_people_is_detaining_them(events):
    found = events("The army has been holding thousands of refugees as human shields.")
    assert [(e.type, e.cameo) for e in found] == [("coerce", "173")]


def test_holding_hostages_stays_an_abduction(events):
    assert [(e.type, e.cameo) for e in events("The rebels are holding 40 hostages.")] == [
        ("assault", "181")
    ]


@pytest.mark.parametrize(
    "text", ["The mother held her child.", "The students held a rally on Monday."]
)
def test_holding_ones_own_or_an_event_is_no_detention(events, text):
    assert all(e.type != "coerce" for e in events(text))


def test_a_charge_told_after_its_claim_is_the_accusation(events):
    found = events(
        "Marvenan authorities are failing to uphold the property rights of returning "
        "refugees, a human rights group protested here Wednesday."
    )
    assert [(e.type, e.cameo, [a[1] for a in e.actors]) for e in found] == [
        ("accuse", "111", ["human rights group"])
    ]
    assert any(t[1].startswith("Marvenan") for t in found[0].targets)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The opposition charged that troops had tortured prisoners in Halvek.", "troops"),
        ("A rights group protested that the police were failing to protect refugees.", "police"),
    ],
)
def test_a_charge_with_its_claim_after_accuses_the_claims_subject(events, text, accused):
    found = events(text)
    assert [(e.type, [t[1] for t in e.targets]) for e in found][:1] == [("accuse", [accused])]
