"""`according to` a text read out by someone (`a statement read by Ana Ruiz`): the reader's
words, not the text's with the reader cut off; a text read by news media is one they only
hold (like `seen by`), so the outlet does not speak. Text written for the tests, names
invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The port of Selvik will close for a month, according to the text of a statement "
            "read by Ana Ruiz, the harbour chief, at the town hall.",
            "Ana Ruiz",
            id="the_text_of_a_statement_read_by_a_person",
        ),
        pytest.param(
            "The dock strike is over, according to a statement read by a spokesman for the "
            "union on Tuesday.",
            "a spokesman for the union",
            id="a_statement_read_by_a_described_person",
        ),
        pytest.param(
            "According to a letter read by Tomas Brenn at the hearing, the mine was never "
            "inspected.",
            "Tomas Brenn",
            id="according_to_before_the_claim",
        ),
    ],
)
def test_a_text_read_out_is_the_readers(nlp, text: str, speaker: str) -> None:
    found = quotes(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    assert found[0].speaker is not None and found[0].speaker.text == speaker


def test_a_text_read_by_an_outlet_is_not_the_outlets(nlp) -> None:
    text = (
        "The harbour walls are unsafe, according to a copy of the report read by the Norvik Times."
    )
    found = only(quotes(nlp, text), "harbour walls")
    assert found.speaker is not None and "Times" not in found.speaker.text
