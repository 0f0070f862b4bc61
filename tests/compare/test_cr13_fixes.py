"""Code review 13 of the dossier stage: denied places, owned counts of two owners, a verb
before `at N percent`, names in -est before `since`, passengers boarding, `Opinion polls`,
and a figure told with one verb's phrasal synonym. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import article as _art
from ledger_support import OTHERS, group_of, quote
from test_contrasts import _contrasts
from test_dossier_review8 import _dossier, _numbers

from newsgraph.compare.dossier import genre


def _places(d: dict) -> list[dict]:
    return [c for c in d["conflicts"] if c["kind"] == "place"]


@pytest.mark.parametrize(
    "denial",
    [
        "The freighter never entered Harlan territorial waters, its captain said.",
        "The freighter had not strayed into Harlan territorial waters, its captain said.",
        "The survey plane was no longer in Harlan airspace when it was hit, officials said.",
    ],
)
def test_a_denied_national_place_is_no_claim_against_international(denial):
    a = _art("a", "Pell Gazette", denial)
    b = _art(
        "b",
        "Dunmore Wire",
        "The freighter was in international waters and the survey "
        "plane in international airspace, its captain said.",
    )
    assert not _places(_dossier([a, b]))


def test_a_claimed_national_place_still_conflicts_with_international():
    a = _art(
        "a",
        "Pell Gazette",
        "The freighter was stopped inside Harlan territorial waters, the coastguard said.",
    )
    b = _art(
        "b", "Dunmore Wire", "The freighter was stopped in international waters, its captain said."
    )
    c = _art(
        "c",
        "Kestle Times",
        "The freighter never entered Harlan territorial waters, its captain said.",
    )
    assert len(_places(_dossier([a, b]))) == 1
    places = _places(_dossier([c, b]))
    assert not places


def test_two_owners_counts_of_crew_are_no_conflict_but_one_owners_are():
    a = _art(
        "a",
        "Pell Gazette",
        "Harlan marines detained a cargo ship and its 19 crew near Brask on Friday.",
    )
    b = _art(
        "b",
        "Dunmore Wire",
        "Harlan marines detained a research vessel and its 8 crew near Brask on Friday.",
    )
    assert _numbers(_dossier([a, b])) == []
    c = _art(
        "c",
        "Kestle Times",
        "Harlan marines detained the Orla Finch's 31 crew near Brask on Friday.",
    )
    d = _art(
        "d",
        "Dunmore Wire",
        "Harlan marines detained the Orla Finch and its 19 crew near Brask on Friday.",
    )
    assert len(_numbers(_dossier([c, d]))) == 1


@pytest.mark.parametrize("verb", ["grew", "rose", "runs"])
def test_a_verb_before_at_percent_is_no_thing_measured(verb):
    a = _art(
        "a",
        "Pell Gazette",
        f"In Brask, inflation {verb} at 3 percent in the year, the central bank said.",
    )
    b = _art(
        "b",
        "Dunmore Wire",
        f"In Brask, growth {verb} at 9 percent in the year, the central bank said.",
    )
    assert _numbers(_dossier([a, b])) == []


@pytest.mark.parametrize("where", ["Colbest", "the Southwest"])
def test_a_name_in_est_before_since_is_no_superlative(where):
    a = _art(
        "a",
        "Pell Gazette",
        f"Troops have detained 60 smugglers in {where} since the border closed, the army said.",
    )
    b = _art("b", "Dunmore Wire", f"Troops detained 15 smugglers in {where}, the army said.")
    assert _numbers(_dossier([a, b])) == []


def test_travellers_boarding_a_ship_is_no_taking_but_troops_boarding_it_is():
    seized = _art(
        "a", "Pell Gazette", "Harlan forces seized the cargo ship Orla Finch near Brask on Friday."
    )
    aboard = _art(
        "b",
        "Dunmore Wire",
        "Two hundred tourists boarded the cargo ship Orla Finch at Brask on Thursday.",
    )
    taken = _art(
        "c", "Kestle Times", "Harlan troops boarded the cargo ship Orla Finch near Brask on Friday."
    )
    assert "vessel-taking" not in dict(_contrasts(seized, aboard))
    assert "vessel-taking" in dict(_contrasts(seized, taken))


@pytest.mark.parametrize(
    ("meta", "url"),
    [
        ({"category": "Opinion research"}, None),
        ({"section": "Columns of smoke"}, None),
        ({"department": "Editorial"}, None),
        ({}, "https://pell.example/business/analysis/2031/rates"),
    ],
)
def test_a_view_label_is_the_whole_value(meta, url):
    art = {**_art("a", "Pell Gazette", "Rates rose on Monday."), "metadata": meta, "url": url}
    assert genre(art) is None
    assert genre({**art, "metadata": {"section": "Opinion > Columnists"}}) == "opinion"
    assert genre({**art, "url": "https://pell.example/2031/03/analysis/rates"}) == "analysis"


@pytest.mark.parametrize(
    ("said", "retold"),
    [
        ("We plan to lay off 250 drivers", "the company would dismiss 250 drivers"),
        ("We will recruit 120 nurses", "the trust is taking on 120 nurses"),
    ],
)
def test_a_figure_told_with_a_synonym_verb_is_one_statement(said, retold):
    a = quote("1", "a", said, "direct", "Mara Quell")
    b = quote("2", "b", retold, "indirect", "Mara Quell")
    assert "2" in group_of(a, b, *OTHERS, of="1")
    other = quote("3", "b", "250 drivers and 120 nurses had resigned", "indirect", "Mara Quell")
    assert "3" not in group_of(a, other, *OTHERS, of="1")  # another act of the figure
