"""Session 13, code review: the name after `<head> of` in an organisation's name is a place only
on evidence (a place the tables know, a country's shape like `Valdoria`, or the article's own use
of it as a place: NER's place, `in X`, its demonym); a court of a legal function or a bank named
after its founder names no place."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _places(nlp, text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.link for m in e.mentions]
        for e in extract_entities(nlp(text))
        if e.type in ("GPE", "LOC")
    }


@pytest.mark.parametrize(
    "word",
    "Cassation Appeal Justice Audit Auditors Commerce Industry Agriculture Defence".split(),
)
def test_a_legal_function_after_of_is_no_place(nlp, word: str) -> None:
    text = f"Lawyers for the shipper appealed to the Court of {word} in Velmar on Monday."
    places = _places(nlp, text)
    assert word not in places
    assert "Velmar" in places


def test_a_bank_named_after_its_founder_names_no_place(nlp) -> None:
    text = "Shares rose after the Bank of Hartwell cut its lending rate on Monday, traders said."
    assert "Hartwell" not in _places(nlp, text)


def test_an_invented_place_the_article_uses_as_one_is_nested(nlp) -> None:
    text = (
        "Lecturers at the University of Kelloway went on strike on Tuesday. "
        "Buses stopped running in Kelloway by noon."
    )
    assert "nested" in _places(nlp, text)["Kelloway"]


def test_an_invented_place_with_its_demonym_is_nested(nlp) -> None:
    text = "The Bank of Kestmar raised rates on Monday. Kestmaran exporters complained."
    assert "nested" in _places(nlp, text)["Kestmar"]


@pytest.mark.parametrize("place", ["Lyon", "Utah", "Texas", "Sarvanistan"])
def test_a_known_or_country_shaped_place_is_nested_without_other_use(nlp, place: str) -> None:
    text = f"Lecturers at the University of {place} went on strike on Tuesday."
    assert _places(nlp, text)[place] == ["nested"]


@pytest.mark.parametrize("founder", ["Copeland", "Strickland", "Lucia"])
def test_a_founder_with_a_country_like_ending_names_no_place(nlp, founder: str) -> None:
    text = f"Shares rose after the Bank of {founder} cut its lending rate on Monday, traders said."
    assert founder not in _places(nlp, text)
