"""A reporter's refusal formula (`declined to comment`, `refused to answer questions`) is no
rejection; refusing to discuss a matter with someone, or to respond to an ultimatum, is. Text
written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Iran refused on Monday to discuss its missile programme with the inspectors.",
        "The rebels refused to respond to the ultimatum.",
    ],
)
def test_refusing_talks_is_a_rejection(events, text):
    assert [e.type for e in events(text)] == ["reject"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the report.",
        "The company declined to respond to questions.",
        "The minister refused to answer questions about the deal.",
        "The firm declined to discuss the details.",
    ],
)
def test_the_formula_is_no_rejection(events, text):
    assert events(text) == []
