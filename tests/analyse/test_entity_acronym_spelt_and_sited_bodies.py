"""A body's full name that its bracketed acronym spells is one organisation, however NER cut
it (`United Nations Office for Disaster Relief (UNODR)`); a body NER ran on into the square or
city it sits in is the body and the place apart (`Central Electoral Commission on Unity
Square`), while a name that holds `on` keeps it (`Commission on Human Rights`). Names
invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


def test_the_name_an_acronym_spells_is_one_body(nlp) -> None:
    text = (
        "The United Nations Office for Disaster Relief (UNODR) sent a team on Monday. "
        "UNODR said forty people had died."
    )
    found = _by_name(nlp, text)
    body = found.get("United Nations Office for Disaster Relief")
    assert body is not None and body.type == "ORG", found
    assert "UNODR" in body.aliases, body
    assert "Disaster Relief" not in found and "United Nations Office" not in found, found


def test_a_body_and_the_square_it_sits_on_are_apart(nlp) -> None:
    found = _by_name(
        nlp, "The Central Electoral Commission on Unity Square said the count was fair."
    )
    assert "Central Electoral Commission on Unity Square" not in found, found
    assert found.get("Central Electoral Commission") is not None, found
    assert found["Central Electoral Commission"].type == "ORG", found
    assert found.get("Unity Square") is not None, found


def test_a_name_holding_on_stays_whole(nlp) -> None:
    found = _by_name(nlp, "The Commission on Human Rights met on Monday in the capital.")
    assert "Commission on Human Rights" in found, found
