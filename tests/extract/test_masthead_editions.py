"""A masthead that prints its edition after a dash (`El Faro del Puerto Viejo — English edition`)
names the outlet without the edition, however long the name is. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("La Voz del Puerto Viejo — English edition", "La Voz del Puerto Viejo"),
        ("The Harbour Courier - International Edition", "The Harbour Courier"),
    ],
)
def test_the_edition_is_cut_from_the_masthead(masthead, outlet):
    raw = (
        f"{masthead}\nInterviews | 3 March 2026\n\n"
        "Harbour chief on the sea wall: the council waited too long\n\n"
        f"{article()}"
    )
    ext = clean_text(raw)
    assert ext.outlet == outlet
    assert masthead not in ext.text
