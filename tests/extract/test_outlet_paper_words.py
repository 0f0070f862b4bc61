"""An English publication noun ("Post", "Times", "News") makes a short line a paper's name only
as the last word of an English name (or before `of` and its place), not after another
language's function word: the German kicker "Streik bei der Post" names its story, not an
outlet. Invented text."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import paper_word
from newsgraph.extract.textclean import clean_text

GERMAN = (
    "{top}\n"
    "Tausende Briefe bleiben nach dem Warnstreik in den Verteilzentren von Brelsund liegen\n\n"
    "Von Anna Berg\n"
    "3. März 2025\n\n"
    "Nach dem Warnstreik der Zusteller warten in Brelsund tausende Briefe und Pakete auf ihre "
    "Empfänger. Die Gewerkschaft hatte zu dem Ausstand in drei Verteilzentren aufgerufen.\n\n"
    "Die Arbeitgeber bieten bisher zwei Prozent mehr Lohn, die Gewerkschaft fordert sieben.\n"
)


def test_a_german_kicker_ending_in_post_is_no_outlet() -> None:
    got = clean_text(GERMAN.format(top="Streik bei der Post"), select_body=False)
    assert got.outlet is None


def test_a_company_named_by_an_english_paper_word_over_a_german_headline_is_no_outlet() -> None:
    got = clean_text(GERMAN.format(top="Deutsche Post"), select_body=False)
    assert got.outlet is None


def test_a_german_paper_word_over_a_german_headline_is_the_outlet() -> None:
    got = clean_text(GERMAN.format(top="Brelsunder Zeitung"), select_body=False)
    assert got.outlet == "Brelsunder Zeitung"


@pytest.mark.parametrize(
    ("name", "lang"),
    [("Streik bei der Post", "de"), ("Ärger mit der Post", "de"), ("Le Grand Today", "fr")],
)
def test_an_english_noun_in_another_languages_phrase_is_no_paper_word(name: str, lang: str) -> None:
    """The cleaner reads a masthead over a headline only in a text of another language, whose
    code it passes."""
    assert not paper_word(name, lang=lang)


@pytest.mark.parametrize("name", ["Post Office Closures", "Today in Tessland", "News Quiz Night"])
def test_an_english_noun_not_ending_the_name_is_no_paper_word(name: str) -> None:
    assert not paper_word(name)


def test_an_english_noun_in_a_text_of_another_language_is_no_paper_word() -> None:
    assert paper_word("Deutsche Post")
    assert not paper_word("Deutsche Post", lang="de")
    assert paper_word("Brelsunder Hafenzeitung", lang="de")


@pytest.mark.parametrize(
    "name",
    [
        "The Kestrow Herald",
        "Harbour Weekly",
        "Times of Tessland",
        "La Gazette du Rivage",
        "Le Journal du Val",
        "Kieler Nachrichten",
    ],
)
def test_a_paper_name_keeps_its_paper_word(name: str) -> None:
    assert paper_word(name)


@pytest.mark.parametrize(
    "name", ["Los Angeles Daily News", "El Paso Weekly", "Des Moines Post", "Las Cruces Times"]
)
def test_a_place_opening_with_an_article_keeps_the_paper_word(name: str) -> None:
    """A place's article ("Los", "El", "Des") opens its name, not another language's phrase."""
    assert paper_word(name)
    assert paper_word(name, lang="en")
