"""Code review 12, wording contrasts: untied terms are parted only by places that exclude
each other, never by the people the sentences quote. All names and texts are invented."""

from __future__ import annotations

from dossier_support import article as _art
from test_contrasts import _contrasts

PAIR = {"Orsa Courier": ["police action"], "Kelmor Daily": ["police operation"]}


def _force(a_text: str, b_text: str) -> list:
    a = _art("a", "Orsa Courier", a_text)
    b = _art("b", "Kelmor Daily", b_text)
    return [terms for fid, terms in _contrasts(a, b) if fid == "force-used"]


def test_outlets_quoting_different_people_keep_their_contrast():
    found = _force(
        "Interior minister Lena Vey praised the police action, which lasted until dawn.",
        "Protest leader Tomas Brenn said the police operation lasted until dawn.",
    )
    assert found == [PAIR]


def test_a_street_and_the_city_around_it_are_no_two_places():
    found = _force(
        "Shopkeepers on Harl Street praised the police action, which lasted until dawn.",
        "Residents of Portavel said the police operation lasted until dawn.",
    )
    assert found == [PAIR]


def test_two_villages_still_part_the_terms():
    found = _force(
        "Farmers near the village of Pellow praised the police action, which lasted a day.",
        "Farmers near the village of Tervo said the police operation delayed their harvest.",
    )
    assert found == []
