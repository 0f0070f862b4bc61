"""Names NER misreads and the article's own evidence corrects: a given name tagged as a
people (`Ilona` NORP) with the surname after it; a body, a place or a country tagged as a
work, a product or an organisation; common words taken for a person (a party's name in a
results table, a fact-check's rating, `the Official Gazette`); a role phrase tagged as an
organisation; a ministry named in lower case."""

from __future__ import annotations

import pytest
from entity_support import entity_types as _types
from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities


def test_given_name_read_as_a_people_joins_the_surname(nlp):
    doc = nlp(
        "The board named Paulo Treml chairman, and challenger Marta Velloc said she would "
        "contest the vote.\n\nObservers from Velloc's own campaign signed the sheets. The "
        "court will hear Velloc's appeal on Friday."
    )
    given = next(t.i for t in doc if t.text == "Marta")
    doc.ents = [Span(doc, given, given + 1, label="NORP")]  # the small model's misreading
    ents = {e.name: e for e in extract_entities(doc)}
    assert ents["Marta Velloc"].type == "PERSON"
    assert len(ents["Marta Velloc"].mentions) == 3
    assert "Velloc" not in ents


@pytest.mark.parametrize(
    "text, name, kind",
    [
        pytest.param(
            "Police held 41 people on Monday night, the interior ministry said. The Selvane "
            "Rights Forum, a monitoring group, put the number at more than 60.",
            "Selvane Rights Forum",
            "ORG",
            id="body-tagged-as-a-law",
        ),
        pytest.param(
            "Interior Minister Piet Lazarov ordered a curfew from 10 p.m. to 5 a.m. in Drossa, "
            "starting on Tuesday night.\n\nIf Drossa is quiet by the weekend, the curfew will "
            "be lifted.",
            "Drossa",
            "GPE",
            id="place-tagged-as-a-product-after-in",
        ),
        pytest.param(
            "Talks stalled on Monday.\n\nPiet Halloran, Varnesse's interior minister, said the "
            "curfew would stay.\n\nVarnesse's presidential election is due in May.",
            "Varnesse",
            "GPE",
            id="national-office-makes-the-owner-a-country",
        ),
        pytest.param(
            "Harbour Desk rates claims from all parties. Harbour Desk found the figure was wrong.",
            "Harbour Desk",
            "ORG",
            id="fact-check-desk",
        ),
        pytest.param(
            "Police detained 30 people on Monday night, the interior ministry said.",
            "interior ministry",
            "ORG",
            id="ministry-named-by-its-portfolio",
        ),
        pytest.param(
            "Anja Velko of the Social Harmony party won 51 per cent, the commission said.\n\n"
            "Turnout was 63 per cent.",
            "Social Harmony",
            "ORG",
            id="common-words-before-party",
        ),
    ],
)
def test_misread_name_gets_its_type(nlp, text, name, kind):
    assert _types(nlp, text).get(name) == kind


def test_party_names_in_a_results_table_are_no_people(nlp):
    text = (
        "Candidate          Party            Votes\n"
        "Anja Velko         Social Harmony   1,204,300\n"
        "Tomas Brill        Liberal Renewal  1,093,900\n\n"
        "Anja Velko won the vote on Sunday."
    )
    types = _types(nlp, text)
    assert types.get("Anja Velko") == "PERSON"
    assert "Social Harmony" not in types and "Liberal Renewal" not in types, types


def test_ratings_of_a_fact_check_are_no_names(nlp):
    text = (
        "Harbour Check grades statements Accurate, Partly accurate, Misleading, Mostly "
        "wrong or Wrong. Read our method."
    )
    types = _types(nlp, text)
    assert not {"Accurate", "Misleading", "Wrong"} & set(types), types


def test_bare_ministry_names_none(nlp):
    text = "Police detained 30 people on Monday night, the ministry said. His ministry agreed."
    assert not [n for n, t in _types(nlp, text).items() if "ministry" in n.lower()]


def test_countrys_office_after_an_agency_dateline_is_an_organisation(nlp):
    text = (
        "SELVIK, Nov 17 (CPS) - Valmaine's electoral commission declared President Tomas "
        "Orlic the winner of Sunday's election on Tuesday.\n\nTurnout was 58 per cent, the "
        "commission said."
    )
    types = _types(nlp, text)
    assert types.get("Valmaine") == "GPE", types
    assert types.get("Valmaine's electoral commission") == "ORG", types
