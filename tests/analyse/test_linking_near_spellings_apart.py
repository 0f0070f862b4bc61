"""Two people whose names read alike by the letter classes (`Karen Singh`, `Karan Singh`)
stay two keys when one article names both as two people; one person written in the two
spellings in different articles still joins, and the keys are the same in every order."""

from __future__ import annotations

from itertools import permutations

import pytest
from test_linking_order import incremental

from newsgraph.analyse.linking import link_entities
from newsgraph.records import Entity

NEAR = [("Karen Singh", "Karan Singh"), ("Julien Marceau", "Julian Marceau")]


def person(name: str, *roles: str) -> Entity:
    return Entity(name, "PERSON", roles=list(roles))


@pytest.mark.parametrize(("one", "other"), NEAR)
def test_one_article_naming_both_keeps_two_people(one: str, other: str) -> None:
    keys, evidence = link_entities([("a1", [person(one, "nurse"), person(other, "neighbour")])])
    assert keys[("a1", 0)] != keys[("a1", 1)]
    assert evidence == []


@pytest.mark.parametrize(("one", "other"), NEAR)
def test_the_two_stay_apart_in_other_articles_in_every_order(one: str, other: str) -> None:
    corpus = [
        ("a1", [person(one), person(other)]),
        ("a2", [person(one)]),
        ("a3", [person(other)]),
    ]
    whole, _ = link_entities(corpus)
    assert whole[("a2", 0)] == whole[("a1", 0)] != whole[("a3", 0)] == whole[("a1", 1)]
    for order in permutations(corpus):
        assert incremental(list(order)) == whole


@pytest.mark.parametrize(("one", "other"), NEAR)
def test_one_spelling_per_article_still_joins(one: str, other: str) -> None:
    keys, evidence = link_entities([("a1", [person(one)]), ("a2", [person(other)])])
    assert keys[("a1", 0)] == keys[("a2", 0)]
    assert {e.reason for e in evidence} == {"transliteration"}


def test_two_spellings_with_one_role_in_one_article_are_one_person() -> None:
    """The same role beside both spellings: the article spelled one minister two ways."""
    keys, _ = link_entities(
        [
            (
                "a1",
                [
                    person("Karen Singh", "health minister"),
                    person("Karan Singh", "Health Minister"),
                ],
            )
        ]
    )
    assert keys[("a1", 0)] == keys[("a1", 1)]
