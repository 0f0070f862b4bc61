"""Signing is an agreement (CAMEO 057) only when what is signed can be agreed to: forms,
records and keepsakes signed, or a player hired, agree with no one. Text written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Observers from the Brask campaign signed the tally sheets at 211 polling stations.",
        "The tally sheets were signed by observers in Holm on Monday.",
        "The players signed autographs for fans in Holm on Monday.",
        "Holm Rovers signed a new goalkeeper on Monday.",
    ],
)
def test_a_paper_or_player_signed_is_no_agreement(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norvik and Vellmar signed a trade agreement on Monday.",
        "Norvik signed the treaty on Monday.",
        "Norvik and Vellmar signed on Monday.",
    ],
)
def test_an_agreement_signed_stays(events, text):
    assert [e.type for e in events(text)] == ["agree"]
