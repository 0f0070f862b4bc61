"""A company the article names with its legal form (`Morvane plc`, `Hallix Industries AG`):
its short form (`Morvane`, `Hallix`) is that company, not a place though `in Morvane` reads
like one; and a dateline's agency that is the article's own outlet (`(Kestwire)` in an article
of `Kestwire News`) is a credit, no organisation. Names invented."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities


def _names(entities) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in entities]


def test_a_short_form_after_plc_is_the_company(nlp) -> None:
    text = (
        "Tessaly's Morvane plc rejected the offer on Tuesday. Morvane said the bid undervalued "
        "the company. Shares in Morvane fell 3%."
    )
    found = _names(extract_entities(nlp(text)))
    assert ("ORG", "Morvane plc") in found, found
    assert not any(name == "Morvane" for _, name in found), found


def test_ag_closes_a_company_name_and_its_short_forms_join_it(nlp) -> None:
    text = (
        "Quendor's Hallix Industries AG will buy the towers. Hallix Industries said the deal "
        "was final. Hallix said it would pay cash."
    )
    found = {e.name: e for e in extract_entities(nlp(text))}
    assert found.get("Hallix Industries AG") is not None, found
    assert found["Hallix Industries AG"].type == "ORG"
    assert len(found["Hallix Industries AG"].mentions) == 3, found
    assert "Hallix Industries" not in found and "Hallix" not in found, found


DATELINE = "PORT ALDEN, Nov 25 (Kestwire) - The port reopened on Tuesday, its authority said."


def test_the_outlets_own_name_in_its_dateline_is_no_entity(nlp) -> None:
    found = _names(extract_entities(nlp(DATELINE), outlet="Kestwire News"))
    assert not any(name == "Kestwire" for _, name in found), found


def test_another_agency_in_the_dateline_stays_an_org(nlp) -> None:
    found = _names(extract_entities(nlp(DATELINE), outlet="Harbour Times"))
    assert ("ORG", "Kestwire") in found, found


def test_a_places_possessive_is_no_part_of_the_company(nlp) -> None:
    doc = nlp("Velmora's Varrow Industries made a bid. Talks in Velmora went on.")
    at = next(t.i for t in doc if t.text == "Talks") + 2
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, at, at + 1, label="GPE")]
    found = _names(extract_entities(doc))
    assert ("ORG", "Varrow Industries") in found, found
    assert ("GPE", "Velmora") in found, found
    assert not any("'s" in name for _, name in found), found
