"""A market price is quoted with `at` heading a figure, a sum or a rate (`traded at 1.20
dollars`, `closed at a record high`): no act. A figure inside some other thing after `at`
(`settled at a 4 percent pay rise`) is the terms of a deal, which stays an event. Sentences
written for these tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Velsk pound traded at 1.20 dollars on Wednesday.",
        "Shares in Dravik closed at a record high on Friday.",
    ],
)
def test_a_quoted_price_is_no_event(events, text):
    assert events(text) == []


def test_settling_at_terms_with_a_figure_is_a_deal(events):
    found = events("Dravik Holdings and the union settled at a 4 percent pay rise on Monday.")
    assert [e.type for e in found] == ["concede"]
