"""A declared language is taken for a text too short to tell only where the identifier's top guess
agrees with it or is weak; full language names and three-letter codes are declarations too; an
unknown code is no language. Text invented."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import articles_of
from newsgraph.records import RawItem

ALERT = "BREAKING: Magnitude 6.9 earthquake strikes northern Velmora - geological survey"


def _record(text: str, **fields) -> RawItem:
    return RawItem("alerts.jsonl#1", "text", text.encode(), fields, container="jsonl")


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Brandt tritt als Bürgermeister von Velmora zurück.",
        "Der Stadtrat lehnt den Haushalt knapp ab.",
        "BREAKING: Borvik PM Anna Lestre démissionne - télévision d'État",
    ],
)
def test_a_wrong_declaration_does_not_override_a_clear_lean(text):
    (article,) = articles_of(_record(text, language="en"))
    assert article.language != "en" and article.status == "not_analysed"


def test_a_declaration_the_identifier_agrees_with_is_taken():
    (article,) = articles_of(_record("Der Stadtrat lehnt den Haushalt knapp ab.", language="de"))
    assert article.language == "de"


@pytest.mark.parametrize("tag", ["english", "English", "eng", "ENG"])
def test_a_full_language_name_is_a_declaration(tag):
    (article,) = articles_of(_record(ALERT, language=tag))
    assert (article.language, article.status) == ("en", "analysed")


@pytest.mark.parametrize("tag", ["zz", "xx-YY", "und", "klingon-ish"])
def test_an_unknown_code_is_not_stored_as_a_language(tag):
    (article,) = articles_of(_record(ALERT, language=tag))
    assert article.language is None
