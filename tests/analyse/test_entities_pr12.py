"""Product review 12: entity labels within one article.

- a role before a name NER tags as an organisation (`Defence lawyer X`, `Chief prosecutor X`,
  `Union Lawyer X` as one ORG span) makes the name a person, title words dropped;
- a slogan on a sign (`signs reading "Free X"`) names no one;
- a name that modifies a road, bridge or square (`the X ring road`) is a place;
- the demonym of a country the tables do not know joins that country when the article names
  it (`Valdorian` beside `Valdoria`), as `Portuguese` joins Portugal.
"""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _found(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in extract_entities(nlp(text))]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Defence lawyer Teodor Brask said the appeal would be filed with the Supreme Court "
            "before Christmas.",
            "Teodor Brask",
            "defence lawyer",
            id="lawyer-ner-org",
        ),
        pytest.param(
            "The hearing was adjourned. Chief prosecutor Selma Ruud said the state would appeal. "
            "Selma Ruud spoke outside.",
            "Selma Ruud",
            "chief prosecutor",
            id="prosecutor-institution-noun",
        ),
        pytest.param(
            "Union Lawyer Pia Stram said the strike was legal.",
            "Pia Stram",
            "Union Lawyer",
            id="role-inside-org-span",
        ),
        pytest.param(
            "Crown Prosecutor Dagny Holt asked for nine years. Dagny Holt said the evidence was "
            "overwhelming.",
            "Dagny Holt",
            "Crown Prosecutor",
            id="role-inside-person-run",
        ),
    ],
)
def test_role_before_a_name_makes_one_person(nlp, text: str, name: str, role: str) -> None:
    entities = extract_entities(nlp(text))
    people = [e for e in entities if name in e.name or any(name in m.text for m in e.mentions)]
    assert [(e.name, e.type) for e in people] == [(name, "PERSON")], people
    assert people[0].roles == [role]


def test_role_cut_keeps_institutions_whole(nlp) -> None:
    """Role words before an institution's head are its name, not a person's title."""
    found = _found(nlp, "The Justice Ministry said the Supreme Court would rule in May.")
    assert ("Justice Ministry", "ORG") in found and ("Supreme Court", "ORG") in found, found


def test_a_slogan_on_a_sign_is_no_entity(nlp) -> None:
    text = (
        "About 300 people gathered on Arsenal Square outside the court building, some holding "
        'signs reading "Free Oskar". Police said the protest was peaceful.'
    )
    found = _found(nlp, text)
    assert not any("Oskar" in name for name, _ in found), found
    assert ("Arsenal Square", "FAC") in found


def test_a_name_in_a_slogan_is_no_mention(nlp) -> None:
    text = (
        'Marchers carried banners saying "Justice for Lena Hovd" through Dormund. Lena Hovd '
        "died in police custody in May."
    )
    (hovd,) = [e for e in extract_entities(nlp(text)) if e.name == "Lena Hovd"]
    assert len(hovd.mentions) == 1 and hovd.mentions[0].start > text.index("Dormund")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Oskar Trevane said he had never taken money from the firms that built the Kessel "
            "ring road.",
            "Kessel",
            id="ring-road",
        ),
        pytest.param("Work on the Dalby bypass began in spring.", "Dalby", id="bypass"),
        pytest.param("Crowds filled the Orvane ring road on Sunday.", "Orvane", id="ner-person"),
    ],
)
def test_a_name_before_a_road_is_a_place(nlp, text: str, name: str) -> None:
    assert (name, "GPE") in _found(nlp, text)


def test_a_person_named_like_a_road_stays_a_person(nlp) -> None:
    found = _found(nlp, "Anna Dalby said the bypass was late. Dalby blamed the council.")
    assert ("Anna Dalby", "PERSON") in found and ("Dalby", "GPE") not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "LUNSK - The Bank of Valdoria raised its main rate on Thursday. Valdorian "
            "economists had expected no change.",
            id="name-inside-an-organisation",
        ),
        pytest.param(
            "Protests in Valdoria grew on Monday. Valdorian police arrested six people.",
            id="name-alone",
        ),
    ],
)
def test_demonym_of_an_unlisted_country_joins_it(nlp, text: str) -> None:
    entities = extract_entities(nlp(text))
    (valdoria,) = [e for e in entities if e.name == "Valdoria"]
    assert valdoria.type == "GPE"
    assert "Valdorian" in {m.text for m in valdoria.mentions}
    assert not [e for e in entities if e.type == "NORP"]


def test_demonym_alone_stays_a_people(nlp) -> None:
    """No country is guessed from a demonym: the article must name it."""
    found = _found(nlp, "It was the heaviest sentence handed to a Valdorian minister in years.")
    assert ("Valdorian", "NORP") in found and not any(n == "Valdoria" for n, _ in found)


def test_listed_country_demonym_unchanged(nlp) -> None:
    """The fictional country now behaves as a listed one already did."""
    found = _found(nlp, "Protests in Portugal grew. Portuguese police arrested six people.")
    assert ("Portugal", "GPE") in found and not any(t == "NORP" for _, t in found)
