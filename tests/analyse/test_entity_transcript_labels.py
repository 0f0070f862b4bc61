"""A transcript's speaker label (`MS SEFTON:`) names a person by surname only; when the title
(`Briefing by spokesperson Hana Sefton`) gives exactly one full name with that surname, the
person is named by it, with the role word before it."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities

TURNS = (
    "MS SEFTON: Good morning. The minister will travel to Lirre on Friday.\n\n"
    "QUESTION: Will she meet the envoy?\n\n"
    "MS SEFTON: I cannot say yet."
)


def _people(nlp, text: str, title: str) -> dict[str, tuple[list[str], list[str]]]:
    return {
        e.name: (e.aliases, e.roles)
        for e in extract_entities(nlp(text), None, title)
        if e.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Transcript: regular press briefing by spokesperson Hana Sefton", "spokesperson"),
        ("Spokeswoman Hana Sefton Briefs Reporters On Talks", "spokeswoman"),
        ("Hana Sefton: we will not pay any fine", None),
        ("We will not pay, says spokeswoman Hana Sefton.", "spokeswoman"),
    ],
)
def test_a_label_takes_the_full_name_the_title_gives(nlp, title: str, role: str | None) -> None:
    people = _people(nlp, TURNS, title)
    assert "Hana Sefton" in people
    aliases, roles = people["Hana Sefton"]
    assert "MS SEFTON" in aliases
    assert roles == ([role] if role else [])


@pytest.mark.parametrize(
    "title",
    [
        "Hana Sefton and Ivo Sefton open the talks",
        "Press Briefing By Sefton",
        "Shares of AMD's Sefton unit fall",
        "",
    ],
)
def test_no_single_full_name_in_the_title_keeps_the_label(nlp, title: str) -> None:
    people = _people(nlp, TURNS, title)
    assert "SEFTON" in people
    assert not any(name.endswith(" Sefton") for name in people)


def test_a_title_name_of_another_surname_is_not_taken(nlp) -> None:
    people = _people(nlp, TURNS, "Briefing by spokesperson Hana Marran")
    assert "SEFTON" in people
    assert "Hana Marran" not in people
