"""Wording contrasts, session 12: untied terms are paired only when they can name one thing."""

from __future__ import annotations

from dossier_support import article as _art
from test_contrasts import _contrasts


def test_untied_terms_about_different_participants_are_not_paired():
    """`police action` at one place and a `police operation` at another, in sentences that
    share no participant, are two things: no contrast (they were pooled and paired)."""
    a = _art(
        "a",
        "Orsa Courier",
        "Shopkeepers on Harl Street praised the police action, which lasted until dawn.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Fishermen at Doran Port complained that the police operation delayed their boats.",
    )
    assert not [c for c in _contrasts(a, b) if c[0] == "force-used"]


def test_untied_terms_sharing_a_participant_are_still_paired():
    a = _art(
        "a",
        "Orsa Courier",
        "Shopkeepers on Harl Street praised the police action, which lasted until dawn.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Neighbours said the police operation closed Harl Street for hours.",
    )
    found = dict(_contrasts(a, b))
    assert found["force-used"] == {
        "Orsa Courier": ["police action"],
        "Kelmor Daily": ["police operation"],
    }
