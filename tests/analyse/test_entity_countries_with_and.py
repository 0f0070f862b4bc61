"""A country whose name holds `and` (`Trinidad and Tobago`) is one place, whatever NER made
of its parts, in a list of countries and alone; two countries joined by `and` stay two."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities


def places(nlp, text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in extract_entities(nlp(text)) if e.type == "GPE"}


def test_a_country_named_with_and_in_a_list_is_one_place(nlp):
    text = "The foreign ministers of Trinidad and Tobago and Jamaica met in Kingston on Monday."
    found = places(nlp, text)
    assert found.get("Trinidad and Tobago") == "TTO"
    assert "Trinidad" not in found and "Tobago" not in found


def test_such_countries_side_by_side_are_each_one_place(nlp):
    text = (
        "Bosnia and Herzegovina signed the accord with Antigua and Barbuda and Saint Vincent "
        "and the Grenadines on Friday."
    )
    found = places(nlp, text)
    assert found.get("Antigua and Barbuda") == "ATG"
    assert found.get("Saint Vincent and the Grenadines") == "VCT"
    assert found.get("Bosnia and Herzegovina") == "BIH"


def test_two_countries_joined_by_and_stay_two(nlp):
    found = places(nlp, "France and Germany signed the accord on Friday, officials said.")
    assert found.get("France") == "FRA" and found.get("Germany") == "DEU"
