"""A capitalised common word opening a sentence that the model tags a proper noun (`Brown
bears`, `Cotton farmers`) is no mention of the person whose surname it is: only as the subject
or an owner (`Brown said`, `Brown's plan`) is it the person (docs/entities.md)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


@pytest.mark.parametrize(
    ("text", "name", "word", "at"),
    [
        (
            "Tomas Brown spoke on Monday. Brown bears were seen near the town. Brown said he "
            "was pleased.",
            "Tomas Brown",
            "Brown",
            "Brown bears",
        ),
        (
            "Anna Cotton spoke on Monday. Cotton farmers lost money last year. Cotton said aid "
            "was coming.",
            "Anna Cotton",
            "Cotton",
            "Cotton farmers",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_mention(nlp, text, name, word, at) -> None:
    (person,) = [e for e in extract_entities(nlp(text)) if e.name == name]
    starts = [m.start for m in person.mentions if m.text == word]
    assert text.index(at) not in starts, starts
    assert text.rindex(word) in starts, starts  # `Brown said`: the person
