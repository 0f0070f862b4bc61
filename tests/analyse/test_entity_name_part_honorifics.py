"""A form of address that is as often a given name or a place's first word (`Sri`, `Kumari`)
is cut from a name only before an initial (`Sri P. Ramadas`): `Sri Lanka` is a country and
`Sri Wahyuni Hartono`, `Kumari Selvan` keep their given names. Names invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities
from newsgraph.extract.credits import without_honorific
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka said on Monday that it would repay the loan by March.",
        "Sanctions on Sri Lanka were announced on Tuesday by the council.",
        "Officials in Sri Lanka welcomed the decision on Tuesday.",
    ],
)
def test_a_country_opening_with_a_form_of_address_keeps_it(nlp, text: str) -> None:
    found = _by_name(nlp, text)
    assert "Sri Lanka" in found, found
    assert found["Sri Lanka"].type == "GPE" and found["Sri Lanka"].country == "LKA", found
    assert "Lanka" not in found, found


def test_a_given_name_that_is_a_form_of_address_stays_in_the_name(nlp) -> None:
    found = _by_name(nlp, "Sri Wahyuni Hartono said the port would reopen on Monday.")
    assert "Sri Wahyuni Hartono" in found, found
    assert found["Sri Wahyuni Hartono"].type == "PERSON", found


def test_the_form_of_address_before_an_initial_is_still_cut(nlp) -> None:
    found = _by_name(nlp, "Kumari K. Devanathan, the port secretary, signed the order.")
    assert "K. Devanathan" in found, found


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Kumari Selvan", "Kumari Selvan"),
        ("Sri P. Ramadas", "P. Ramadas"),
        ("Shri Vel Anand", "Vel Anand"),
    ],
)
def test_a_byline_keeps_a_given_name_that_is_a_form_of_address(byline: str, name: str) -> None:
    assert without_honorific(byline) == name
