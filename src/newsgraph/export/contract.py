"""The JSON export: a public, versioned contract (docs/export.md). Change it on purpose.

Bump `SCHEMA_VERSION` when a field is renamed, removed or changes meaning; adding fields is not a
breaking change. Output is deterministic: records sorted by id, no timestamps.
"""

from __future__ import annotations

from typing import Any

from newsgraph import __version__
from newsgraph.records import Article
from newsgraph.store import Store

SCHEMA_VERSION = 1

#: Top-level lists, in the order they are written. Later stages fill the empty ones.
LISTS = ("articles", "entities", "quotes", "events", "stories")

#: The contract's fields per list (docs/export.md); records may carry more after these.
FIELDS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "source", "external_id", "url", "outlet", "title", "byline", "published",
                 "language", "text"),
    "entities": ("id", "name", "type", "aliases", "country", "mentions"),
    "quotes": ("id", "article", "kind", "text", "start", "end", "speaker", "cue", "addressee",
               "via"),
    "events": ("id", "type", "mode", "actors", "targets", "place", "date", "date_text", "status",
               "article", "start", "end"),
    "stories": ("id", "title", "articles", "wire_copies"),
}


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


def build_document(store: Store) -> dict[str, Any]:
    """The whole export as one JSON-ready object."""
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "generator": f"newsgraph {__version__}",
    }
    doc["articles"] = [article_record(a) for a in store.iter_articles()]
    for name in LISTS[1:]:
        doc[name] = []
    return doc
