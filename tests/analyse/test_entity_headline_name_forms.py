"""A transcript label's surname takes the full name an upper-case title gives it, and the bare
name when the title writes it possessive (`Spokesperson Hana Sefton's Weekly Briefing`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities

TURNS = (
    "MS SEFTON: Good morning. The minister will travel to Lirre on Friday.\n\n"
    "QUESTION: Will she meet the envoy?\n\n"
    "MS SEFTON: I cannot say yet."
)


@pytest.mark.parametrize(
    "title",
    [
        "TRANSCRIPT: PRESS BRIEFING BY SPOKESPERSON HANA SEFTON",
        "Spokesperson Hana Sefton's Weekly Briefing",
    ],
)
def test_the_entities_stage_reads_upper_case_and_possessive_titles(nlp, title: str) -> None:
    people = {
        e.name: e.roles for e in extract_entities(nlp(TURNS), None, title) if e.type == "PERSON"
    }
    assert people.get("Hana Sefton") == ["spokesperson"], people
