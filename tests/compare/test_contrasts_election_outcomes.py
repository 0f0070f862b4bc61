"""Wording contrasts of an election's result: one outlet's clear win (`in a landslide`, `a
sweeping victory`) against another's `disputed vote` for the same election; a landslide that
buries a road is no election. Invented articles."""

from __future__ import annotations

from dossier_support import article as _art
from test_contrasts import _contrasts


def test_a_landslide_and_a_disputed_vote_are_a_contrast():
    a = _art(
        "a",
        "Orsa Courier",
        "President Oren Hale has won a second term in a landslide, taking 61 per cent of the "
        "vote in Sunday's election.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Thousands protested in Velgrad against the result of a disputed vote that handed "
        "President Oren Hale a second term.",
    )
    assert dict(_contrasts(a, b))["election-outcome"] == {
        "Orsa Courier": ["in a landslide"],
        "Kelmor Daily": ["disputed vote"],
    }


def test_one_word_for_the_result_is_no_contrast():
    a = _art("a", "Orsa Courier", "Oren Hale won a sweeping victory in Sunday's election.")
    b = _art("b", "Kelmor Daily", "Oren Hale claimed a sweeping victory in Sunday's election.")
    assert "election-outcome" not in dict(_contrasts(a, b))


def test_a_landslide_on_a_road_is_no_result():
    a = _art("a", "Orsa Courier", "A landslide blocked the road to Tarn after the quake.")
    b = _art("b", "Kelmor Daily", "The road to Tarn was shut after a disputed vote in Velgrad.")
    assert "election-outcome" not in dict(_contrasts(a, b))
