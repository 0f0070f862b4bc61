"""Company names closed by a legal form never swallow a person before `of`, `&` or `and`
(`Tomas Lind of Orvik Freight LLC` is a person and a company), nor a title-case line's
words before `Of`; a firm's common word after the joiner stays in its name (`Maren Vos and
Partners LLP`). A name ending in `Zone` is a place only after a kind of area (`Free Zone`),
and `The Republic of Korva` opening a sentence is one place with `Korva`. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _types(entities: list[Entity]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in entities:
        out.setdefault(e.name, set()).add(e.type)
    return out


def _found(nlp, text: str) -> dict[str, set[str]]:
    return _types(extract_entities(nlp(text)))


def test_person_of_company_stays_a_person(nlp) -> None:
    for text in (
        "Tomas Lind of Orvik Freight LLC said the ships would sail on Monday.",
        "The contract went to a firm run by Tomas Lind of Orvik Freight LLC, records show.",
    ):
        found = _found(nlp, text)
        assert found.get("Tomas Lind") == {"PERSON"}, found
        assert found.get("Orvik Freight LLC") == {"ORG"}, found


def test_person_and_company_joined_by_ampersand_are_apart(nlp) -> None:
    found = _found(nlp, "Lawyers for Maren Vos & Kessel Grain Ltd filed the appeal.")
    assert "Maren Vos & Kessel Grain Ltd" not in found, found
    assert found.get("Kessel Grain Ltd") == {"ORG"}, found


def test_list_row_person_and_company_are_apart(nlp) -> None:
    found = _found(nlp, "Owners:\n- Anna Berg and Kessel Freight Ltd\n- Tomas Lind\n")
    assert found.get("Anna Berg") == {"PERSON"}, found
    assert found.get("Kessel Freight Ltd") == {"ORG"}, found


def test_firm_common_word_after_and_stays_in_the_name(nlp) -> None:
    found = _found(nlp, "Shareholders\n\nMaren Vos and Partners LLP | 40%\nTomas Lind | 10%\n")
    assert found.get("Maren Vos and Partners LLP") == {"ORG"}, found
    found = _found(nlp, "Braxton & Sons Co. won the contract. Bank of Talsen Ltd lent it.")
    assert found.get("Braxton & Sons Co.") == {"ORG"}, found
    assert found.get("Bank of Talsen Ltd") == {"ORG"}, found


def test_title_case_line_keeps_the_company_alone(nlp) -> None:
    text = (
        "Police Raid Offices Of Corvane Timber Ltd In Talsen\n\n"
        "Police raided the offices of Corvane Timber Ltd in Talsen on Monday, an officer said."
    )
    found = _found(nlp, text)
    assert not any(name.startswith("Police") for name in found), found
    assert found.get("Corvane Timber Ltd") == {"ORG"}, found


def test_only_a_kind_of_area_makes_a_zone_a_place(nlp) -> None:
    found = _found(nlp, "The Drop Zone, a bar in Talsen, shut on Monday, said Ilse Brand.")
    assert "GPE" not in found.get("Drop Zone", set()), found
    found = _found(nlp, "Traders moved to the Sarnesh Free Zone last year, officials said.")
    assert found.get("Sarnesh Free Zone") in ({"GPE"}, {"LOC"}), found


def test_formal_state_name_opening_a_sentence_is_its_short_name(nlp) -> None:
    text = "The Republic of Korva national team arrived on Monday. Officials in Korva cheered."
    places = [e for e in extract_entities(nlp(text)) if e.type in ("GPE", "LOC")]
    assert len(places) == 1, [(e.name, e.type) for e in places]
