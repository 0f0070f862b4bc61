"""The JSON export: a public, versioned contract (docs/export.md). Change it on purpose.

Bump `SCHEMA_VERSION` when a field is renamed, removed or changes meaning; adding fields is not a
breaking change. Output is deterministic, with no timestamps: articles, entities and stories
sorted by id; quotes and events in reading order (`ORDERS`).
"""

from __future__ import annotations

from typing import Any

from newsgraph import __version__
from newsgraph.records import Article, Mention, Quote
from newsgraph.store import Store

SCHEMA_VERSION = 1

#: Top-level lists, in the order they are written. Later stages fill the empty ones.
LISTS = ("articles", "entities", "quotes", "events", "stories")

#: The contract's fields per list (docs/export.md); records may carry more after these.
FIELDS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "source",
        "external_id",
        "url",
        "outlet",
        "title",
        "byline",
        "published",
        "language",
        "text",
    ),
    "entities": ("id", "name", "type", "aliases", "country", "mentions"),
    "quotes": (
        "id",
        "article",
        "kind",
        "text",
        "start",
        "end",
        "speaker",
        "cue",
        "addressee",
        "via",
    ),
    "events": (
        "id",
        "type",
        "mode",
        "actors",
        "targets",
        "place",
        "date",
        "date_text",
        "status",
        "article",
        "start",
        "end",
    ),
    "stories": ("id", "title", "articles", "wire_copies"),
}


#: How each list is sorted (docs/export.md): by id, or for the records that are spans of an
#: article, by article id and then position in its text (the order a reader meets them; a
#: split quotation's parts in turn), with the id to break ties.
ORDERS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "entities": ("id",),
    "quotes": ("article", "start", "end", "id"),
    "events": ("article", "start", "end", "id"),
    "stories": ("id",),
}


def sort_records(name: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of list `name` in the order the contract gives it (`ORDERS`)."""
    keys = ORDERS[name]
    return sorted(records, key=lambda r: tuple(r[k] for k in keys))


def article_record(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "external_id": a.external_id,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "byline": a.byline,
        "published": a.published,
        "language": a.language,
        "status": a.status,
        "kind": a.kind,
        "extractor": a.extractor,
        "metadata": a.metadata,
        "text": a.text,
    }


def _mention(m: Mention | None) -> dict[str, Any] | None:
    return None if m is None else {"text": m.text, "start": m.start, "end": m.end}


def quote_record(quote_id: str, article_id: str, q: Quote) -> dict[str, Any]:
    """A quote in the contract's shape; `entity` ids arrive with the entities stage."""
    speaker = None
    if q.speaker is not None:
        speaker = {"entity": q.speaker_key, "name": q.speaker_name, "mention": _mention(q.speaker)}
    addressee = None
    if q.addressee is not None:
        addressee = {
            "entity": q.addressee_key,
            "name": q.addressee_name,
            "mention": _mention(q.addressee),
        }
    return {
        "id": quote_id,
        "article": article_id,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": speaker,
        "cue": q.cue.text if q.cue else None,
        "addressee": addressee,
        "via": q.via,
        "label": q.label,
        "cue_span": _mention(q.cue),
        "continues": q.continues_id(article_id),
    }


def entity_record(r: dict[str, Any]) -> dict[str, Any]:
    """An entity in the contract's shape (fields as the store gives them, in contract order)."""
    return {
        "id": r["id"],
        "name": r["name"],
        "type": r["type"],
        "aliases": r["aliases"],
        "country": r["country"],
        "mentions": [
            {"article": m["article"], "start": m["start"], "end": m["end"], "link": m["link"]}
            for m in r["mentions"]
        ],
        "roles": r["roles"],
        "lat": r["lat"],
        "lon": r["lon"],
    }


def build_document(store: Store) -> dict[str, Any]:
    """The whole export as one JSON-ready object."""
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "generator": f"newsgraph {__version__}",
    }
    doc["articles"] = [article_record(a) for a in store.iter_articles()]
    doc["entities"] = [entity_record(r) for r in store.entity_records()]
    doc["quotes"] = [quote_record(*row) for row in store.all_quotes()]
    doc["events"] = store.event_records()
    doc["stories"] = store.story_records()
    for name in LISTS:
        doc[name] = sort_records(name, doc[name])
    add_event_groups(doc["events"], doc["stories"])
    return doc


def add_event_groups(events: list[dict[str, Any]], stories: list[dict[str, Any]]) -> None:
    """Set each event's `event_group`: the real-world event it tells, merged across the articles
    of its story (`group.events.event_groups`; docs/export.md)."""
    from newsgraph.group.events import event_groups

    groups = event_groups(events, stories)
    for ev in events:
        ev["event_group"] = groups[ev["id"]]


def add_event_groups_from(store: Store, events: list[dict[str, Any]]) -> None:
    """`add_event_groups` for some events only (a page of the web API): the events of their
    stories are read to group them, so each gets the id the whole export gives it."""
    from newsgraph.group.events import event_groups

    stories = {}
    for article in sorted({ev["article"] for ev in events}):
        sid = store.story_of(article)
        if sid is not None and sid not in stories:
            stories[sid] = store.story_records(sid)[0]
    articles = {a for s in stories.values() for a in s["articles"]}
    groups = event_groups(store.event_records(article_ids=articles), list(stories.values()))
    for ev in events:
        ev["event_group"] = groups.get(ev["id"], "g-" + ev["id"])
