"""The story's timeline: each real-world event once, with every report that tells it.

Outlets name an event's participants differently (one adds `Ukraine` as a topic, another omits
the place), so `event_key` equality is too strict across outlets. Two events of different
articles are one when they have the same type, compatible dates (equal, or one unknown) and
share at least two participants, or all of the smaller side's participants on the same date.
"""

from __future__ import annotations

from typing import Any

from newsgraph.compare.sets import DisjointSets


def _participants(ev: dict[str, Any]) -> frozenset[str]:
    return frozenset(
        p.get("entity") or (p.get("name") or "").lower()
        for p in ev["actors"] + ev["targets"]
        if p.get("entity") or p.get("name")
    )


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith(b) or b.startswith(a)


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["type"] != b["type"] or not _dates_compatible(a["date"], b["date"]):
        return False
    pa, pb = _participants(a), _participants(b)
    shared = pa & pb
    if len(shared) >= 2:
        return True
    smaller = min(len(pa), len(pb))
    return (
        bool(shared) and len(shared) == smaller and a["date"] is not None and a["date"] == b["date"]
    )


def merge(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Clusters of events (from different articles) that are one real-world event."""
    sets = DisjointSets(range(len(events)))
    # Dates of each cluster: an undated mention must not bridge Thursday's and Friday's meeting.
    dates: dict[int, set[str]] = {
        i: {e["date"]} if e["date"] else set() for i, e in enumerate(events)
    }
    by_type: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        by_type.setdefault(ev["type"], []).append(i)
    for idx in by_type.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1 :]:
                a, b = events[i], events[j]
                if a["article"] == b["article"] or not (
                    (a["event_key"] and a["event_key"] == b["event_key"]) or same_event(a, b)
                ):
                    continue
                ri, rj = sets.find(i), sets.find(j)
                both = dates[ri] | dates[rj]
                if ri == rj or not all(_dates_compatible(x, y) for x in both for y in both):
                    continue
                sets.union(ri, rj)
                dates[sets.find(ri)] = both
    return [[events[i] for i in g] for g in sets.groups()]


def rows(
    clusters: list[list[dict[str, Any]]],
    articles: dict[str, dict[str, Any]],
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    """Timeline rows, dated events first in date order, then undated in reading order."""
    out = []
    for members in clusters:
        members = sorted(
            members,
            key=lambda e: (articles[e["article"]].get("published") or "", e["article"], e["start"]),
        )
        dated = [e for e in members if e["date"]]
        # The most precise date any report gives stands for the event (day beats month).
        best = max(dated, key=lambda e: len(e["date"]), default=members[0])
        head = best
        actors = _union(members, "actors")
        targets = [t for t in _union(members, "targets") if t not in actors]
        place = next((e["place"] for e in members if e["place"]), None)
        reports = []
        for e in members:
            art = articles[e["article"]]
            text = art["text"][e["start"] : e["end"]]
            reports.append(
                {
                    "article": e["article"],
                    "outlet": art.get("outlet"),
                    "event": e["id"],
                    "status": e["status"],
                    "date": e["date"],
                    "date_text": e.get("date_text"),
                    "start": e["start"],
                    "end": e["end"],
                    "text": text,
                }
            )
        out.append(
            {
                "id": "t-" + head["id"],
                "type": head["type"],
                "cameo": head.get("cameo"),
                "mode": head.get("mode"),
                "actors": actors,
                "targets": targets,
                "place": place,
                "date": head["date"],
                "date_precision": head.get("date_precision"),
                "status": _status(members, articles),
                "events": [e["id"] for e in members],
                "reports": len({report_of.get(e["article"], e["article"]) for e in members}),
                "outlets": sorted({r["outlet"] for r in reports if r["outlet"]}),
                "mentions": reports,
            }
        )
    out.sort(
        key=lambda r: (
            r["date"] is None,
            r["date"] or "",
            r["mentions"][0]["article"],
            r["mentions"][0]["start"],
        )
    )
    return out


def _union(members: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    seen, out = set(), []
    for e in members:
        for p in e[field]:
            key = p.get("entity") or p.get("name")
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def _status(members: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> str:
    """What the latest report says: a meeting planned on Monday and reported as held on
    Tuesday happened."""
    latest = max(members, key=lambda e: articles[e["article"]].get("published") or "")
    if any(e["status"] == "happened" for e in members):
        return "happened"
    return latest["status"]
