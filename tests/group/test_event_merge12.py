"""Cross-article merging, session 12: two reports of one protest by people no one names share
no participant, yet are one event on the same day at the same named place; another day or
another place is another protest. Events written for these tests."""

from __future__ import annotations

from newsgraph.group.events import merge, same_event


def protest(id: str, article: str, crowd: str, place: str | None, date: str | None) -> dict:
    return {
        "id": id,
        "article": article,
        "type": "protest",
        "mode": "demo",
        "actors": [{"entity": None, "name": crowd, "country": None}],
        "targets": [],
        "date": date,
        "event_key": f"protest|{crowd.lower()}|{date or ''}",
        "start": 0,
        "end": 10,
        "status": "happened",
        "place": {"name": place} if place else None,
        "mentions": [{"start": 0, "end": 10}],
    }


def test_unnamed_crowds_same_day_same_place_merge():
    a = protest("a", "art1", "supporters", "Dravo Regional Court", "2031-03-10")
    b = protest("b", "art2", "About 300 people", "Dravo Regional Court", "2031-03-10")
    assert same_event(a, b)
    assert len(merge([a, b])) == 1


def test_other_place_is_another_protest():
    a = protest("a", "art1", "supporters", "Dravo Regional Court", "2031-03-10")
    b = protest("b", "art2", "About 300 people", "Vell Square", "2031-03-10")
    assert not same_event(a, b)
    b["place"] = a["place"]  # the place is what parts them
    assert same_event(a, b)


def test_other_day_is_another_protest():
    a = protest("a", "art1", "supporters", "Dravo Regional Court", "2031-03-10")
    b = protest("b", "art2", "About 300 people", "Dravo Regional Court", "2031-03-11")
    assert not same_event(a, b)
    b["date"] = a["date"]  # the day is what parts them
    assert same_event(a, b)


def test_undated_or_placeless_crowds_do_not_merge():
    a = protest("a", "art1", "supporters", "Dravo Regional Court", None)
    b = protest("b", "art2", "About 300 people", "Dravo Regional Court", None)
    c = protest("c", "art1", "supporters", None, "2031-03-10")
    d = protest("d", "art2", "About 300 people", None, "2031-03-10")
    assert not same_event(a, b) and not same_event(c, d)
    a["date"], b["date"] = c["date"], d["date"]  # dated too, they are one protest
    assert same_event(a, b)


def test_named_groups_still_need_a_shared_participant():
    a = protest("a", "art1", "supporters", "Dravo Regional Court", "2031-03-10")
    b = protest("b", "art2", "Dravo Union", "Dravo Regional Court", "2031-03-10")
    b["actors"][0]["entity"] = "org:dravo union"
    assert not same_event(a, b)
    a["actors"].append(dict(b["actors"][0]))  # the union named in both: one protest
    assert same_event(a, b)
