"""Letter classes join one name's transliterations, not two names that differ in a vowel of
their first syllable (`Jensen`/`Jansen`) or in a first `Y` that is a consonant (`Yan`/`Ian`):
those are two people, across articles and in one article alike."""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import link_entities, spelling
from newsgraph.records import Entity

TWO_PEOPLE = [
    ("Mark Jensen", "Mark Jansen"),
    ("Anna Peterson", "Anna Paterson"),
    ("Derek Nowak", "Darek Nowak"),
    ("Ian Chen", "Yan Chen"),
]


def person(name: str) -> Entity:
    return Entity(name, "PERSON")


@pytest.mark.parametrize(("first", "second"), TWO_PEOPLE)
def test_two_names_a_first_syllable_apart_are_two_people(first: str, second: str) -> None:
    keys, evidence = link_entities([("a1", [person(first)]), ("a2", [person(second)])])
    assert keys[("a1", 0)] != keys[("a2", 0)]
    assert evidence == []


@pytest.mark.parametrize(("first", "second"), TWO_PEOPLE)
def test_two_such_names_in_one_article_stay_two_people(first: str, second: str) -> None:
    keys, _ = link_entities([("a1", [person(first), person(second)])])
    assert keys[("a1", 0)] != keys[("a1", 1)]


@pytest.mark.parametrize(
    ("one", "other"),
    [("ahmed", "ahmad"), ("mohammed", "muhammad"), ("hussein", "husain"), ("sergey", "sergei")],
)
def test_later_vowels_and_a_final_y_still_read_alike(one: str, other: str) -> None:
    assert spelling(one) == spelling(other)
