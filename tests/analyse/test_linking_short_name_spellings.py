"""A short first name keeps its inner `y` and doubled letters: `Kay`/`Kai`, `Anna`/`Ana` are
two names (two people who share a surname), while a long name's spellings (`Dmitry`/`Dmitri`,
`Hassan`/`Hasan`) and a final `y` after a consonant (`Yury`/`Yuri`) still read alike."""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import link_entities, spelling
from newsgraph.records import Entity


def person(name: str) -> Entity:
    return Entity(name, "PERSON")


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kay Larsen", "Kai Larsen"), ("Anna Costa", "Ana Costa"), ("Lynn Berg", "Lyn Berg")],
)
def test_short_first_names_a_letter_apart_are_two_people(first: str, second: str) -> None:
    keys, evidence = link_entities([("a1", [person(first)]), ("a2", [person(second)])])
    assert keys[("a1", 0)] != keys[("a2", 0)]
    assert evidence == []


def test_a_short_name_alone_joins_no_full_name_of_the_other_spelling() -> None:
    keys, evidence = link_entities([("a1", [person("Kai Larsen")]), ("a2", [person("Kay")])])
    assert keys[("a2", 0)] != keys[("a1", 0)]
    assert evidence == []


@pytest.mark.parametrize(("one", "other"), [("dmitry", "dmitri"), ("hassan", "hasan")])
def test_long_names_keep_their_letter_classes(one: str, other: str) -> None:
    assert spelling(one) == spelling(other)


def test_a_final_y_after_a_consonant_is_i_in_a_short_name_too() -> None:
    keys, _ = link_entities([("a1", [person("Yury Ostrakov")]), ("a2", [person("Yuri Ostrakov")])])
    assert keys[("a1", 0)] == keys[("a2", 0)]
