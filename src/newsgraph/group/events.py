"""One real-world event, several articles: cross-article merging of stored events.

Within an article the events stage already merges the sentences that tell one event (one event,
several `mentions`). Across articles, outlets name an event's participants differently (one
adds `Ukraine` as a topic, another omits the place), so `event_key` equality is too strict. Two
events of different articles are one when they have the same type, compatible dates (equal, one
a prefix of the other, or one unknown) and share at least two participants, or all of the
smaller side's participants on the same date, or (one of the two undated) all participants of
both sides, the same PLOVER mode and CAMEO code, no two places and no planned one beside a done one
(`Police arrested 112 people` in one report, `Police have detained 112 people since Monday` in
another); equal `event_key`s always are. A cluster never holds two dates that disagree, so an
undated mention cannot bridge Thursday's and Friday's meeting, and an undated event that matches
events of dates far apart (the 1989 marches, the 2005 protests) joins none of them. A crowd named
by a rough count (`Thousands`, `About 300 people`) is no participant to merge on: it says how
many, not who (an exact count, `112 people`, still is). A name one report leaves unlinked is
the entity another report links under that very name (`_linked_by_name`).

`merge` is what the dossier's timeline (`compare/timeline.py`) groups by; `event_groups` applies
it to a whole export, within each story (events of articles in different stories are never
merged), and names each cluster `g-` + its smallest event id, so the same input gives the same
ids (`docs/export.md`, `event_group`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from newsgraph.sets import DisjointSets
from newsgraph.wordlists import CROWD_COUNTS

GROUP_PREFIX = "g-"


#: First words of a crowd's name that count it roughly rather than say who it is (`Thousands`,
#: `About 300 people`, `some students`). An exact count is kept: `112 people` arrested in two
#: reports are one arrest.
_COUNTING = (
    frozenset("a an some many several about around nearly almost over more".split())
    | frozenset(f"{w}s" for w in CROWD_COUNTS)  # `Thousands`, `hundreds of dockers`
)


def _participants(ev: dict[str, Any], *, counted: bool = True) -> frozenset[str]:
    """Participant keys; with `counted=False` without crowds named by a count."""
    return frozenset(
        p.get("entity") or (p.get("name") or "").lower()
        for p in ev["actors"] + ev["targets"]
        if p.get("entity") or (p.get("name") and (counted or not _counted_crowd(p)))
    )


def _counted_crowd(p: dict[str, Any]) -> bool:
    """A participant no entity stands for, named by a rough count (`Thousands`, `About 300
    people`): two reports' `Thousands` are not shown to be the same people, so the name is
    nothing to merge on (an undated crowd would take another report's date, even one decades
    off). `Police`, the definite institution, still is."""
    first = ((p.get("name") or "").split() or [""])[0].lower()
    return not p.get("entity") and first in _COUNTING


def _same_day(a: str | None, b: str | None) -> bool:
    """Both dates given, equal, and to the day (`2026-11-14`)."""
    return a is not None and a == b and len(a) >= 10 and "-W" not in a


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith(b) or b.startswith(a)


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two events (of different articles) that tell one real-world event, by type, dates and
    shared participants (module docstring)."""
    if a["type"] != b["type"] or not _dates_compatible(a["date"], b["date"]):
        return False
    if _crowd_at_one_place(a, b):
        return True
    pa, pb = _participants(a), _participants(b)
    shared = pa & pb
    if not _same_day(a["date"], b["date"]) or _two_places(a, b):
        # a count is no one to share, but the same count on the same day is the same crowd
        # (`Thousands protested` in two reports of Saturday's march), unless told at two
        # places (`Thousands` in Kerrow and in Holm are two protests)
        shared &= _participants(a, counted=False)
    if len(shared) >= 2:
        return True
    if shared and pa == pb and (a["date"] is None) != (b["date"] is None):
        return _same_kind(a, b)
    smaller = min(len(pa), len(pb))
    return (
        bool(shared) and len(shared) == smaller and a["date"] is not None and a["date"] == b["date"]
    )


