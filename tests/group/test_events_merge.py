"""Cross-article event merging (`group/events.py`): one real-world event, several articles.
Events written for these tests."""

from __future__ import annotations

import random

from newsgraph.compare import timeline
from newsgraph.group.events import event_groups, group_summaries, merge, same_event


def ev(
    id: str,
    article: str,
    type: str = "consult",
    people: tuple[str, ...] = ("person:ilvane", "person:montfort"),
    date: str | None = "2025-03-06",
    key: str | None = None,
    start: int = 0,
) -> dict:
    actors = [{"entity": p, "name": p.split(":")[-1].title(), "country": None} for p in people]
    return {
        "id": id,
        "article": article,
        "type": type,
        "actors": actors[:1],
        "targets": actors[1:],
        "date": date,
        "event_key": key if key is not None else f"{type}|{'+'.join(sorted(people))}|{date or ''}",
        "start": start,
        "end": start + 10,
        "status": "happened",
        "place": None,
        "mentions": [{"start": start, "end": start + 10}],
    }


def ids(clusters: list[list[dict]]) -> list[list[str]]:
    return sorted(sorted(e["id"] for e in c) for c in clusters)


def test_the_timeline_uses_the_group_stage_merge():
    assert timeline.merge is merge and timeline.same_event is same_event


def test_one_meeting_in_two_articles_is_one_event():
    a = ev("e1", "a1")
    b = ev("e2", "a2", people=("person:montfort", "person:ilvane", "gpe:kestria"), key="other")
    assert same_event(a, b)
    assert ids(merge([a, b])) == [["e1", "e2"]]


def test_other_type_or_date_stays_apart():
    a = ev("e1", "a1")
    assert ids(merge([a, ev("e2", "a2", type="protest")])) == [["e1"], ["e2"]]
    assert ids(merge([a, ev("e3", "a2", date="2025-03-07")])) == [["e1"], ["e3"]]
    # A month is compatible with a day in it.
    assert ids(merge([a, ev("e4", "a2", date="2025-03", key="k4")])) == [["e1", "e4"]]


def test_events_of_one_article_are_never_merged_directly():
    assert ids(merge([ev("e1", "a1"), ev("e2", "a1", start=50)])) == [["e1"], ["e2"]]


def test_one_shared_participant_needs_the_same_known_date():
    a = ev("e1", "a1", people=("person:ilvane",), key="k1")
    b = ev("e2", "a2", people=("person:ilvane", "person:montfort"), key="k2")
    assert ids(merge([a, b])) == [["e1", "e2"]]
    a2 = ev("e1", "a1", people=("person:ilvane",), date=None, key="k1")
    b2 = ev("e2", "a2", people=("person:ilvane", "person:montfort"), date=None, key="k2")
    assert ids(merge([a2, b2])) == [["e1"], ["e2"]]


def test_an_undated_report_does_not_bridge_two_dates():
    thu = ev("e1", "a1", date="2025-03-06")
    fri = ev("e2", "a2", date="2025-03-07")
    undated = ev("e3", "a3", date=None, key="k3")
    clusters = ids(merge([thu, undated, fri]))
    assert ["e1", "e2"] not in clusters and len(clusters) == 2


def test_groups_are_within_a_story_and_named_by_the_smallest_id():
    events = [
        ev("e9", "a1"),
        ev("e3", "a2"),
        ev("e5", "a3"),  # the same meeting, but its article is in another story
        ev("e7", "a4"),  # an article in no story: its own group
    ]
    stories = [{"id": "s-1", "articles": ["a1", "a2"]}, {"id": "s-2", "articles": ["a3"]}]
    groups = event_groups(events, stories)
    assert groups == {"e9": "g-e3", "e3": "g-e3", "e5": "g-e5", "e7": "g-e7"}
    shuffled = events[:]
    random.Random(4).shuffle(shuffled)
    assert event_groups(shuffled, list(reversed(stories))) == groups


def test_summaries_count_mentions_and_articles():
    a = ev("e1", "a1")
    a["mentions"].append({"start": 40, "end": 60})
    b = ev("e2", "a2", date="2025-03", key="k2", people=("person:montfort", "person:ilvane"))
    c = ev("e3", "a1", type="protest", people=("fishermen",), start=80)
    groups = event_groups([a, b, c], [{"id": "s-1", "articles": ["a1", "a2"]}])
    [meeting, protest] = group_summaries([a, c, b], groups)
    assert meeting["event_group"] == "g-e1" and meeting["events"] == ["e1", "e2"]
    assert meeting["mentions"] == 3 and meeting["articles"] == ["a1", "a2"]
    assert meeting["date"] == "2025-03-06"  # the most precise date any report gives
    assert [p["entity"] for p in meeting["actors"]] == ["person:ilvane", "person:montfort"]
    assert meeting["targets"] == []
    assert protest["mentions"] == 1 and protest["articles"] == ["a1"]


def _police(
    id: str,
    article: str,
    date: str | None,
    mode: str | None = "arrest",
    place: str | None = None,
    targets: tuple[str, ...] = (),
    status: str = "happened",
) -> dict:
    """A coerce event whose only participant is a name no entity stands for (`Police`)."""
    e = ev(id, article, type="coerce", people=(), date=date, key=f"coerce|police|{date or ''}")
    e["actors"] = [{"entity": None, "name": "Police", "country": None}]
    e["targets"] = [{"entity": None, "name": t, "country": None} for t in targets]
    e["mode"] = mode
    e["place"] = {"name": place, "country": None} if place else None
    e["status"] = status
    return e


def test_an_undated_arrest_joins_the_dated_one_with_the_same_participants():
    """`Police arrested 80 people overnight in Tamsel` (no date) and `Police have detained 80
    people since Monday` (dated) in two reports: one event, dated (review 10: two rows)."""
    undated = _police("e1", "a1", None, place="Tamsel")
    dated = _police("e2", "a2", "2026-04-06")
    assert same_event(undated, dated)
    assert ids(merge([undated, dated])) == [["e1", "e2"]]
    arts = {a: {"text": "x" * 20, "outlet": a, "published": "2026-04-07"} for a in ("a1", "a2")}
    (row,) = timeline.rows(merge([undated, dated]), arts, {"a1": "a1", "a2": "a2"})
    assert row["date"] == "2026-04-06" and row["place"] == {"name": "Tamsel", "country": None}


def test_an_undated_event_with_one_participant_needs_all_else_alike():
    dated = _police("e2", "a2", "2026-04-06", place="Tamsel")
    # Another mode (a beating is not an arrest), another place, another target, a plan.
    assert not same_event(_police("e1", "a1", None, mode="violence"), dated)
    assert not same_event({**_police("e1", "a1", None), "cameo": "180"}, {**dated, "cameo": "173"})
    assert same_event({**_police("e1", "a1", None), "cameo": "173"}, {**dated, "cameo": "173"})
    assert not same_event(_police("e1", "a1", None, place="Vorrin"), dated)
    assert not same_event(_police("e1", "a1", None, targets=("a reporter",)), dated)
    assert not same_event(_police("e1", "a1", None, status="planned"), dated)
    # Both undated: nothing dates them as one.
    assert not same_event(_police("e1", "a1", None), _police("e2", "a2", None))
    # Undated between two dated arrests on two days: it joins one, never both.
    other = _police("e3", "a3", "2026-04-04")
    clusters = ids(merge([_police("e1", "a1", None), dated, other]))
    assert ["e2", "e3"] not in clusters and len(clusters) == 2
