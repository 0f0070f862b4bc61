"""Linking article by article ends with the keys linking the whole corpus gives, whatever the
order: a short name that came before its full name is re-keyed when the full name arrives."""

from __future__ import annotations

from itertools import permutations

from newsgraph.analyse.linking import Linker, link_entities
from newsgraph.records import Entity


def person(name: str) -> Entity:
    return Entity(name, "PERSON")


def incremental(articles: list[tuple[str, list[Entity]]]) -> dict[tuple[str, int], str]:
    """Link one article at a time, applying each re-keying to the keys given so far."""
    linker = Linker()
    keys: dict[tuple[str, int], str] = {}
    names = {(a, i): e.name for a, entities in articles for i, e in enumerate(entities)}
    for article_id, entities in articles:
        got, _ = linker.link_article(article_id, entities)
        keys.update({(article_id, i): k for i, k in got.items()})
        for old, move in getattr(linker, "rekeyed", {}).items():  # none before re-keying
            keys = {at: move.key if k == old else k for at, k in keys.items()}
        linker.rekeyed = {}
        for key, word in getattr(linker, "splits", []):
            rows = [(a, i, names[(a, i)]) for (a, i), k in sorted(keys.items()) if k == key]
            keys.update({(a, i): new for a, i, new, _ in linker.split_off(rows, word)})
        linker.splits = []
    return keys


def test_short_name_first_joins_the_full_name_in_every_order() -> None:
    corpus = [
        ("a1", [person("Tamsin Orrel")]),
        ("a2", [person("Orrel"), Entity("Portavel", "GPE")]),
        ("a3", [person("Ms Orrel")]),
    ]
    whole, _ = link_entities(corpus)
    assert whole[("a2", 0)] == "person:tamsin-orrel"
    for order in permutations(corpus):
        assert incremental(list(order)) == whole, [a for a, _ in order]


def test_acronym_first_keeps_its_own_key() -> None:
    """Not re-keyed (no split for a second organisation of the same initials): pinned."""
    corpus = [
        ("b1", [Entity("KPB", "ORG")]),
        ("b2", [Entity("Kelmar Port Board", "ORG")]),
    ]
    assert incremental(corpus)[("b1", 0)] == "org:kpb"
    assert incremental(corpus[::-1])[("b1", 0)] == "org:kelmar-port-board"


def test_rekey_evidence_names_the_rule() -> None:
    linker = Linker()
    linker.link_article("a2", [person("Orrel")])
    linker.link_article("a1", [person("Tamsin Orrel")])
    move = linker.rekeyed["person:orrel"]
    assert (move.key, move.canonical, move.reason) == (
        "person:tamsin-orrel",
        "Tamsin Orrel",
        "partial name",
    )
    assert "person:orrel" not in linker.index


def test_second_full_name_splits_off_the_short_name_in_every_order() -> None:
    """`Clinton` joined to `Hillary Clinton` (by arriving after it, or re-keyed into it when it
    arrived) goes back to `person:clinton` when `Chelsea Clinton` makes it ambiguous, as
    linking all three at once gives; `Ms Clinton` to its own key likewise."""
    corpus = [
        ("c1", [person("Clinton")]),
        ("c2", [person("Hillary Clinton")]),
        ("c3", [person("Chelsea Clinton")]),
        ("c4", [person("Ms Clinton"), person("Hillary Clinton")]),
    ]
    whole, _ = link_entities(corpus)
    assert whole[("c1", 0)] == "person:clinton"
    assert whole[("c4", 0)] == "person:ms-clinton"
    for order in permutations(corpus):
        assert incremental(list(order)) == whole, [a for a, _ in order]


def test_two_full_names_at_once_leave_the_short_key_alone() -> None:
    linker = Linker()
    linker.link_article("c1", [person("Clinton")])
    linker.link_article("c2", [person("Hillary Clinton"), person("Chelsea Clinton")])
    assert linker.rekeyed == {}
    assert "person:clinton" in linker.index
