"""Wording contrasts: two reports that both use both words of a family in the story (`junta`
and `government`) made no choice between them; a pairing of their uses is no contrast. A report
that never uses the other's word still contrasts."""

from __future__ import annotations

from dossier_support import article as _art
from test_contrasts import _contrasts

BOTH_A = (
    "In 1981 Lena Marr became mayor of Tarn, the only rebel mayor the junta allowed. General "
    "Ivo Brandt's government fell in 1990 and she joined the new government as foreign minister."
)
BOTH_B = (
    "In 2003 she pardoned General Ivo Brandt, the last head of the junta. Her deputy Oskar Veil "
    "resigned and left the government in protest."
)


def test_two_reports_using_both_words_make_no_contrast():
    a = _art("a", "Orsa Courier", BOTH_A)
    b = _art("b", "Kelmor Daily", BOTH_B)
    assert not [c for c in _contrasts(a, b) if c[0] == "government"]


def test_a_report_that_never_uses_the_loaded_word_still_contrasts():
    a = _art("a", "Orsa Courier", "The Velgrad government closed the border crossing at Tarn.")
    b = _art(
        "b",
        "Kelmor Daily",
        "The Velgrad junta closed the border crossing at Tarn. The government denied it.",
    )
    assert dict(_contrasts(a, b))["government"] == {
        "Orsa Courier": ["government"],
        "Kelmor Daily": ["junta"],
    }
