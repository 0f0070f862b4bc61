"""A refusal told with the press it answers (`declined to discuss the case with journalists`)
is a reporter's formula, like `declined to comment`: no rejection. Refusing talks with a party
still is one. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The minister refused to discuss the matter with reporters on Monday.",
        "The minister declined to discuss the case with journalists.",
    ],
)
def test_a_refusal_to_the_press_is_no_rejection(events, text):
    assert [e.type for e in events(text) if e.type == "reject"] == []


def test_refusing_talks_with_a_party_is_still_a_rejection(events):
    found = events("Velmar refused to discuss its missile programme with the inspectors.")
    assert [e.type for e in found] == ["reject"]
