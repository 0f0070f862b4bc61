"""A bare surname two people of an article share goes to the story's person, not to a relative
introduced through them, however the relation is written: before the name with or without a
comma (`Her son Pavel Lindqvist`), after it (`Pavel Lindqvist, her son,`), and in any form of
the relative's noun (`stepfather`, `son-in-law`, `fiancé`, `her partner`) (docs/entities.md)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities

_TEXT = (
    "Marta Lindqvist led the Orrel dockworkers' union for twenty years and died on Friday.\n\n"
    "{relative} said she had died at home.\n\n"
    "Lindqvist was born in 1950 in Kessary, the daughter of a ferryman.\n"
)


def _owner_of_bare_surname(nlp, relative: str) -> str | None:
    text = _TEXT.format(relative=relative)
    at = text.index("Lindqvist was born")
    for e in extract_entities(nlp(text)):
        if e.type == "PERSON" and any(m.start == at for m in e.mentions):
            return e.name
    return None


@pytest.mark.parametrize(
    "relative",
    [
        "Her son, Pavel Lindqvist,",  # the form the rule read already: a control
        "Her son Pavel Lindqvist",
        "Pavel Lindqvist, her son,",
        "Pavel Lindqvist, her eldest son,",
        "Her stepfather, Pavel Lindqvist,",
        "Her son-in-law, Pavel Lindqvist,",
        "Her fiancé, Pavel Lindqvist,",
        "Her partner, Pavel Lindqvist,",
    ],
)
def test_the_surname_is_the_story_persons(nlp, relative: str) -> None:
    assert _owner_of_bare_surname(nlp, relative) == "Marta Lindqvist"


def test_a_partner_of_a_company_is_no_relative(nlp) -> None:
    # `its partner` is a business's: the latest named keeps the surname, as for any person
    assert _owner_of_bare_surname(nlp, "Its partner, Pavel Lindqvist,") == "Pavel Lindqvist"
