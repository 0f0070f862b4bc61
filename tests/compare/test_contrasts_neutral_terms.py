"""Wording contrasts, session 13, on invented articles: neutral words for a government
(`government`, `authorities`) are no contrast, a loaded one (`regime`) still is; taking a ship
told as `seized` by one outlet and `boarded` by another is one."""

from __future__ import annotations

from dossier_support import article as _art
from test_contrasts import _contrasts


def test_neutral_words_for_a_government_are_no_contrast():
    a = _art("a", "Orsa Courier", "The Velgrad government closed the border crossing at Tarn.")
    b = _art("b", "Kelmor Daily", "The Velgrad authorities closed the border crossing at Tarn.")
    assert not [c for c in _contrasts(a, b) if c[0] == "government"]


def test_a_loaded_word_for_a_government_is_still_a_contrast():
    a = _art("a", "Orsa Courier", "The Velgrad government closed the border crossing at Tarn.")
    b = _art("b", "Kelmor Daily", "The Velgrad regime closed the border crossing at Tarn.")
    assert dict(_contrasts(a, b))["government"] == {
        "Orsa Courier": ["government"],
        "Kelmor Daily": ["regime"],
    }


def test_a_ship_seized_or_boarded_is_a_contrast():
    a = _art(
        "a",
        "Orsa Courier",
        "Coastguards from Velgrad seized the trawler Marla Dunn off Tarn on Sunday.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Velgrad coastguards boarded the trawler Marla Dunn off Tarn on Sunday.",
    )
    assert dict(_contrasts(a, b))["vessel-taking"] == {
        "Orsa Courier": ["seized"],
        "Kelmor Daily": ["boarded"],
    }
