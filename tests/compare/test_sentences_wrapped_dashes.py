"""A hard-wrapped line that opens with a dash before a lower-case word is an aside of the
sentence it continues (`the minister, who\n– like his deputy – had …`), no list bullet: the
sentence stays whole. A dash before a capital still opens a list item (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.compare.text import sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who\n– like his deputy – had backed the plan, resigned on Monday.",
        "The crew\n- all 24 of them - stayed aboard until the tug arrived.",
    ],
)
def test_a_wrapped_aside_ends_no_sentence(text):
    assert _texts(text) == [text]


def test_a_dash_before_a_capital_is_still_a_bullet():
    text = "What we know:\n- Twelve citizens were freed on Monday"
    assert _texts(text) == ["What we know:", "Twelve citizens were freed on Monday"]
