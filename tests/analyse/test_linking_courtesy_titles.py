"""Every courtesy title of the shared list is no word of a person's name to the linker:
`Miss Orrel` and `Mx Orrel` are the surname alone, which joins the one full name holding it,
not a second full name that makes `Orrel` ambiguous."""

from __future__ import annotations

import pytest

from newsgraph.analyse.linking import link_entities
from newsgraph.records import Entity


@pytest.mark.parametrize("short", ["Miss Orrel", "Mx Orrel"])
def test_a_surname_after_a_courtesy_title_joins_the_full_name(short: str) -> None:
    corpus = [
        ("a1", [Entity("Tamsin Orrel", "PERSON")]),
        ("a2", [Entity(short, "PERSON")]),
        ("a3", [Entity("Orrel", "PERSON")]),
    ]
    keys, _ = link_entities(corpus)
    assert keys[("a2", 0)] == keys[("a3", 0)] == "person:tamsin-orrel"
