"""One rule for the full name a headline gives a surname the body uses alone, shared by the
entities stage (a person named by surname) and the quotes stage (a transcript's `MS SEFTON:`
label): the words of either former copy that are no given name stay out, an upper-case title
is read in Title Case, and a possessive surname gives the bare name."""

from __future__ import annotations

import pytest

from newsgraph.analyse.headline_names import title_name


@pytest.mark.parametrize(
    ("title", "found"),
    [
        (
            "Foreign Ministry Spokesperson Tova Rennick's Regular Press Conference",
            ("spokesperson", "Tova Rennick"),
        ),
        (
            "Transcript: Government Spokesperson Tova Rennick Briefs Reporters",
            ("spokesperson", "Tova Rennick"),
        ),
        (
            "Deputy Interior Minister Tova Rennick Holds Weekly Briefing",
            ("minister", "Tova Rennick"),
        ),
        ("Press briefing by spokesperson Tova Rennick", ("spokesperson", "Tova Rennick")),
        (
            "TRANSCRIPT: PRESS BRIEFING BY SPOKESPERSON TOVA RENNICK",
            ("spokesperson", "Tova Rennick"),
        ),
        ("Tova Rennick: the crossing will reopen", ("", "Tova Rennick")),
        ("'Tova Rennick' quits the cabinet", ("", "Tova Rennick")),  # a quoted name
        ("-Tova Rennick, 1961-2026", ("", "Tova Rennick")),
    ],
)
def test_the_one_full_name_of_a_surname(nlp, title: str, found: tuple[str, str]) -> None:
    assert title_name(title, "RENNICK") == found


@pytest.mark.parametrize(
    "title",
    [
        "Tova Rennick and Ivo Rennick open the talks",  # two people of one surname
        "Press Briefing By Rennick",  # headline furniture
        "Shares of AMD's Rennick unit fall",  # a possessive is no given name
        "Talks go on, Rennick says",  # a comma ends the words before the surname
        "Briefing by spokesperson Tova Marran",  # another surname
        "",
    ],
)
def test_no_single_full_name_gives_none(nlp, title: str) -> None:
    assert title_name(title, "Rennick") is None


def test_a_word_the_body_writes_in_lower_case_is_no_given_name(nlp) -> None:
    assert title_name("Carra Rennick", "rennick") == ("", "Carra Rennick")
    assert title_name("Carra Rennick", "rennick", {"carra"}) is None
