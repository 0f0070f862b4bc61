"""Everything the dossier needs about one story, read once from the store.

The compare stage works on export-contract records (dicts), not on the store or the analysers'
internals: a story read back from a JSON export compares the same as one read from SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.export.contract import article_record, quote_record
from newsgraph.sets import DisjointSets
from newsgraph.store import Store


class StoryNotFound(LookupError):
    pass


@dataclass(slots=True)
class StoryBundle:
    story: dict[str, Any]
    articles: list[dict[str, Any]]
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def report_of(self) -> dict[str, str]:
        """Article id -> report id (`wire_report_of` over this story's articles)."""
        return wire_report_of(self.articles, self.story.get("wire_copies", []))


def wire_report_of(
    articles: Iterable[dict[str, Any]], wire_copies: Iterable[Sequence[str]]
) -> dict[str, str]:
    """Article id -> report id: wire copies of one agency text are one report, named by the
    copy whose outlet the others credit (the agency's own), else the earliest, else the
    smallest id. The one rule for the dossier and `newsgraph events --grouped`. `articles`:
    export records (id, outlet, byline, published); a pair naming an article not given is
    ignored, and every article given is in the answer (alone: its own report)."""
    by_id = {a["id"]: a for a in articles}
    sets = DisjointSets(by_id)
    for a, b in wire_copies:
        if a in sets.parent and b in sets.parent:
            sets.union(a, b)
    out = {}
    for group in sets.groups():
        members = [by_id[i] for i in group]
        head = min(
            members,
            key=lambda a: (-_credited(a, members), a.get("published") or "9999", a["id"]),
        )
        for m in members:
            out[m["id"]] = head["id"]
    return out


def _credited(article: dict[str, Any], members: list[dict[str, Any]]) -> int:
    """How many other copies credit this article's outlet in their byline (name or initials)."""
    outlet = article.get("outlet") or ""
    if not outlet:
        return 0
    initials = "".join(w[0] for w in outlet.split() if w[:1].isupper())
    forms = {outlet.lower()} | ({initials.lower()} if len(initials) >= 2 else set())
    n = 0
    for m in members:
        byline = (m.get("byline") or "").lower()
        if m is not article and any(re.search(rf"\b{re.escape(f)}\b", byline) for f in forms):
            n += 1
    return n


def resolve_story(store: Store, ref: str) -> str:
    """Story id from an id, an id prefix (with or without `s-`), or an article id in it: the
    store's one rule (`Store.resolve_story_id`), with the reason when nothing matches."""
    story = store.resolve_story_id(ref)
    if story is not None:
        return story
    ref = ref.strip()
    wanted = ref if ref.startswith("s-") else "s-" + ref
    n = sum(r["id"].startswith(wanted) for r in store.story_records()) if ref else 0
    if n > 1:
        raise StoryNotFound(f"story {ref!r} is ambiguous: {n} stories start with it")
    raise StoryNotFound(f"no story {ref!r} (see `newsgraph stories`)")


def bundle_from_export(doc: dict[str, Any], ref: str) -> StoryBundle:
    """The same bundle from an export document (`newsgraph export --format json`), for users
    who have the export and not the database. `ref`: a story id or id prefix."""
    stories = doc.get("stories") or []
    wanted = ref if ref.startswith("s-") else "s-" + ref
    matches = [s for s in stories if s["id"] == ref] or [
        s for s in stories if s["id"].startswith(wanted)
    ]
    if len(matches) != 1:
        why = "is ambiguous" if matches else "is not in the export"
        raise StoryNotFound(f"story {ref!r} {why}")
    story = matches[0]
    ids = set(story["articles"])
    articles = [a for a in doc.get("articles", []) if a["id"] in ids]
    quotes = [q for q in doc.get("quotes", []) if q["article"] in ids and q.get("label") == "quote"]
    events = [e for e in doc.get("events", []) if e["article"] in ids]
    keys = {q["speaker"]["entity"] for q in quotes if q.get("speaker")} - {None}
    entities = [e for e in doc.get("entities", []) if e["id"] in keys]
    return StoryBundle(story, articles, quotes, events, entities)


def load_bundle(store: Store, story_id: str) -> StoryBundle:
    records = store.story_records(story_id)
    if not records:
        raise StoryNotFound(f"no story {story_id!r} (see `newsgraph stories`)")
    story = records[0]
    ids = story["articles"]
    articles = [article_record(a) for a in store.iter_articles(ids)]
    quotes = [quote_record(*row) for row in store.quotes(article_ids=ids)]
    events = store.event_records(article_ids=ids)
    keys = sorted(
        {q["speaker"]["entity"] for q in quotes if q["speaker"] and q["speaker"]["entity"]}
        | {p["entity"] for e in events for p in e["actors"] + e["targets"] if p.get("entity")}
    )
    entities = store.entity_records(keys=keys) if keys else []
    return StoryBundle(story, articles, quotes, events, entities)