def _crowd_at_one_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports of one protest by people no one names (`supporters of X protested outside
    the court`, `about 300 people gathered outside the court`) share no participant to merge
    on; they are one event when they happened on the same day at the same named place, in the
    same mode. Another day or another place is another protest."""
    if not a["date"] or len(a["date"]) < 10 or a["date"] != b["date"]:
        return False
    places = [((e.get("place") or {}).get("name") or "").lower() for e in (a, b)]
    unnamed = all(not p.get("entity") for e in (a, b) for p in e["actors"] + e["targets"]) and all(
        e["actors"] for e in (a, b)
    )
    return (
        unnamed
        and bool(places[0])
        and places[0] == places[1]
        and a.get("mode") == b.get("mode")
        and a.get("status") == b.get("status")
    )


def _same_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One participant named alike on both sides and one side undated: one event only when
    nothing else tells them apart: the same mode and CAMEO code where both have one (an arrest
    is not a beating, a shooting not a death), no two places (an arrest in one town is not one
    in another) and not a plan beside something done."""
    planned = [e.get("status") == "planned" for e in (a, b)]
    cameo = [e.get("cameo") for e in (a, b)]
    return (
        a.get("mode") == b.get("mode")
        and (None in cameo or cameo[0] == cameo[1])
        and not _two_places(a, b)
        and planned[0] == planned[1]
    )


