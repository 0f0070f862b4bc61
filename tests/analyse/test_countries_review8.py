"""A real town's name in an invented country: the article ties the place to its country
(dateline `PLACE, COUNTRY`, `in PLACE, COUNTRY`, `PLACE, a town in COUNTRY`), so the
gazetteer's namesake abroad must not give it (nor its people) a country. Names are invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity

DATELINED = (
    "BERGEN, Valmora, April 2 (VPA) — Valmoran Foreign Minister Teodor Prask met envoys from "
    "Ostrel in Bergen on Tuesday. Prask said the talks in Bergen would go on next week.\n\n"
    "Hundreds of farmers protested outside the ministry in Bergen."
)

APPOSED = (
    "Talks between Tessaly and Ostrel resumed on Monday in Paris, Tessaly. Paris, a small "
    "town in Tessaly, has hosted the talks since January, minister Alwen Dorr said."
)

TIED_KNOWN = (
    "SPRINGFIELD, Illinois, May 4 (AP) — Governor Dana Reel spoke in Springfield on Friday."
)

CONTROL = "Ministers from Ostrel met in Bergen on Tuesday, officials said. Bergen hosted the talks."


def place(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name and e.type in ("GPE", "LOC")]
    assert found, [(e.name, e.type) for e in entities]
    return found[0]


@pytest.mark.parametrize("text,name", [(DATELINED, "Bergen"), (APPOSED, "Paris")])
def test_place_the_text_ties_to_an_unknown_country_gets_no_gazetteer_country(nlp, text, name):
    entities = extract_entities(nlp(text))
    assert place(entities, name).country is None
    assert all(e.country not in ("NOR", "FRA") for e in entities), [
        (e.name, e.country) for e in entities
    ]


def test_place_tied_to_a_known_country_gets_that_country(nlp):
    assert place(extract_entities(nlp(TIED_KNOWN)), "Springfield").country == "USA"


def test_untied_place_keeps_the_gazetteer(nlp):
    assert place(extract_entities(nlp(CONTROL)), "Bergen").country == "NOR"


@pytest.mark.parametrize(
    "text,name,iso3",
    [
        (
            "BERGEN, Thursday (VPA) — Ministers from Ostrel met in Bergen, officials said.",
            "Bergen",
            "NOR",
        ),
        ("Envoys met in Lyon, Bergen and Ostrel this week, officials said.", "Lyon", "FRA"),
    ],
)
def test_weekday_or_list_after_the_comma_is_no_country(nlp, text, name, iso3):
    assert place(extract_entities(nlp(text)), name).country == iso3


def test_protest_in_the_tied_place_targets_no_gazetteer_country(events):
    found = events(DATELINED)
    assert found
    for event in found:
        for side in (event.actors, event.targets):
            assert all(p[2] not in ("NOR",) for p in side), event


def test_an_abbreviated_state_in_a_dateline_is_no_tie(nlp):
    """Found by the session's code review: AP datelines abbreviate states (`Calif.`), which
    the tables do not know; that is no tie to an unknown country."""
    text = (
        "SACRAMENTO, Calif. (AP) — Lawmakers in Sacramento passed the water bill on Monday.\n\n"
        "The governor is expected to sign it in Sacramento this week.\n"
    )
    assert place(extract_entities(nlp(text)), "Sacramento").country == "USA"


def test_dateline_region_the_tables_lack_keeps_the_gazetteer_country(nlp):
    """`BERGEN, Hordalund -`: an unknown region that the text never treats as a country
    (no demonym, no national office) is a region of the place's own country."""
    text = "BERGEN, Hordalund - Officials met on Tuesday to discuss the budget. The talks ran late."
    entities = extract_entities(nlp(text))
    assert place(entities, "Bergen").country == "NOR"
    assert place(entities, "Hordalund").type == "GPE"
    assert not [e for e in entities if e.type == "ORG"], [(e.name, e.type) for e in entities]


def test_a_region_with_a_demonym_is_no_country_in_a_dateline(nlp):
    """Code review 9: `MUNICH, Bavaria – Bavarian police …` made the region a country the
    tables lack, so the city lost its own. A region's people or police are no national
    office: the place keeps the gazetteer's country."""
    text = "LYON, Ostmark – Ostmarkian police said on Tuesday that two men had been arrested."
    assert place(extract_entities(nlp(text)), "Lyon").country == "FRA"


def test_a_region_with_a_national_office_is_a_country_in_a_dateline(nlp):
    # guard: a foreign minister or an army is a country's
    for office in ("Ostmark's foreign minister", "The Ostmarkian army"):
        text = f"LYON, Ostmark – {office} said on Tuesday that two men had been arrested."
        assert place(extract_entities(nlp(text)), "Lyon").country is None


def test_a_region_the_table_knows_gives_its_country(nlp):
    text = "MUNICH, Bavaria – Bavarian police said on Tuesday that two men had been arrested."
    entities = extract_entities(nlp(text))
    assert place(entities, "Munich").country == "DEU"
    assert place(entities, "Bavaria").country == "DEU"


def test_region_country_needs_one_country():
    from newsgraph.analyse.countries import region_country

    assert region_country("Bavaria") == region_country("Bayern") == "DEU"
    assert region_country("Punjab") is None  # India's and Pakistan's
    assert region_country("Ostmark") is None
