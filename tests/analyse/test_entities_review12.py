"""Session 12: entity keys must not depend on the order articles arrive in.

An organisation-labelled mention of a name (`Castelmar said ...`, NER's ORG) and a place
mention of the same name in another article are one entity: the linker's `place name` rule
joins them when the place is known first. Ingested one article at a time (`Linker.link_article`,
its `rekeyed` applied to what is stored, as the pipeline does), either order gives one key.
"""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import Linker, link_entities
from newsgraph.records import Entity, EntityMention


def _ent(name: str, typ: str, country: str | None = None) -> Entity:
    mention = EntityMention(name, 0, len(name), "name")
    return Entity(name, typ, [mention], [], [], country, None, None, key=name)


def _stored(order: list[tuple[str, list[Entity]]]) -> dict[tuple[str, int], str]:
    """The keys stored after linking one article at a time, each article's re-keys applied to
    what earlier articles stored (as the pipeline's store does)."""
    linker = Linker()
    stored: dict[tuple[str, int], str] = {}
    for article_id, entities in order:
        keys, _ = linker.link_article(article_id, entities)
        stored.update({(article_id, i): k for i, k in keys.items()})
        moves, linker.rekeyed = linker.rekeyed, {}
        stored = {at: moves[k].key if k in moves else k for at, k in stored.items()}
    return stored


def _keys(order: list[tuple[str, list[Entity]]]) -> set[str]:
    return set(_stored(order).values())


ORG_FIRST = [("a1", [_ent("Castelmar", "ORG")]), ("a2", [_ent("Castelmar", "GPE", "PRT")])]


def test_batch_linking_gives_one_place_key() -> None:
    keys, _ = link_entities(ORG_FIRST)
    assert set(keys.values()) == {"gpe:castelmar:PRT"}


@pytest.mark.parametrize("order", [ORG_FIRST, ORG_FIRST[::-1]], ids=["org-first", "place-first"])
def test_incremental_keys_independent_of_order(order) -> None:
    assert _keys(order) == {"gpe:castelmar:PRT"}
