"""One definition each for what the cleaner and the credits share: a word of a person's name,
the offices before a holder's name, the month names, a place's last words; the HTML
extractor's one paragraph-dropping rule; `given_name` answers from a cache. Text invented."""

from __future__ import annotations

import re

import pytest

from newsgraph import names, wordlists
from newsgraph.extract import credits, dates, html, textclean


@pytest.mark.parametrize("word", ["Berg-Aas", "O’Neil", "J.", "Ana", "d'Arc"])
def test_a_name_word(word):
    assert names.NAME_WORD.fullmatch(word)


@pytest.mark.parametrize("word", ["B2B", "Ana_Lint", "3rd", "-Ana"])
def test_no_name_word(word):
    assert not names.NAME_WORD.fullmatch(word)


def test_a_tagline_word_with_a_digit_is_no_name_word():
    # `Bo2kerr` splits at its digit: `kerr` is lower case, so the subject names no person
    assert not textclean.closing_credit("Ana Lint and Bo2kerr contributed to this report.")
    assert textclean.closing_credit("Ana Lint and Bo Kerr contributed to this report.")


def test_office_titles_live_in_the_word_lists():
    assert credits.OFFICE_TITLES is wordlists.OFFICE_TITLES
    assert {"president", "minister", "dr", "sgt."} <= wordlists.OFFICE_TITLES
    assert wordlists.RANK_WORDS | wordlists.HONORIFICS <= wordlists.OFFICE_TITLES


def test_given_name_is_cached():
    credits.given_name.cache_clear()
    assert credits.given_name("Marta") == credits.given_name("Marta")
    assert credits.given_name.cache_info().hits >= 1


def test_the_month_names_are_the_date_tables():
    found = set(dates.MONTH_NAMES.split("|"))
    assert found == {m.capitalize() for m in dates.MONTHS}
    assert re.fullmatch(f"(?:{dates.MONTH_NAMES})", "Sept")


def test_place_name_heads_are_narrower_than_natural_features():
    assert "valley" in wordlists.PLACE_NAME_HEADS and "county" in wordlists.PLACE_NAME_HEADS
    assert "moor" in wordlists.NATURAL_FEATURE_HEADS - wordlists.PLACE_NAME_HEADS


@pytest.mark.parametrize(
    ("paras", "gone", "kept", "dropped"),
    [
        (["a", " b ", "c"], [1], "a\n\nc", [" b "]),
        (["a", "b", "c"], {2, 0}, "b", ["a", "c"]),
        (["a", "b"], [], "a\n\nb", []),
        (["a", "b"], [0, 1], "a\n\nb", []),  # nothing but furniture: the page's only text stays
    ],
)
def test_without_paragraphs(paras, gone, kept, dropped):
    assert html._without_paragraphs(paras, gone) == (kept, dropped)
