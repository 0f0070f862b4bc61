"""A line break between a cue and its subject: in hard-wrapped text (one break inside a
sentence, before a lower-case word) the subject still speaks; across a paragraph, or after a
line that ends a sentence or a heading, it does not. Text written for the tests, names
invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Mayor Ana Ruiz spoke to the harbour council on Monday about the storm damage. "
            'Later she\ntold the council the port "will not reopen before spring," and asked '
            "for money.",
            "Ana Ruiz",
            id="pronoun_at_a_line_end",
        ),
        pytest.param(
            "Mayor Tomas Brenn spoke to the harbour council on Monday about the storm. Later "
            'the mayor\ntold the council the port "will not reopen before spring."',
            "Tomas Brenn",
            id="description_at_a_line_end",
        ),
    ],
)
def test_a_hard_wrapped_subject_speaks(nlp, text: str, speaker: str) -> None:
    found = only(quotes(nlp, text), "will not reopen")
    assert found.speaker_name == speaker


def test_a_subject_across_a_paragraph_break_does_not(nlp) -> None:
    text = "9:15 a.m.\nThe harbour authority says the port will reopen on Friday after repairs."
    found = only(quotes(nlp, text), "reopen on Friday")
    assert found.speaker is None or "a.m." not in found.speaker.text
