"""A newsletter's section heading (`Sport: …`, `Weather: …`) is no speaker label: a one-word
label that is a common noun no entity tags speaks for no one, while a name label still
does. Text written for these tests."""

from __future__ import annotations

import pytest
from quote_support import quotes


@pytest.mark.parametrize("heading", ["Sport", "Weather"])
def test_a_section_heading_is_no_speaker(nlp, heading: str) -> None:
    text = (
        "Here is what you need to know today.\n\n"
        f"{heading}: Eastfold United reach the cup final in Harrow\n\n"
        "Eastfold United beat Harrow 2-0 on Saturday."
    )
    assert [q.speaker.text for q in quotes(nlp, text) if q.speaker] == []


def test_a_name_label_still_speaks(nlp) -> None:
    text = (
        "Coach Ana Young spoke on Monday.\n\n"
        "Young: We will win the final on Saturday\n\n"
        "The final is in Harrow."
    )
    found = quotes(nlp, text)
    assert [(q.speaker.text, q.speaker_name) for q in found] == [("Young", "Ana Young")]


def test_a_record_label_still_states_its_finding(nlp) -> None:
    text = "Poll: Ruiz leads Brenn by ten points before the debate\n\nThe debate is on Monday."
    assert [q.speaker.text for q in quotes(nlp, text) if q.speaker] == ["Poll"]
