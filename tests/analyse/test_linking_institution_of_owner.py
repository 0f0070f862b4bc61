"""An institution named `of` its owner (`Central Bank of Drovnia`) is one key with the owner's
possessive and compound forms (`Drovnia's central bank`, `the Drovnia central bank`) and
`Ministry of Defence` with `Defence Ministry`, in every order; a name whose `of` is followed
by `the` or more words keeps its own key."""

from __future__ import annotations

from itertools import permutations

import pytest
from test_linking_order import incremental

from newsgraph.analyse.linking import link_entities
from newsgraph.records import Entity


def org(name: str) -> Entity:
    return Entity(name, "ORG")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Central Bank of Drovnia", "Drovnia's central bank"),
        ("Central Bank of Drovnia", "Drovnia central bank"),
        ("Ministry of Defence", "Defence Ministry"),
        ("Department of Justice", "Justice Department"),
    ],
)
def test_an_institution_of_its_owner_is_the_owners_institution(first: str, second: str) -> None:
    corpus = [("a1", [org(first)]), ("a2", [org(second), Entity("Velask", "GPE")])]
    whole, _ = link_entities(corpus)
    assert whole[("a1", 0)] == whole[("a2", 0)]
    for order in permutations(corpus):
        assert incremental(list(order)) == whole


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Office of the President", "President Office"),
        ("Court of Justice of the European Union", "European Union Court of Justice"),
        ("Friends of the Earth", "Earth Friends"),
    ],
)
def test_other_names_with_of_keep_their_own_keys(first: str, second: str) -> None:
    keys, _ = link_entities([("a1", [org(first)]), ("a2", [org(second)])])
    assert keys[("a1", 0)] != keys[("a2", 0)]


@pytest.mark.parametrize(
    "name",
    ["Union of Concerned Citizens", "Kestrel Department of Natural Resources", "Party of Labour"],
)
def test_a_generic_head_or_a_named_department_keeps_its_written_order(name: str) -> None:
    """`Party of Labour` is no `Labour Party` by this rule (a generic head), nor is the key of
    a department with a state's name before it turned about."""
    keys, _ = link_entities([("a1", [org(name)])])
    assert keys[("a1", 0)] == "org:" + name.lower().replace(" ", "-")
