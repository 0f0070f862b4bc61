"""Cues that made people, companies and institutions into other things: a surname before the
verbs `flagged`/`registered` (only `Velmark-flagged`, `a Velmark registered tanker` are a
country's), a minister's `X's ministry`, a company NER glued to the dateline and named once,
an academy named after an officer (`the Marshal Ostrel Academy`)."""

from __future__ import annotations

import pytest
from entity_support import entity_types as _types


@pytest.mark.parametrize(
    "text",
    [
        "Auditor Delphine Voss examined the accounts of the Ostley water board.\n\n"
        "Voss flagged several missing payments to the regulator on Tuesday.\n\n"
        "Voss said the board would be asked to explain the gaps.",
        "Auditor Pieter Kallend examined the accounts of the city water board.\n\n"
        "Kallend registered several missing payments with the regulator on Tuesday.\n\n"
        "Kallend said the board would be asked to explain the gaps.",
    ],
)
def test_surname_as_subject_of_flagged_is_no_country(nlp, text):
    types = _types(nlp, text)
    assert not [n for n, t in types.items() if t in ("GPE", "LOC")], types


@pytest.mark.parametrize("form", ["a Velmark-flagged tanker", "a Velmark registered tanker"])
def test_flag_modifier_still_makes_a_country(nlp, form):
    text = (
        f"Coastguards stopped {form} near the strait on Monday.\n\n"
        "Velmark said it would send an envoy to the talks."
    )
    assert _types(nlp, text).get("Velmark") == "GPE"


def test_ministers_own_ministry_leaves_her_a_person(nlp):
    text = (
        "Education Minister Halla Brenquist announced new rules for school meals.\n\n"
        "Brenquist's ministry said the rules would apply from September.\n\n"
        "Brenquist told parents the change was overdue."
    )
    types = _types(nlp, text)
    assert types.get("Halla Brenquist") == "PERSON", types
    assert not [n for n, t in types.items() if t in ("GPE", "LOC") and "Brenquist" in n], types


def test_a_countrys_ministry_still_makes_a_place(nlp):
    text = "Ostrenia's ministry said the border would reopen on Friday."
    assert _types(nlp, text).get("Ostrenia") == "GPE"


@pytest.mark.parametrize(
    "dateline, name",
    [("TARVEN", "Holloway Logistics"), ("PORT SELLICK", "Dunmore Freight Holdings")],
)
def test_company_named_once_after_a_dateline_is_kept(nlp, dateline, name):
    text = (
        "Harbour talks stall\n\n"
        f"{dateline} - {name} said on Monday the port would stay shut until the strike ended."
        "\n\nThe port has been closed since March."
    )
    assert _types(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, academy",
    [
        (
            "Cadets at the Marshal Ostrel Academy paraded on the square on Monday.",
            "Marshal Ostrel Academy",
        ),
        (
            "Officials at the Admiral Kessen Academy said the cadets would graduate in June.",
            "Admiral Kessen Academy",
        ),
    ],
)
def test_academy_named_after_an_officer_is_no_person(nlp, text, academy):
    types = _types(nlp, text)
    assert types.get(academy) == "ORG", types
    assert not [n for n, t in types.items() if t == "PERSON" and "Academy" in n], types
