"""Story grouping: the fine-grained case (two summits in one city), determinism, persistence."""

from __future__ import annotations

import json
import random

from newsgraph.group import StoryDoc, StoryIndex, rebuild

SUMMIT_A = [
    StoryDoc(
        "a1",
        "Norland and Estavia agree water-sharing plan at Geneva summit",
        "GENEVA — The leaders of Norland and Estavia agreed on Tuesday to share the waters of "
        "the Vell river, ending a dispute that began in 2019. President Ana Morel of Norland and "
        "Prime Minister Piet Halvorsen of Estavia signed the plan at the Palais Wilson after "
        'three hours of talks.\n\n"This river will unite us, not divide us," Morel told '
        "reporters. Under the plan Estavia will release 40 percent of the Vell's flow during "
        "the dry season. Halvorsen said the summit in Geneva was the first between the two "
        "countries since 2016.",
        "2024-03-12",
        "Wire One",
    ),
    StoryDoc(
        "a2",
        "Morel and Halvorsen sign Vell river deal",
        "Norland's President Ana Morel and Estavian Prime Minister Piet Halvorsen signed a "
        "water-sharing agreement for the Vell river in Geneva on Tuesday. The summit at the "
        "Palais Wilson settles a quarrel dating from 2019; Estavia will let 40 percent of the "
        "river's flow through in the dry months. Morel called it a deal that would unite the "
        "two nations. Halvorsen, who last met a Norland leader in 2016, said farmers on both "
        "banks of the Vell would benefit.",
        "2024-03-13",
        "Daily Two",
    ),
]

SUMMIT_B = [
    StoryDoc(
        "b1",
        "Calvia and Dorsk sign trade pact at Geneva summit",
        "GENEVA — Calvia and Dorsk signed a trade agreement on Thursday at a summit in Geneva, "
        "cutting tariffs on grain and steel. President Luis Ferrant of Calvia and Chancellor "
        "Ilse Brandt of Dorsk met at the Intercontinental hotel for two days of talks.\n\n"
        '"Our farmers and our steelworkers both win today," Ferrant told reporters. The pact '
        "removes duties on 1,200 products by 2026. Brandt said the Geneva summit was the "
        "first between Calvia and Dorsk in a decade.",
        "2024-03-14",
        "Wire One",
    ),
    StoryDoc(
        "b2",
        "Ferrant and Brandt strike Calvia-Dorsk tariff deal",
        "Calvian President Luis Ferrant and Dorsk's Chancellor Ilse Brandt agreed on Thursday "
        "to scrap tariffs on 1,200 products, from grain to steel, by 2026. The two leaders met "
        "at a summit in Geneva at the Intercontinental hotel. Ferrant said farmers and "
        "steelworkers would both gain, while Brandt called the talks in Geneva the first "
        "between the two governments in ten years.",
        "2024-03-15",
        "Daily Two",
    ),
]


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(m) for m in index.stories().values()}


def test_two_summits_in_one_city_are_two_stories():
    index = StoryIndex()
    for doc in [SUMMIT_A[0], SUMMIT_B[0], SUMMIT_A[1], SUMMIT_B[1]]:
        index.add(doc)
    assert _groups(index) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_two_summits_without_dates_are_still_two_stories():
    undated = [
        StoryDoc(d.id, d.title, d.text, None) for d in [SUMMIT_B[0], SUMMIT_A[0]] + SUMMIT_A[1:]
    ]
    undated.append(StoryDoc("b2", SUMMIT_B[1].title, SUMMIT_B[1].text, None))
    index = rebuild(undated)
    assert _groups(index) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_story_ids_are_the_first_article_and_deterministic():
    docs = SUMMIT_A + SUMMIT_B
    first = StoryIndex()
    ids = [first.add(d) for d in docs]
    second = StoryIndex()
    assert [second.add(d) for d in docs] == ids
    assert ids == ["s-a1", "s-a1", "s-b1", "s-b1"]
    assert first.to_json() == second.to_json()


def test_adding_an_article_twice_changes_nothing():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    state = json.dumps(index.to_json())
    assert index.add(SUMMIT_A[0]) == "s-a1"
    assert json.dumps(index.to_json()) == state


def test_online_equals_rebuild_in_the_same_order():
    docs = sorted(SUMMIT_A + SUMMIT_B, key=lambda d: d.published or "")
    online = StoryIndex()
    for d in docs:
        online.add(d)
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    rebuilt = rebuild(shuffled)  # rebuild orders by publication date itself
    assert rebuilt.stories() == online.stories()
    assert rebuilt.to_json() == online.to_json()


def test_index_round_trips_through_json_and_goes_on_identically():
    docs = SUMMIT_A + SUMMIT_B
    whole = StoryIndex()
    for d in docs:
        whole.add(d)
    half = StoryIndex()
    for d in docs[:2]:
        half.add(d)
    restored = StoryIndex.from_json(json.loads(json.dumps(half.to_json())))
    assert restored.to_json() == half.to_json()
    for d in docs[2:]:
        restored.add(d)
    assert restored.stories() == whole.stories()
    assert restored.to_json() == whole.to_json()


def test_the_same_event_text_months_apart_is_a_new_story():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    late = StoryDoc("late", SUMMIT_A[1].title, SUMMIT_A[1].text, "2024-07-01")
    assert index.add(late) == "s-late"


def test_old_stories_leave_the_index_but_keep_their_members():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    index.add(StoryDoc("x", "Unrelated", "Snow fell over the Alps in 2024.", "2024-06-01"))
    data = index.to_json()
    old = next(s for s in data["stories"] if s["id"] == "s-a1")
    assert not old["active"] and old["centroid"] == {}
    assert index.stories()["s-a1"] == ["a1"]
