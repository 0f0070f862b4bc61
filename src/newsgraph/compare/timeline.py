"""The story's timeline: each real-world event once, with every report that tells it.

Which events of different articles are one real-world event is the group stage's decision
(`group/events.py`: same type, compatible dates, shared participants); the export's
`event_group` uses the same `merge`, so the timeline and the export agree. Here the clusters
become timeline rows.
"""

from __future__ import annotations

from typing import Any

from newsgraph.group.events import merge, same_event

__all__ = ["merge", "rows", "same_event"]


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
