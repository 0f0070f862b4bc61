"""A relative an apposition names is a person (`Almane's son, Ruben,`), a demonym that names a
language makes no country (`Translated from the Spanish`), and a firm named by a resource trade
is an organisation (`Greywater Coal spokesman Edgar Lunn`)."""

from __future__ import annotations

import pytest
from entity_support import entity_types as _types


def test_a_relative_named_in_apposition_is_a_person(nlp) -> None:
    text = "Mourners embraced Almane's son, Ruben, on the steps of the house."
    assert _types(nlp, text).get("Ruben") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Translated from the Spanish by the desk.\n\nThe mine stayed closed on Monday.",
        "The inspector answered in Spanish.\n\nThe mine stayed closed on Monday.",
        "The inspector speaks Spanish.\n\nThe mine stayed closed on Monday.",
    ],
)
def test_a_language_makes_no_country(nlp, text: str) -> None:
    assert "Spain" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats entered Spanish waters on Monday.",
        "The Spanish said they would send a ship.",
        "The minister will answer the Spanish in writing, an aide said.",
    ],
)
def test_a_demonym_of_the_state_still_makes_the_country(nlp, text: str) -> None:
    assert _types(nlp, text).get("Spain") == "GPE"


def test_a_firm_named_by_its_trade_is_an_organisation(nlp) -> None:
    text = "Greywater Coal spokesman Edgar Lunn said the pit would reopen."
    types = _types(nlp, text)
    assert types.get("Greywater Coal") == "ORG", types
    assert types.get("Edgar Lunn") == "PERSON", types
