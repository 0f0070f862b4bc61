"""A masthead's edition is cut however it is printed: in brackets, after a colon, in lower
case, or as a hyphenated word (`English-language edition`). Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text

NAME = "Gaceta del Puerto Viejo"


def _front(masthead: str) -> str:
    """A plain-text front: the masthead over a menu line, the headline, the article."""
    menu = "Interviews | 3 March 2026"
    return f"{masthead}\n{menu}\n\nHarbour chief on the sea wall: the council waited\n\n{article()}"


@pytest.mark.parametrize(
    "masthead",
    [
        f"{NAME} (English edition)",
        f"{NAME} – english edition",
        f"{NAME}: English edition",
        f"{NAME} — English-language edition",
        f"{NAME} (Weekend Edition)",
    ],
)
def test_the_edition_is_cut_in_any_form(masthead):
    ext = clean_text(_front(masthead))
    assert ext.outlet == NAME
    assert masthead not in ext.text


def test_a_name_ending_in_edition_without_a_separator_stays_whole():
    assert clean_text(_front("Morning Edition")).outlet == "Morning Edition"
