"""A one-word name no table knows is a state's where the text treats it as one: the
representative, ambassador or ministers `of X` (each name of a list), `X's ambassador`,
`X abstained`, `with X abstaining`, whatever NER tagged it; and a company named
after that state (`Velmont Rail`) is no form of its name (docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types

from newsgraph.analyse.entities import extract_entities


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "The vote was 13 to 1, with Brenmark abstaining. The representative of Brenmark "
            "said his delegation had doubts.",
            ["Brenmark"],
        ),
        (
            "Brenholm's ambassador, Ivo Marsh, called the text one-sided. Brenholm vetoed "
            "the draft.",
            ["Brenholm"],
        ),
        (
            "On Friday the foreign ministers of Velmont, Ardis and Tamberg promised aid.",
            ["Velmont", "Ardis", "Tamberg"],
        ),
    ],
)
def test_a_name_in_a_states_context_is_a_place(nlp, text: str, states: list[str]) -> None:
    names = entity_types(nlp, text)
    assert {s: names.get(s) for s in states} == {s: "GPE" for s in states}, names


def test_a_company_named_after_the_state_stays_apart(nlp) -> None:
    text = (
        "On Friday the foreign ministers of Velmont, Ardis and Tamberg promised aid. "
        "Velmont's two rail unions called off a strike after the operator, Velmont Rail, "
        "offered a 6% pay rise."
    )
    ents = {e.name: e for e in extract_entities(nlp(text))}
    assert ents["Velmont"].type == "GPE", ents
    assert ents["Velmont Rail"].type == "ORG", ents
    assert [m.text for m in ents["Velmont Rail"].mentions] == ["Velmont Rail"]


def test_a_portfolio_a_body_or_a_surname_is_no_state(nlp) -> None:
    text = (
        "The Minister of Finance, Ada Rell, spoke on Monday. The envoy Piet Ardane said "
        "Ardane abstained. Under the Assembly's veto initiative, the General Assembly meets."
    )
    names = entity_types(nlp, text)
    assert "Finance" not in names and names.get("Assembly") != "GPE", names
    assert names.get("Piet Ardane") == "PERSON" and "Ardane" not in names, names
