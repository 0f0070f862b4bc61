"""Everything the dossier needs about one story, read once from the store.

The compare stage works on export-contract records (dicts), not on the store or the analysers'
internals: a story read back from a JSON export compares the same as one read from SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.export.contract import (
    add_event_groups,
    article_record,
    entity_record,
    quote_record,
    sort_records,
)
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
    who have the export and not the database: equal, record for record, to `load_bundle` on the
    store the export was written from, so both dossiers are one JSON (docs/export.md). `ref`: a
    story id, an id prefix (with or without `s-`), or an article id (or prefix) in it, as for
    the database (`Store.resolve_story_id`)."""
    stories = doc.get("stories") or []
    story = _story_in_export(stories, doc.get("articles") or [], ref)
    ids = set(story["articles"])
    articles = [a for a in doc.get("articles", []) if a["id"] in ids]
    quotes = [q for q in doc.get("quotes", []) if q["article"] in ids and q.get("label") == "quote"]
    events = [e for e in doc.get("events", []) if e["article"] in ids]
    keys = story_entity_keys(quotes, events)
    entities = [e for e in doc.get("entities", []) if e["id"] in keys]
    return _bundle(story, articles, quotes, events, entities)


def _story_in_export(
    stories: list[dict[str, Any]], articles: list[dict[str, Any]], ref: str
) -> dict[str, Any]:
    """The export's story for `ref`, by the store's rule: the id, else the one story whose id
    starts with it, else the story of the one article whose id is or starts with it."""
    ref = ref.strip()
    wanted = ref if ref.startswith("s-") else "s-" + ref
    exact = [s for s in stories if s["id"] == ref]
    prefixed = [s for s in stories if s["id"].startswith(wanted)] if ref else []
    if exact or len(prefixed) == 1:
        return (exact or prefixed)[0]
    if ref:
        arts = [a["id"] for a in articles if a["id"] == ref] or [
            a["id"] for a in articles if a["id"].startswith(ref)
        ]
        if len(arts) == 1:
            for s in stories:
                if arts[0] in s["articles"]:
                    return s
    why = (
        f"is ambiguous: {len(prefixed)} stories start with it"
        if prefixed
        else "is not in the export"
    )
    raise StoryNotFound(f"story {ref!r} {why}")


def story_entity_keys(
    quotes: Iterable[dict[str, Any]], events: Iterable[dict[str, Any]]
) -> set[str]:
    """The entities a story's bundle carries: its quotes' speakers and its events' actors and
    targets (their names feed the claim matcher's `who_words`, their roles the sourcing)."""
    return {q["speaker"]["entity"] for q in quotes if (q.get("speaker") or {}).get("entity")} | {
        p["entity"] for e in events for p in e["actors"] + e["targets"] if p.get("entity")
    }


def _bundle(
    story: dict[str, Any],
    articles: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    events: list[dict[str, Any]],
    entities: list[dict[str, Any]],
) -> StoryBundle:
    """A bundle with every list in the export's order (`ORDERS`): the database and an export
    give the records in the same order, whatever order they were read in."""
    return StoryBundle(
        story,
        sort_records("articles", articles),
        sort_records("quotes", _figures_out_of_names(quotes, entities)),
        sort_records("events", events),
        sort_records("entities", entities),
    )


#: A share or decimal figure in a speaker's name (`Dravescu 41.6%`, a results table's cell
#: glued to the name before it): a figure names nobody.
_FIGURE_IN_NAME = re.compile(
    r"\s*(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b)|\s*\d+\.\d+"
)


def _figures_out_of_names(
    quotes: list[dict[str, Any]], entities: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The quotes with no figure in a speaker's name: a linked speaker's name is its entity's
    (`Ilinca Dravescu`), else the name before the figure, else none. Sources cited and the
    quote ledger then name the speaker, not a results line (`Vorlan won 54.2% and Dravescu
    41.6%`)."""
    names = {e["id"]: e.get("name") for e in entities}
    out = []
    for q in quotes:
        sp = q.get("speaker") or {}
        name = sp.get("name") or ""
        m = _FIGURE_IN_NAME.search(name)
        if m is None:
            out.append(q)
            continue
        fixed = names.get(sp.get("entity") or "") or name[: m.start()].strip(" ,;:-") or None
        out.append({**q, "speaker": {**sp, "name": fixed}})
    return out


def load_bundle(store: Store, story_id: str) -> StoryBundle:
    """The story's records as the JSON export writes them (`export.contract`): articles,
    quotes, entities in the contract's shape and events with their `event_group`, so that a
    bundle read back from an export (`bundle_from_export`) is equal to this one."""
    records = store.story_records(story_id)
    if not records:
        raise StoryNotFound(f"no story {story_id!r} (see `newsgraph stories`)")
    story = records[0]
    ids = story["articles"]
    articles = [article_record(a) for a in store.iter_articles(ids)]
    quotes = [quote_record(*row) for row in store.quotes(article_ids=ids)]
    events = store.event_records(article_ids=ids)
    add_event_groups(events, [story])
    keys = sorted(story_entity_keys(quotes, events))
    entities = [entity_record(r) for r in store.entity_records(keys=keys)] if keys else []
    return _bundle(story, articles, quotes, events, entities)
