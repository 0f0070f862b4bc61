"""A person's full name NER tagged as a place in another article (`Elvar Brandt` GPE there)
keeps the person's key in whatever order the articles arrive; a one-word name tagged PERSON
still joins the place of its word (`Kessary`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import link_entities, link_new
from newsgraph.records import Entity, EntityMention


def _person(name: str) -> Entity:
    return Entity(name, "PERSON", [EntityMention(name, 0, len(name), "name")])


def _incremental(arts: list[tuple[str, list[Entity]]]) -> dict[tuple[str, int], str]:
    index: dict = {}
    out = {}
    for article_id, entities in arts:
        keys, _, index = link_new(index, article_id, entities)
        out.update({(article_id, i): k for i, k in keys.items()})
    return out


ARTS = [
    ("a1", [Entity("Elvar Brandt", "GPE")]),
    ("a2", [_person("Elvar Brandt")]),
    ("a3", [_person("Elvar Brandt")]),
]


@pytest.mark.parametrize("arts", [ARTS, ARTS[::-1]])
def test_a_full_name_keeps_its_person_key_in_either_order(arts) -> None:
    keys = _incremental(arts)
    assert keys[("a2", 0)] == keys[("a3", 0)] == "person:elvar-brandt"


def test_a_full_name_keeps_its_person_key_in_a_batch() -> None:
    keys, _ = link_entities(ARTS)
    assert keys[("a2", 0)] == "person:elvar-brandt"


def test_a_one_word_person_still_joins_the_place() -> None:
    keys, _ = link_entities([("a1", [Entity("Kessary", "GPE")]), ("a2", [_person("Kessary")])])
    assert keys[("a2", 0)] == "gpe:kessary"
