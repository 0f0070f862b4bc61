"""One person written in two transliterations across articles is one key (both spellings its
names), in every order; two people whose names only read alike stay apart."""

from __future__ import annotations

from itertools import permutations

import pytest
from test_linking_order import incremental

from newsgraph.analyse.linking import link_entities
from newsgraph.records import Entity


def person(name: str) -> Entity:
    return Entity(name, "PERSON")


SAME_PERSON = [
    ("Aleksandr Voronin", "Alexander Voronin"),
    ("Yevgeny Tarkhanov", "Evgeny Tarkhanov"),
    ("Mohammed Al-Rashidi", "Muhammad Al-Rashidi"),
    ("Mohamed Haddadi", "Muhammad Haddadi"),
    ("Dmitry Ostrovsky", "Dmitri Ostrovsky"),
    ("Oleksandr Zelinsky", "Oleksandr Zelinskyy"),
    ("Sergei Kovalyov", "Sergey Kovalyov"),
    ("Karim al-Masri", "Karim el-Masri"),
    ("Karim al Masri", "Karim al-Masri"),
    ("Jérôme Castagne", "Jerome Castagne"),
    ("Petr Hanzal", "Peter Hanzal"),
    ("Pavel Gruzdev", "Pavel Gruzdyev"),
    ("Oleg Sergeyev", "Oleg Sergeev"),
    ("Mohammed Al-Rasheen", "Muhammad al-Rashin"),
    ("Karim Rasheed", "Karim Rashid"),
]


@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_two_spellings_of_one_person_are_one_key_in_every_order(first: str, second: str) -> None:
    corpus = [("a1", [person(first)]), ("a2", [person(second)])]
    whole, evidence = link_entities(corpus)
    assert whole[("a1", 0)] == whole[("a2", 0)]
    assert {e.reason for e in evidence} == {"transliteration"}
    for order in permutations(corpus):
        assert incremental(list(order)) == whole


DIFFERENT_PEOPLE = [
    ("Alexander Grant", "Alexandra Grant"),
    ("Mohammed Ali", "Ali Mohammed"),
    ("Hosni Barakat", "Gamal Barakat"),  # father and son
    ("Jan Novak", "Jen Novak"),
    ("Francis Ward", "Frances Ward"),
    ("Anna Petrova", "Anne Petrova"),
    ("Sergei Ivanov", "Sergey Ivanova"),  # no word written alike
]


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PEOPLE)
def test_names_that_only_read_alike_stay_two_people(first: str, second: str) -> None:
    keys, evidence = link_entities([("a1", [person(first)]), ("a2", [person(second)])])
    assert keys[("a1", 0)] != keys[("a2", 0)]
    assert evidence == []


def test_a_surname_in_the_other_spelling_joins_the_full_name() -> None:
    corpus = [
        ("a1", [person("Oleksandr Zelinsky")]),
        ("a2", [person("Zelinskyy"), Entity("Portavel", "GPE")]),
    ]
    whole, evidence = link_entities(corpus)
    assert whole[("a2", 0)] == whole[("a1", 0)] == "person:oleksandr-zelinsky"
    assert [e.reason for e in evidence] == ["partial name"]
    for order in permutations(corpus):
        assert incremental(list(order)) == whole


@pytest.mark.parametrize("short", ["Jones", "ATI"])
def test_a_word_alone_joins_no_name_whose_vowels_or_doubled_letters_differ(short: str) -> None:
    """`Jones` reads as `Jonas` only inside a full name another word vouches for."""
    keys, evidence = link_entities(
        [("a1", [person("Jonas Sahratian"), person("Rabie Atti")]), ("a2", [person(short)])]
    )
    assert keys[("a2", 0)] not in (keys[("a1", 0)], keys[("a1", 1)])
    assert evidence == []
