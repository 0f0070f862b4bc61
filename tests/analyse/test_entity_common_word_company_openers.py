"""A company whose name is a common word keeps its ORG at a sentence's start even where the
article writes the word small (codereview21a item 1): NER tags it ORG again, or it says or
does business. A disease opening a sentence is still no body. Texts written here, names
invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _orgs(nlp, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shell will sell its stake in the Orvel field next year. Shell bought the stake in "
            "2019. Regulators said a shell company had been used to hide the deal.",
            "Shell",
        ),
        (
            "Apple said on Tuesday it would open a plant in Dorra. Farmers there grow apples "
            "in old apple orchards.",
            "Apple",
        ),
        (
            "Shell has run the Orvel field since 1998. Shell, the energy group, took over the "
            "site. Police found a shell casing near the gate.",
            "Shell",
        ),
        (
            "Amazon announced 300 new jobs in Dorra. Shoppers there buy on amazon less often.",
            "Amazon",
        ),
    ],
)
def test_a_common_word_company_opening_a_sentence_stays_a_body(nlp, text, name) -> None:
    assert name in _orgs(nlp, text)


def test_a_disease_opening_a_sentence_is_still_no_body(nlp) -> None:
    text = (
        "Cholera has killed 14 people in Dorra since May. Nurses said the cholera beds were "
        "all taken."
    )
    assert "Cholera" not in _orgs(nlp, text)
