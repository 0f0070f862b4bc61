"""Review 12b: `signs`/`flags` as verbs are no placards; a company named with a role word
stays one organisation."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _found(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in extract_entities(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        'Governor Tomas Vega signs the bill on Monday, saying "Ana Ruiz deserves the credit '
        'for this law."',
        'The audit flags errors in the accounts, saying "Ana Ruiz approved every payment."',
    ],
)
def test_a_verb_signs_or_flags_makes_no_slogan(nlp, text: str) -> None:
    assert ("Ana Ruiz", "PERSON") in _found(nlp, text)


def test_a_placard_still_holds_a_slogan(nlp) -> None:
    text = 'Protesters outside the court carried signs reading "Free Oskar Lind" on Monday.'
    assert not any("Oskar" in name for name, _ in _found(nlp, text))


def test_a_role_word_opening_a_company_is_no_person(nlp) -> None:
    found = _found(
        nlp,
        "Shareholders of Doctor Care Holdings met in Portavel, and Ana Ruiz chaired the meeting.",
    )
    assert ("Care Holdings", "PERSON") not in found
    assert ("Doctor Care Holdings", "ORG") in found