def _two_places(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether both events name a place and the places differ (an arrest in one town is not
    one in another)."""
    place_a, place_b = (((e.get("place") or {}).get("name") or "").lower() for e in (a, b))
    return bool(place_a and place_b and place_a != place_b)


def merge(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Clusters of events (from different articles) that are one real-world event, in first-seen
    order; events in the export's shape (`type`, `date`, `actors`, `targets`, `article`,
    `event_key`)."""
    sets = DisjointSets(range(len(events)))
    # Dates of each cluster: an undated mention must not bridge Thursday's and Friday's meeting.
    dates: dict[int, set[str]] = {
        i: {e["date"]} if e["date"] else set() for i, e in enumerate(events)
    }
    keyed = _linked_by_name(events)
    pairs = _matching_pairs(keyed)
    torn = _torn_undated(keyed, pairs)
    for i, j in pairs:
        if (i in torn and events[j]["date"]) or (j in torn and events[i]["date"]):
            continue
        ri, rj = sets.find(i), sets.find(j)
        both = dates[ri] | dates[rj]
        if ri == rj or not all(_dates_compatible(x, y) for x in both for y in both):
            continue
        sets.union(ri, rj)
        dates[sets.find(ri)] = both
    return [[events[i] for i in g] for g in sets.groups()]  # first-seen order: stable output


def _linked_by_name(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events with each participant the entity stage left unlinked in one article given
    the entity another article links under the very same name (one report's `Oskaria` no
    entity, another's `Oskaria` a country): the same name is the same participant to merge
    on. A name two entities share stays as it is. Copies; the input is not changed."""
    linked: dict[str, set[str]] = {}
    for ev in events:
        for p in ev["actors"] + ev["targets"]:
            if p.get("entity") and p.get("name"):
                linked.setdefault(p["name"].lower(), set()).add(p["entity"])

    def keyed(p: dict[str, Any]) -> dict[str, Any]:
        found = linked.get((p.get("name") or "").lower(), set())
        if p.get("entity") or len(found) != 1:
            return p
        return {**p, "entity": next(iter(found))}

    return [
        {
            **ev,
            "actors": [keyed(p) for p in ev["actors"]],
            "targets": [keyed(p) for p in ev["targets"]],
        }
        for ev in events
    ]


def _matching_pairs(events: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Index pairs (i < j, in input order) of events of different articles that tell one event:
    equal `event_key`s or `same_event`."""
    by_type: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        by_type.setdefault(ev["type"], []).append(i)
    pairs = []
    for idx in by_type.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1 :]:
                a, b = events[i], events[j]
                if a["article"] != b["article"] and (
                    (a["event_key"] and a["event_key"] == b["event_key"]) or same_event(a, b)
                ):
                    pairs.append((i, j))
    return sorted(pairs)


#: Dates of matching events further apart than this are a history's different events (the 1989
#: marches, the 2005 protests), not the days of one running story (Thursday's and Friday's talks).
FAR_APART_DAYS = 31


def _torn_undated(events: list[dict[str, Any]], pairs: list[tuple[int, int]]) -> set[int]:
    """Undated events that match dated events whose dates are far apart (`FAR_APART_DAYS`):
    which of them they tell is unknown, so they join none; they joined whichever came first in
    the input. An undated event between two close days still joins one of them (`merge`)."""
    seen: dict[int, set[str]] = {}
    for i, j in pairs:
        for u, d in ((i, j), (j, i)):
            if not events[u]["date"] and events[d]["date"]:
                seen.setdefault(u, set()).add(events[d]["date"])
    return {u for u, ds in seen.items() if _far_apart(ds)}


def _far_apart(dates: set[str]) -> bool:
    """Whether two of these dates disagree and more than `FAR_APART_DAYS` lie between their
    periods (from the end of the earlier to the start of the later: `2025-12` and
    `2026-01-03` are 3 days apart, not 33)."""
    spans = {d: _period(d) for d in dates}
    return any(
        x < y
        and not _dates_compatible(x, y)
        and (px := spans[x]) is not None
        and (py := spans[y]) is not None
        and max((py[0] - px[1]).days, (px[0] - py[1]).days) > FAR_APART_DAYS
        for x in dates
        for y in dates
    )


def _period(text: str) -> tuple[date, date] | None:
    """The first and last day of a stored event date's period, or None."""
    start = _period_start(text)
    if start is None:
        return None
    if "-W" in text:
        return start, start + timedelta(days=6)
    parts = text[:10].split("-")
    if len(parts) == 1:
        return start, date(start.year, 12, 31)
    if len(parts) == 2:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - timedelta(days=1)
    return start, start


def _period_start(text: str) -> date | None:
    """The first day of a stored event date (`2026`, `2026-11`, `2026-11-16`, `2026-W47`), or
    None when it is none of these."""
    try:
        if "-W" in text:
            year, week = text.split("-W")
            return date.fromisocalendar(int(year), int(week[:2]), 1)
        parts = [int(p) for p in text[:10].split("-")]
        return date(parts[0], *(parts[1:] or [1]), *([1] if len(parts) < 3 else []))
    except ValueError:
        return None


def event_groups(
    events: Iterable[dict[str, Any]], stories: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """Event id -> the id of the real-world event it belongs to (`g-` + the smallest event id of
    its cluster), merging only the events of articles in one story. An event of an article in no
    story is its own group. Independent of input order: events are merged in (article, start, id)
    order, as the store lists them."""
    story_of: dict[str, str] = {}
    for s in sorted(stories, key=lambda s: s["id"]):
        for a in s["articles"]:
            story_of.setdefault(a, s["id"])
    scopes: dict[str, list[dict[str, Any]]] = {}
    for ev in sorted(events, key=lambda e: (e["article"], e["start"], e["id"])):
        scope = story_of.get(ev["article"], "article:" + ev["article"])
        scopes.setdefault(scope, []).append(ev)
    out: dict[str, str] = {}
    for scope in sorted(scopes):
        for cluster in merge(scopes[scope]):
            gid = GROUP_PREFIX + min(e["id"] for e in cluster)
            for e in cluster:
                out[e["id"]] = gid
    return out


def group_summaries(events: list[dict[str, Any]], groups: dict[str, str]) -> list[dict[str, Any]]:
    """One record per real-world event, in the order its first member comes in `events`: the
    `event_group` id, type, the most precise date any member gives, status (`happened` when any
    member says so), the participants and place of all members, the member event ids, the
    articles and the number of mentions (sentences) that tell it."""
    members: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        members.setdefault(groups.get(ev["id"], GROUP_PREFIX + ev["id"]), []).append(ev)
    out = []
    for gid, evs in members.items():
        head = max(evs, key=lambda e: len(e["date"] or ""))  # first of the most precise
        keyed = _linked_by_name(evs)  # one participant, linked in one report only, shown once
        actors = _union(evs, keyed, "actors")
        seen = {_party_key(p) for e in keyed for p in e["actors"]}
        statuses = [e["status"] for e in evs]
        out.append(
            {
                "event_group": gid,
                "type": head["type"],
                "date": head["date"],
                "status": "happened" if "happened" in statuses else statuses[0],
                "actors": actors,
                "targets": [
                    p
                    for p, k in zip(
                        _union(evs, keyed, "targets"), _union(keyed, keyed, "targets"), strict=True
                    )
                    if _party_key(k) not in seen
                ],
                "place": next((e["place"] for e in evs if e.get("place")), None),
                "events": [e["id"] for e in evs],
                "articles": sorted({e["article"] for e in evs}),
                "mentions": sum(len(e.get("mentions") or [None]) for e in evs),
            }
        )
    return out


def _party_key(p: dict[str, Any]) -> str:
    return p.get("entity") or (p.get("name") or "").lower()


def _union(
    evs: list[dict[str, Any]], keyed: list[dict[str, Any]], field: str
) -> list[dict[str, Any]]:
    """The `field` participants of `evs`, each once by its key in `keyed` (`_linked_by_name`)."""
    seen: set[str] = set()
    out = []
    for e, k in zip(evs, keyed, strict=True):
        for p, pk in zip(e[field], k[field], strict=True):
            if _party_key(pk) not in seen:
                seen.add(_party_key(pk))
                out.append(p)
    return out
