"""`the foreign minister`, `the president`: a role description joins the person the article
gave that role, not one whose role is another office holding the same words (`Deputy Foreign
Minister`, `Former President`, `former lieutenant governor`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _descriptions(nlp, text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text.lower() for m in e.mentions if m.link == "description"]
        for e in extract_entities(nlp(text))
        if e.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "holder", "other", "description"),
    [
        (
            "Foreign Minister Marisol Tiernan flew to Lirre on Monday, where Deputy Foreign "
            "Minister Anselm Roke was waiting. Later the foreign minister told reporters the "
            "crew must be freed.",
            "Marisol Tiernan",
            "Anselm Roke",
            "the foreign minister",
        ),
        (
            "President Ivo Sark met Former President Ola Brenn in Lirre on Monday. The "
            "president said the talks had gone well.",
            "Ivo Sark",
            "Ola Brenn",
            "the president",
        ),
        (
            "Governor Ivo Sark and former lieutenant governor Ola Brenn, who wants his job, met "
            "in Lirre on Monday. Later the governor said the talks had gone well.",
            "Ivo Sark",
            "Ola Brenn",
            "the governor",
        ),
    ],
)
def test_another_rank_of_the_office_is_not_the_holder(
    nlp, text: str, holder: str, other: str, description: str
) -> None:
    found = _descriptions(nlp, text)
    assert found[holder] == [description]
    assert found[other] == []


def test_a_rank_word_of_another_part_of_the_role_does_not_bar_it(nlp) -> None:
    text = (
        "Gen. Ola Brenn, a retired general and former commander of the navy, spoke in Lirre on "
        "Monday. The general said the war was over."
    )
    assert "the general" in _descriptions(nlp, text)["Ola Brenn"]
