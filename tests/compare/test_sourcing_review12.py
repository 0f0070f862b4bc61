"""Review 12 sourcing kinds, on phrases written for them: offices of states and of bodies of
states are officials; the leaders of charities, relief and rescue teams are not."""

from __future__ import annotations

import pytest

from newsgraph.compare.sourcing import kind_of


@pytest.mark.parametrize(
    ("name", "words", "roles"),
    [
        ("Ilse Varga", "the bloc's trade commissioner Ilse Varga", ["trade commissioner"]),
        ("Ilse Varga", "Ilse Varga", ["aid commissioner of the Norland Union"]),
        ("Omar Dede", "Omar Dede, a UN spokesman", []),
        ("Omar Dede", "Omar Dede", ["NATO deputy secretary general"]),
    ],
)
def test_offices_of_states_and_their_bodies_are_officials(name, words, roles):
    assert kind_of(name, words, {"roles": roles}) == "official"


@pytest.mark.parametrize(
    ("name", "words", "roles"),
    [
        ("Pia Holm", "rescue team leader Pia Holm", ["rescue team leader"]),
        ("Pia Holm", "Pia Holm, who heads the Silver Anchor relief team", []),
        ("Pia Holm", "Pia Holm", ["head of the aid group Open Hands"]),
        ("Pia Holm", "Pia Holm", ["spokeswoman for the humanitarian organisation Open Hands"]),
    ],
)
def test_leaders_of_charities_and_rescue_teams_are_not_officials(name, words, roles):
    assert kind_of(name, words, {"roles": roles}) == "other"


def test_state_offices_stay_officials():
    assert kind_of("Jan Ros", "Interior Minister Jan Ros", {"roles": []}) == "official"
    assert kind_of("Jan Ros", "army rescue team commander Jan Ros", {"roles": []}) == "official"


def test_a_news_agency_by_its_description_is_an_agency():
    assert kind_of("the Oskar News Agency", "the Oskar News Agency", None) == "agency"
    assert kind_of("the Kessin Ledger", "the Kessin Ledger newspaper", None) == "media"
