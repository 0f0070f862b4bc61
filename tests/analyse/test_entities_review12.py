"""Session 12: entity keys must not depend on the order articles arrive in.

An organisation-labelled mention of a name (`Castelmar said ...`, NER's ORG) and a place
mention of the same name in another article are one entity: the linker's `place name` rule
joins them when the place is known first. Ingested one article at a time (`link_new`, as the
pipeline does), the reverse order must give the same single key.
"""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import link_entities, link_new
from newsgraph.records import Entity, EntityMention


def _ent(name: str, typ: str, country: str | None = None) -> Entity:
    mention = EntityMention(name, 0, len(name), "name")
    return Entity(name, typ, [mention], [], [], country, None, None, key=name)


def _keys(order: list[tuple[str, list[Entity]]]) -> set[str]:
    index: dict = {}
    found: set[str] = set()
    for article_id, entities in order:
        keys, _, index = link_new(index, article_id, entities)
        found.update(keys.values())
    return found


ORG_FIRST = [("a1", [_ent("Castelmar", "ORG")]), ("a2", [_ent("Castelmar", "GPE", "PRT")])]


def test_batch_linking_gives_one_place_key() -> None:
    keys, _ = link_entities(ORG_FIRST)
    assert set(keys.values()) == {"gpe:castelmar:PRT"}


ORG_FIRST_CASE = pytest.param(
    ORG_FIRST,
    id="org-first",
    marks=pytest.mark.xfail(
        strict=True,
        reason="analyse/linking.py (not this helper's file): link_new keys the ORG before the "
        "place is known and never re-keys it; remove this mark with the fix",
    ),
)


@pytest.mark.parametrize(
    "order", [ORG_FIRST_CASE, ORG_FIRST[::-1]], ids=["org-first", "place-first"]
)
def test_incremental_keys_independent_of_order(order) -> None:
    assert _keys(order) == {"gpe:castelmar:PRT"}
