"""A bare name line is a byline when it has a person's name's shape: a given name that is also
an everyday word (`Joy Rivers`, `Rose Hills`) is no list heading of everyday words, a name over
the headline is the author's, a surname with its particles written together (`VanderMolen`) is
no menu run together; a place, a section or an outlet on a date's line is no author (invented
text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.textclean import clean_text

HEADLINE = "Lantern festival moves to the old quay"
BODY = [
    "The lantern festival that has filled the market square every autumn for forty years will "
    "move to the old quay this year, the town's events committee decided on Wednesday night.",
    "Committee members said the square could no longer hold the crowds safely, and that the "
    "quay offered room for twice as many stalls and a clear route for the fire brigade.",
    "Traders in the square said they would lose their busiest weekend of the year, and asked "
    "the committee to run a shuttle bus between the square and the quay on both evenings.",
]


def _page(head: list[str]) -> str:
    return "\n\n".join([*head, *BODY]) + "\n"


@pytest.mark.parametrize("name", ["Joy Rivers", "Rose Hills", "Summer Reeves"])
def test_everyday_given_name_under_the_headline_is_the_byline(name):
    got = clean_text(_page([HEADLINE, name]))
    assert got.byline == name
    assert name not in got.text


def test_everyday_given_name_over_a_date_line_is_the_byline():
    got = clean_text(_page([HEADLINE, "Rose Hills", "March 9, 2031"]))
    assert got.byline == "Rose Hills"


def test_name_over_the_headline_is_the_byline():
    assert clean_text(_page(["Marta Lind", HEADLINE])).byline == "Marta Lind"
    got = clean_text(_page(["Vale Courier", "Marta Lind", HEADLINE]))
    assert got.byline == "Marta Lind"


def test_everyday_words_over_the_headline_stay_no_byline():
    assert clean_text(_page(["Select Page", HEADLINE])).byline is None


def test_surnames_with_their_particles_written_together():
    got = clean_text(_page([HEADLINE, "By Piet VanderMolen and Kerstin VanderBerg"]))
    assert got.byline == "Piet VanderMolen and Kerstin VanderBerg"


@pytest.mark.parametrize(
    "line",
    [
        "March 9, 2031 Greater Manchester",
        "March 9, 2031 New Zealand",
        "9 March 2031 Business News",
        "March 9, 2031 Vale Courier",
        "March 9, 2031 | Vale Courier",
        "Published March 9, 2031 Orsa Valley",
        "March 9, 2031 South Kestrow",
    ],
)
def test_place_section_or_outlet_on_a_date_line_is_no_byline(line):
    assert clean_text(_page([HEADLINE, line])).byline is None


@pytest.mark.parametrize("line", ["March 9, 2031 Orla Penn", "March 9, 2031 Joy Rivers"])
def test_person_on_a_date_line_stays_the_byline(line):
    assert clean_text(_page([HEADLINE, line])).byline == line.split(" 2031 ")[1]
