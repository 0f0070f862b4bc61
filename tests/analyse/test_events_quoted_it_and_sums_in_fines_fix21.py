"""Session 21 fixes (codereview21a items 8, 11): a quoted `it` a side vows to beat is a thing
fought only where a disaster or a disease is named nearby, else the threat stands; a sum given
`in` something goes to the party after `for` only when it is funding, aid or relief, and a sum
in fines is no aid. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def _typed(found):
    return sorted((e.type, e.status, [a[1] for a in e.actors]) for e in found)


def _targets(found):
    return [(e.type, [t[1] for t in e.targets]) for e in found]


# -- a quoted `it` -----------------------------------------------------------------------------


def test_a_quoted_it_said_of_an_armed_group_is_still_a_threat(events):
    found = events(
        '"We pushed it back last spring and we will beat it again," the Orlan defence '
        "minister said of the Pesk militia."
    )
    assert _typed(found) == [("threaten", "planned", ["Orlan"])]


def test_a_quoted_it_with_nothing_named_is_still_a_threat(events):
    found = events('"We will beat it," the Orlan defence minister said.')
    assert _typed(found) == [("threaten", "planned", ["Orlan"])]


def test_a_quoted_it_after_a_disaster_is_no_threat(events):
    assert (
        events(
            '"The quake flattened half of Lorn. We will beat it," the Orlan defence minister said.'
        )
        == []
    )
    assert (
        events(
            'The quake flattened half of Lorn. "We will beat it," the Orlan defence minister said.'
        )
        == []
    )


# -- a sum given `in` something `for` a party ------------------------------------------------


def test_a_sum_in_contracts_goes_to_no_party_named_after_for(events):
    found = events("The Kesh government announced $4 million in contracts for Marn shipbuilders.")
    assert _targets(found) == [("aid", [])]


def test_a_sum_in_fines_is_no_aid(events):
    assert (
        events("The Tessin regulator announced $3 million in fines for Harl fishing companies.")
        == []
    )
    assert events("The Tessin regulator announced $3 million in penalties for Harl airlines.") == []


def test_a_sum_in_grants_food_aid_or_relief_still_goes_to_the_party(events):
    for words in ("new grants", "food aid", "relief"):
        found = events(f"The Orlan government announced $6 million in {words} for Tessin.")
        assert _targets(found) == [("aid", ["Tessin"])], words
