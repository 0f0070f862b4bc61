"""Names holding a small word of another language (`ter`, `dos`, `ould`, `della`), read as
names by every stage that reads them: the stages share one list, `wordlists.NAME_PARTICLES`,
so a particle one stage knew is no longer unknown to another."""

from __future__ import annotations

import pytest

from newsgraph.analyse.countries import resolve_country
from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.quotes import extract_quotes
from newsgraph.extract.outlets import issuer_name
from newsgraph.extract.textclean import clean_text
from newsgraph.store.browse import is_description

_PAGE_BODY = (
    "The harbour council voted on Tuesday to repair the old sea wall before the winter storms, "
    "after a long debate about the cost of the work and the money left in the budget.\n\n"
    "Members said the repairs would start in the spring and take most of the year, and that "
    "the contractor would be chosen by the end of the month after a public tender.\n\n"
    "Fishermen who moor their boats behind the wall said they would follow the tender closely, "
    "since the work could close part of the quay for several weeks during the summer."
)


def _page(byline: str) -> str:
    return (
        "Harbour Weekly\nNews\nHarbour council votes to repair the old sea wall before winter\n"
        f"By {byline}\nMarch 8, 2025\n\n{_PAGE_BODY}\n\n(c) 2025 Harbour Weekly\n"
    )


def test_the_shared_list_holds_no_english_function_word():
    from newsgraph.wordlists import NAME_PARTICLES

    assert not NAME_PARTICLES & {"of", "the", "and", "for", "on", "in", "at", "to", "do"}


@pytest.mark.parametrize(
    "name", ["Lena zu Salmberg", "Inês dos Reis", "Piet op den Berg", "Yusuf ould Tahar"]
)
def test_byline_with_a_particle(name):
    assert clean_text(_page(name)).byline == name


@pytest.mark.parametrize("name", ["Ben Stone", "Carla Bianchi"])
def test_byline_of_a_given_name_that_is_also_a_particle(name):
    # `Ben` is a particle too (`Mohammed ben Salman`); the byline check ignores case
    assert clean_text(_page(name) + "A stone fell from the wall.\n").byline == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Fondazione della Marca Foundation", "Fondazione della Marca Foundation"),
        ("STIFTUNG ZUR HAFENPFLEGE FOUNDATION", "Stiftung zur Hafenpflege Foundation"),
        # particles that open a place's name stay capitalised words there
        ("LOS ANGELES POLICE DEPARTMENT", "Los Angeles Police Department"),
        ("ABU DHABI PORTS AUTHORITY", "Abu Dhabi Ports Authority"),
        ("CITY OF LOS ANGELES COUNCIL", "City of Los Angeles Council"),
    ],
)
def test_issuer_with_a_particle(line, name):
    assert issuer_name(line) == name


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_speaker_label_with_a_particle(nlp):
    text = (
        "Harbour master Ana Ruiz met Velorian President Teodor Ilvane in Portavel on Monday "
        "to discuss the damaged port.\n\n"
        "Joost ter Horst: \u201cWe will rebuild the harbour before the winter storms.\u201d\n"
    )
    found = [q for q in extract_quotes(nlp(text)) if "rebuild" in q.text]
    assert [q.speaker.text for q in found if q.speaker] == ["Joost ter Horst"]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # the office holders' table spells them Badi ould Ganfoud, Binyamin ben Eliezer
        ("Minister Badi ould Ganfud", "MLI"),
        ("Binyamen ben Eliezer", "ISR"),
    ],
)
def test_office_holder_spelled_otherwise_with_a_particle(text, iso3):
    assert resolve_country(text, ("holder",)) == iso3


@pytest.mark.parametrize("text", ["Mohammed ben Salman", "Maria do Carmo", "Sophie in 't Veld"])
def test_speaker_name_with_a_particle_is_no_description(text):
    assert not is_description(text)
