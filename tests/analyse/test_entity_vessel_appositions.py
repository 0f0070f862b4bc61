"""`a tanker, the X,` names the ship X only as an apposition: a body after the comma that says
something (`… from a burning tanker, the Harrow Maritime Authority said`) is the source, an
organisation, and no ship (docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types as _types

from newsgraph.analyse.entities import _vessel_names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Eleven sailors were rescued from a burning tanker, the Harrow Maritime Authority "
            "said on Sunday. The Harrow Maritime Authority sent two helicopters to the scene.",
            "Harrow Maritime Authority",
        ),
        (
            "Six crew left a burning ferry, the Pellam Shipping Company reported.",
            "Pellam Shipping Company",
        ),
        (
            "Six crew left a burning ferry, the Pellam Shipping Company, which owns the "
            "vessel, said on Monday.",
            "Pellam Shipping Company",
        ),
        (
            "Nine fishermen were pulled from a sinking trawler, the Dorsey Shipping Lines "
            "reported on Monday.",
            "Dorsey Shipping Lines",
        ),
    ],
)
def test_a_source_after_a_vessel_noun_is_no_ship(nlp, text: str, source: str) -> None:
    types = _types(nlp, text)
    assert types.get(source) == "ORG", types


@pytest.mark.parametrize(
    "text",
    [
        "Crew abandoned a sinking trawler, the Velmark coastguard said.",
        "Nine fishermen were pulled from a sinking trawler, the Pellam Maritime said.",
    ],
)
def test_a_speaking_body_after_a_vessel_noun_names_no_ship(nlp, text: str) -> None:
    assert _vessel_names(nlp(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "In the storm a trawler, the Morning Gull, sank off Kessary. Its crew were saved.",
        "Heavy seas overturned a trawler, the Morning Gull, on Monday. The Morning Gull had "
        "six crew.",
        "Marines boarded a tanker, the Callow Tern, on Tuesday, the Velmark Maritime "
        "Authority said.",
    ],
)
def test_a_ship_set_beside_a_vessel_noun_stays_a_vessel(nlp, text: str) -> None:
    types = _types(nlp, text)
    ship = "Callow Tern" if "Callow" in text else "Morning Gull"
    assert types.get(ship) == "VESSEL", types
