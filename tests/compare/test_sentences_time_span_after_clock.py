"""A figure counting a time span right after a clock's `a.m.` / `p.m.` measures the same
clause (`ended at 5 p.m. 2 hours after it began`), so the sentence goes on; `N minutes later`
with a clause of its own still opens a new one. Invented text."""

from __future__ import annotations

import pytest

from newsgraph.compare.text import sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing closed at 5 p.m. 2 hours after it opened.",
        "The market opened at 9 a.m. 30 minutes late because of a power cut.",
        "The ferry docked at 7 p.m. 3 hours later than planned.",
    ],
)
def test_a_time_span_after_a_clock_goes_on(text):
    assert _texts(text) == [text]


def test_a_time_span_then_later_opens_a_sentence():
    text = "The first siren sounded at 4 a.m. 20 minutes later the second one sounded."
    assert _texts(text) == [
        "The first siren sounded at 4 a.m.",
        "20 minutes later the second one sounded.",
    ]


def test_people_after_a_clock_still_open_a_sentence():
    text = "The roof fell at 2 a.m. 12 people were hurt."
    assert _texts(text) == ["The roof fell at 2 a.m.", "12 people were hurt."]
