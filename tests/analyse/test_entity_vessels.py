"""A ship's name introduced by a vessel noun (`the tanker Callow Tern`, `MV Gannet Star`, `the
Silver Heron, a luxury yacht`) is a VESSEL at each of its uses, whatever NER calls it (an
organisation, a person or a facility) (docs/entities.md)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _names(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "ship", "kept"),
    [
        (
            "Marines boarded the tanker Callow Tern on Tuesday. The Callow Tern was carrying "
            "24 crew, Pellam Maritime said.",
            "Callow Tern",
            "Pellam Maritime",
        ),
        (
            "Coastguard officers boarded the freighter Sea Wren off Saltvik on Monday, the "
            "Velmark Maritime Authority said.",
            "Sea Wren",
            "Velmark Maritime Authority",
        ),
        (
            "Crew of the MV Gannet Star were rescued on Monday. The Gannet Star had sailed "
            "from Saltvik.",
            "Gannet Star",
            "Saltvik",
        ),
        (
            "The yacht Silver Heron sank near Kessary; the Silver Heron's owner, Ola Brenn, "
            "was rescued.",
            "Silver Heron",
            "Ola Brenn",
        ),
        (
            "Salvage crews reached the Silver Heron, a luxury yacht, near Kessary on Monday. "
            "The Silver Heron sank later.",
            "Silver Heron",
            "Kessary",
        ),
    ],
)
def test_a_ship_named_by_a_vessel_noun_is_a_vessel(nlp, text: str, ship: str, kept: str) -> None:
    names = _names(nlp, text)
    assert names.get(ship) == "VESSEL", names
    assert kept in names


def test_every_use_of_the_ships_name_is_one_vessel(nlp) -> None:
    text = (
        "Marines boarded the tanker Callow Tern on Tuesday. The Callow Tern was carrying 24 "
        "crew.\n\nTaldmark demanded the release of the Callow Tern."
    )
    ships = [e for e in extract_entities(nlp(text)) if e.type == "VESSEL"]
    assert [(e.name, len(e.mentions)) for e in ships] == [("Callow Tern", 3)]


def test_the_subject_of_a_clause_after_a_vessel_noun_is_no_ship(nlp) -> None:
    text = (
        "Orsenian marines seized a ship Taldmark had chartered, and Taldmark protested on Monday."
    )
    assert "Taldmark" in _names(nlp, text)


def test_a_trades_cutter_names_no_ship(nlp) -> None:
    """`cutter` is a kind of ship in the shared list but a trade too: no vessel noun here."""
    text = "The stone cutter Ola Brenn restored the chapel in Kessary. Ola Brenn is 60."
    assert _names(nlp, text).get("Ola Brenn") == "PERSON"
