"""A participant the entity stage linked in one report and left unlinked in another, under the
very same name, is one participant to merge events on (and is shown once); a name two entities
share stays apart. Events written for these tests."""

from __future__ import annotations

from newsgraph.group.events import group_summaries, merge


def _party(name: str, entity: str | None) -> dict:
    return {"entity": entity, "name": name}


def _ev(article: str, date: str | None, actors: list[dict], targets: list[dict] = ()) -> dict:
    return {
        "id": article,
        "article": article,
        "start": 0,
        "event_key": None,
        "type": "reject",
        "date": date,
        "mode": None,
        "cameo": "120",
        "status": "happened",
        "place": None,
        "actors": list(actors),
        "targets": list(targets),
    }


def test_an_unlinked_name_merges_with_the_entity_linked_under_it():
    linked = _ev("a1", "2031-03-12", [_party("Norvia", "gpe:norvia")])
    bare = _ev("a2", None, [_party("Norvia", None)])
    fuller = _ev(
        "a3", "2031-03-12", [_party("Norvia", None), _party("Trade Council", "org:trade-council")]
    )
    clusters = merge([linked, bare, fuller])
    assert [sorted(e["id"] for e in c) for c in clusters] == [["a1", "a2", "a3"]]
    (summary,) = group_summaries([linked, bare, fuller], {e: "g-a1" for e in ("a1", "a2", "a3")})
    assert [p["name"] for p in summary["actors"]] == ["Norvia", "Trade Council"]


def test_a_name_two_entities_share_stays_apart():
    one = _ev("a1", "2031-03-12", [_party("Marr", "per:orla-marr")])
    other = _ev("a2", "2031-03-12", [_party("Marr", "per:piet-marr")])
    bare = _ev("a3", None, [_party("Marr", None)])
    assert sorted(len(c) for c in merge([one, other, bare])) == [1, 1, 1]
