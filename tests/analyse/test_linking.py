"""Cross-article identity: deterministic keys, safe merges, evidence, incremental use."""

from __future__ import annotations

from newsgraph.analyse.linking import link_entities, link_new
from newsgraph.records import Entity


def person(name: str, country: str | None = None) -> Entity:
    return Entity(name, "PERSON", country=country)


def test_transliteration_and_partial_names_merge_with_evidence() -> None:
    keys, evidence = link_entities(
        [
            ("a1", [person("Ortwin Kessler-Baş"), Entity("Valdoria", "GPE", country="RUS")]),
            ("a2", [person("Ortwin Kessler-Bas")]),
            ("a3", [person("Kessler-Bas")]),
        ]
    )
    assert keys[("a1", 0)] == keys[("a2", 0)] == keys[("a3", 0)] == "person:ortwin-kessler-bas"
    reasons = {(e.article_id, e.reason) for e in evidence}
    assert ("a2", "transliteration") in reasons
    assert ("a3", "partial name") in reasons


def test_same_surname_never_merges_two_people() -> None:
    keys, evidence = link_entities(
        [
            ("a1", [person("Mira Okonkwo"), person("Dele Okonkwo")]),
            ("a2", [person("Okonkwo")]),
        ]
    )
    assert keys[("a1", 0)] != keys[("a1", 1)]
    assert keys[("a2", 0)] not in (keys[("a1", 0)], keys[("a1", 1)])  # ambiguous: own key
    assert evidence == []


def test_country_keys_and_acronyms() -> None:
    keys, evidence = link_entities(
        [
            (
                "a1",
                [
                    Entity("Russia", "GPE", country="RUS"),
                    Entity("Northern Fisheries Council", "ORG"),
                ],
            ),
            ("a2", [Entity("Russia", "GPE", country="RUS"), Entity("NFC", "ORG")]),
        ]
    )
    assert keys[("a1", 0)] == keys[("a2", 0)] == "country:RUS"
    assert keys[("a2", 1)] == keys[("a1", 1)]
    assert {e.reason for e in evidence} == {"same name", "acronym"}


def test_places_with_one_name_in_two_countries_stay_apart() -> None:
    keys, _ = link_entities(
        [
            ("a1", [Entity("Paris", "GPE", country="FRA")]),
            ("a2", [Entity("Paris", "GPE", country="USA")]),
        ]
    )
    assert keys[("a1", 0)] != keys[("a2", 0)]


def test_deterministic_whatever_the_order() -> None:
    arts = [("b", [person("Lena Varga"), person("Varga")]), ("a", [person("Lena Varga")])]
    assert link_entities(arts) == link_entities(list(reversed(arts)))


def test_link_new_matches_batch_linking() -> None:
    arts = [("a1", [person("Lena Varga")]), ("a2", [person("Varga"), person("Tomas Reyes")])]
    batch, _ = link_entities(arts)
    first, _, index = link_new({}, "a1", arts[0][1])
    second, evidence, index = link_new(index, "a2", arts[1][1])
    assert first[0] == batch[("a1", 0)]
    assert second == {0: batch[("a2", 0)], 1: batch[("a2", 1)]}
    assert [e.reason for e in evidence] == ["partial name"]
    assert "person:tomas-reyes" in index
