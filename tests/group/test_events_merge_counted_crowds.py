"""Cross-article merging of crowds named only by a rough count (`Thousands protested over the
pardon`, undated, in one report): the count is no shared participant, so the undated protest
takes no other report's date; an exact count still is one. The same count on the same day is
one crowd unless the reports name two places. Events written for these tests."""

from __future__ import annotations

from newsgraph.group.events import event_groups, group_summaries, merge, same_event


def _protest(id: str, article: str, date: str | None, actor: str, entity: str | None = None):
    return {
        "id": id,
        "article": article,
        "start": 0,
        "event_key": f"protest|{id}",
        "type": "protest",
        "date": date,
        "status": "happened",
        "mode": "demo",
        "cameo": "140",
        "actors": [{"entity": entity, "name": actor, "country": None}],
        "targets": [],
        "place": None,
    }


def test_undated_counted_crowd_takes_no_other_reports_date():
    # the undated one in an article of 2026-11-17 that tells no date; the other report dated
    for name, date in (
        ("Thousands", "2026-11-14"),
        ("Thousands", "1989-03"),
        ("About 300 people", "2026-11-14"),
    ):
        undated = _protest("e1", "a1", None, name)
        other = _protest("e2", "a2", date, name)
        assert not same_event(undated, other), (name, date)
        assert [[e["id"] for e in c] for c in merge([undated, other])] == [["e1"], ["e2"]]
    groups = event_groups([undated, other], [{"id": "s-1", "articles": ["a1", "a2"]}])
    dates = {g["events"][0]: g["date"] for g in group_summaries([undated, other], groups)}
    assert dates == {"e1": None, "e2": "2026-11-14"}  # undated stays undated


def test_named_or_definite_crowd_still_merges_with_an_undated_report():
    # positive controls: a named group, and the definite `Police` (no entity), still merge
    union = "org:tarsby dockers union"
    assert same_event(
        _protest("e1", "a1", None, "Tarsby Dockers' Union", union),
        _protest("e2", "a2", "2026-11-14", "Tarsby Dockers' Union", union),
    )
    assert same_event(
        _protest("e1", "a1", None, "Police"), _protest("e2", "a2", "2026-11-14", "Police")
    )
    # an exact count told alike in two reports is kept (`Police arrested 38 people`)
    assert same_event(
        _protest("e1", "a1", None, "38 people"), _protest("e2", "a2", "2026-11-14", "38 people")
    )


def test_counted_crowd_told_alike_on_the_same_day_is_one_crowd():
    # `Thousands marched against the council` on Saturday in two reports: one march; the count
    # alone still joins no undated report (above) and no other day
    council = {"entity": "org:velm council", "name": "Velm Council", "country": None}
    a = _protest("e1", "a1", "2026-11-14", "Thousands")
    b = _protest("e2", "a2", "2026-11-14", "Thousands")
    a["targets"], b["targets"] = [council], [council]
    assert same_event(a, b)
    assert same_event(
        _protest("e1", "a1", "2026-11-14", "About 300 people"),
        _protest("e2", "a2", "2026-11-14", "About 300 people"),
    )
    assert not same_event(
        _protest("e1", "a1", "2026-11-14", "Thousands"),
        _protest("e2", "a2", "2026-11-15", "Thousands"),
    )


def _at(place: str | None, id: str, article: str, actor: str = "Thousands"):
    """A protest of 2026-11-14 by a crowd named by a count, at a named place or none."""
    event = _protest(id, article, "2026-11-14", actor)
    return {**event, "place": {"name": place} if place else None}


def test_same_count_same_day_at_two_places_is_two_protests():
    kerrow, holm = _at("Kerrow", "e1", "a1"), _at("Holm", "e2", "a2")
    assert not same_event(kerrow, holm)
    assert [[e["id"] for e in c] for c in merge([kerrow, holm])] == [["e1"], ["e2"]]
    towns = [("Kerrow", "Thousands"), ("Holm", "Thousands"), ("Varna", "Hundreds")]
    crowds = [_at(p, f"e{i}", f"a{i}", name) for i, (p, name) in enumerate(towns)]
    crowds.append(_at("Tarsby", "e9", "a9", "Hundreds"))
    assert len(merge(crowds)) == 4  # four towns' crowds do not collapse into one


def test_same_count_same_day_one_place_or_none_named_is_one_crowd():
    assert same_event(_at("Kerrow", "e1", "a1"), _at("Kerrow", "e2", "a2"))
    assert same_event(_at(None, "e1", "a1"), _at("Kerrow", "e2", "a2"))
