"""The state contexts (`X abstained`, `X vetoed`, `X's envoy`) make no place of a person or a
company: not a name the article writes after a person's title (`Senator Marlow abstained`),
not the one who vetoes a bill (a governor's or president's act), and not a name NER reads as a
company's before `'s delegation` (docs/entities.md)."""

from __future__ import annotations

import pytest
from entity_support import entity_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator Marlow abstained in the vote on Tuesday. Democrats said Marlow had let "
            "them down.",
            "Marlow",
        ),
        ("Newsom vetoed the bill on Friday. The governor said it cost too much.", "Newsom"),
        (
            "Pfizer's envoy met health officials in Brussels on Monday. Pfizer said the vaccine "
            "was safe.",
            "Pfizer",
        ),
    ],
)
def test_a_person_or_firm_is_no_state(nlp, text: str, name: str) -> None:
    assert entity_types(nlp, text).get(name) != "GPE"
