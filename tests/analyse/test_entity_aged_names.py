"""A name followed by an age or a job in commas (`Teodor Maranski, 41,`, `Teodor Maranski, the
photographer,`) is a person's, whatever NER tagged it there (LOC, as it does for some
transliterated names), and its surname's other mentions follow it; a place before a year or
with its kind in apposition stays a place."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "Freed prisoners\n\n"
    "The best known is Teodor Maranski, 41, a photographer for the Ostvale Courier, detained "
    "in Kelmar in May last year. Maranski said he had been moved twice."
)


def _relabel(doc, labels: dict[str, str]):
    """NER's reading seen in such texts: the full name LOC, the surname ORG."""
    spans = []
    for e in doc.ents:
        label = labels.get(e.text)
        spans.append(Span(doc, e.start, e.end, label) if label else e)
    doc.ents = spans
    return doc


def test_a_name_with_an_age_is_a_person_whatever_ner_tagged(nlp):
    doc = _relabel(nlp(TEXT), {"Teodor Maranski": "LOC", "Maranski": "ORG"})
    found = {e.name: e for e in extract_entities(doc)}
    assert found["Teodor Maranski"].type == "PERSON"
    starts = {m.start for m in found["Teodor Maranski"].mentions}
    assert TEXT.index("Maranski said") in starts
    assert "Maranski" not in found


def test_a_place_before_a_year_stays_a_place(nlp):
    text = (
        "Court ruling\n\n"
        "The court in Kelmar, 2025, was the first to hear the case. Kelmar is a port town."
    )
    found = {e.name: e.type for e in extract_entities(nlp(text))}
    assert found.get("Kelmar") == "GPE"


def test_a_name_with_a_job_in_apposition_is_a_person(nlp):
    text = (
        "Radio interview\n\n"
        "HOST: And Teodor Maranski, the photographer, was the last one off the bus?\n\n"
        "GUEST: He was the last one. He looked thin."
    )
    doc = _relabel(nlp(text), {"Teodor Maranski": "LOC"})
    assert ("Teodor Maranski", "PERSON") in {(e.name, e.type) for e in extract_entities(doc)}


def test_a_place_with_its_kind_in_apposition_stays_a_place(nlp):
    text = "Port visit\n\nThe ship docked at Kelmar Harbour, the capital, on Monday."
    found = {e.name: e.type for e in extract_entities(nlp(text))}
    assert found.get("Kelmar Harbour", "GPE") != "PERSON"


def test_a_name_in_a_list_of_version_numbers_gets_no_age(nlp):
    text = (
        "Browser patch\n\n"
        "The tool can be used for Explorer 9 and 10 on Windows XP, Vista, 7, 8 and 10, the "
        "company said. Vista users were told to update."
    )
    doc = _relabel(nlp(text), {"Vista": "GPE"})
    assert ("Vista", "PERSON") not in {(e.name, e.type) for e in extract_entities(doc)}
