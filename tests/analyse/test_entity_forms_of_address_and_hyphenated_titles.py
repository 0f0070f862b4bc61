"""Forms of address (`Shri`, `Smt.`, `Engr.`, `Alhaji`) and a lawyer's post-nominal (`SAN`)
are no part of a person's name and make the name after them a person's; a hyphenated title
(`Attorney-General`, `Vice-President`) is one role; a hyphenated surname NER cut at the hyphen
goes on past it. Names invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plan was presented by Shri K. R. Venkatram, the port secretary.", "K. R. Venkatram"),
        ("Sri P. Ramadas, a retired judge, chaired the panel.", "P. Ramadas"),
        ("Alhaji Sule Danmaraya, a transport union leader, welcomed the plan.", "Sule Danmaraya"),
        ("The minister, Smt. Lavanya Iyer, said the tender would reopen.", "Lavanya Iyer"),
        (
            "Engr. Kunle Adebola-Ojo, the project director, said work would resume.",
            "Kunle Adebola-Ojo",
        ),
    ],
)
def test_a_form_of_address_is_no_part_of_the_name(nlp, text: str, name: str) -> None:
    found = _by_name(nlp, text)
    assert name in found and found[name].type == "PERSON", found
    for word in ("Shri", "Sri", "Alhaji", "Smt", "Engr"):
        assert not any(word in n.split() for n in found), found


def test_a_post_nominal_is_no_name_and_marks_a_person(nlp) -> None:
    text = "Counsel to the board, Femi Adekunle SAN, told the court the ruling was wrong."
    found = _by_name(nlp, text)
    assert found.get("Femi Adekunle") is not None, found
    assert found["Femi Adekunle"].type == "PERSON", found
    assert not any("SAN" in n.split() for n in found), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Vice-President Sun-mi Harlan, in a separate opinion, wrote that the states "
            "acted at their own risk.",
            "Sun-mi Harlan",
            "Vice-President",
        ),
        (
            "Attorney-General Kayode Adeyemi-Lowe said on Monday the appeal would be filed.",
            "Kayode Adeyemi-Lowe",
            "Attorney-General",
        ),
    ],
)
def test_a_hyphenated_title_is_one_role(nlp, text: str, name: str, role: str) -> None:
    found = _by_name(nlp, text)
    assert found.get(name) is not None, found
    assert role in found[name].roles, found[name].roles


def test_a_surname_cut_at_its_hyphen_goes_on(nlp) -> None:
    doc = nlp("Kayode Adeyemi-Lowe told reporters the state would win.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # NER's `Kayode Adeyemi` without `-Lowe`
    assert [(e.type, e.name) for e in extract_entities(doc)] == [("PERSON", "Kayode Adeyemi-Lowe")]
