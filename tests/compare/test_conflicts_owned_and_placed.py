"""A count a thing has told with `with` (`a tanker with 24 crew`), and the craft a place of
status is told of (two craft in two waters are no conflict). Invented text."""

from __future__ import annotations

import pytest
from dossier_support import article as _art
from test_dossier_review8 import _dossier, _numbers


def _two(x: str, y: str) -> dict:
    return _dossier(
        [
            _art("a", "Pell Gazette", x + "\n\nThe harbour was closed."),
            _art("b", "Esk Radio", y + "\n\nThe hearing was adjourned."),
        ]
    )


def _places(d: dict) -> list[list[tuple[str, str]]]:
    return [
        sorted((v["outlet"], v["value"]) for v in c["values"])
        for c in d["conflicts"]
        if c["kind"] == "place"
    ]


def test_a_crew_told_with_with_is_the_ships_whatever_day_or_place_tells_it():
    seized = (
        "Harlan commandos boarded the Amber Gull, a tanker with 24 crew, in the Velk Strait "
        "on Tuesday."
    )
    talks = "Envoys met in Lirre on Friday to discuss the Amber Gull, a tanker with 30 crew."
    assert _numbers(_two(seized, talks)) == [[("Esk Radio", "30"), ("Pell Gazette", "24")]]


def test_two_craft_with_their_crews_are_two_counts():
    cargo = "Harlan marines detained a cargo ship with 19 crew near Brask on Friday."
    survey = "Harlan marines detained a research vessel with 8 crew near Brask on Friday."
    assert _numbers(_two(cargo, survey)) == []
    again = "Harlan marines detained a cargo ship with 8 crew near Brask on Friday."
    assert _numbers(_two(cargo, again)) == [[("Esk Radio", "8"), ("Pell Gazette", "19")]]


@pytest.mark.parametrize(
    "text",
    [
        "Early in the sixth with two hard lefts, Mora put Kell down, the judges said.",
        "The ferry left with 40 passengers from Brask on Friday, the port said.",
        "It was a game with 30 seconds left when Brask scored, the coach said.",
    ],
)
def test_with_after_a_rank_a_verb_or_before_a_time_owns_nothing(text):
    from newsgraph.compare.conflicts import _owned

    at = next(i for i, ch in enumerate(text) if ch.isdigit() or text.startswith("two", i))
    assert not _owned(text, at)


def test_two_craft_in_two_waters_are_no_place_conflict():
    tanker = "Harlan said the tanker Amber Gull had been in international waters on Monday."
    frigate = "Brask said the frigate Volya was inside Harlan territorial waters on Monday."
    assert _places(_two(tanker, frigate)) == []
    named = "Brask said the Volya was inside Harlan territorial waters on Monday."
    assert _places(_two(tanker, named)) == []


def test_one_craft_told_by_kind_and_by_name_is_one_place_conflict():
    tanker = "Harlan said the tanker had been in international waters on Monday."
    named = "Brask said the Amber Gull was inside Brask territorial waters on Monday."
    assert _places(_two(tanker, named)) == [
        [("Esk Radio", "Brask territorial waters"), ("Pell Gazette", "international waters")]
    ]
    ship = "Brask said the ship was inside Brask territorial waters on Monday."
    assert len(_places(_two(tanker, ship))) == 1
