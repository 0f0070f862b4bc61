"""After a clock's `a.m.` / `p.m.` a new clause opens a new sentence even when it starts with
an opening quote mark or a figure (`at 3 p.m. "We heard it …"`, `at 3 a.m. 40 people were
hurt.`); a bracketed aside still goes on the sentence. Invented text."""

from __future__ import annotations

import pytest

from newsgraph.compare.text import sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize("mark", ['"', "“", "'"])
def test_a_quote_after_pm_opens_a_sentence(mark):
    close = {"“": "”"}.get(mark, mark)
    text = f"The blast came at 3 p.m. {mark}We heard it from the harbour,{close} a resident said."
    assert _texts(text) == [
        "The blast came at 3 p.m.",
        f"{mark}We heard it from the harbour,{close} a resident said.",
    ]


def test_a_figure_after_am_opens_a_sentence():
    text = "The blast came at 3 a.m. 40 people were hurt."
    assert _texts(text) == ["The blast came at 3 a.m.", "40 people were hurt."]


def test_a_bracket_after_am_still_goes_on():
    text = "It struck at 3:14 a.m. (0114 GMT) on Monday. Nobody died."
    assert _texts(text) == ["It struck at 3:14 a.m. (0114 GMT) on Monday.", "Nobody died."]


def test_a_figure_after_eg_goes_on():
    text = "Some roads were shut, e.g. 40 km of the coast road. Crews worked on."
    assert _texts(text) == [
        "Some roads were shut, e.g. 40 km of the coast road.",
        "Crews worked on.",
    ]
