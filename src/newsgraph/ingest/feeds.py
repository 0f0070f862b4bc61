"""RSS and Atom feed files: entries that carry the full article become items.

Most feeds carry only a teaser; an entry is taken only when its full content
(content:encoded, Atom <content>) has at least `MIN_FEED_TEXT` characters of text, so a
summary never masquerades as an article. Each skipped entry is reported, so the user sees why.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..records import IngestFailure, IngestSkip, RawItem
from .files import load_bytes
from .options import IngestOptions
from .payload import binary_reason

Result = RawItem | IngestFailure | IngestSkip

#: Characters of text (tags stripped) below which feed content is taken for a teaser.
MIN_FEED_TEXT = 400

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def _plain(markup: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def _short(title: str, width: int = 40) -> str:
    title = _SPACE.sub(" ", title).strip()
    return title if len(title) <= width else title[: width - 3].rstrip() + "..."


def _iso(parsed: Any) -> str | None:
    """feedparser's UTC struct_time as an ISO 8601 datetime."""
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _content(entry: Any) -> tuple[str, str] | None:
    """(value, mime type) of the entry's full content, preferring HTML over plain text."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if not contents:
        return None
    best = next((c for c in contents if "html" in (c.get("type") or "")), contents[0])
    return best["value"], (best.get("type") or "text/html")


def is_feed(parsed: Any) -> bool:
    return bool(parsed.get("version") or parsed.get("entries"))


def parse_feed(data: bytes) -> Any:
    # A stream, never a str: feedparser would treat a str as a URL or a file name to open.
    return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)


def read_feed(
    path: str, options: IngestOptions, gzipped: bool = False, explicit_xml: bool = True
) -> Iterator[Result]:
    """Entries of one feed file. A `.xml` met in a folder that is no feed at all (a sitemap, a
    config file) is a skip with its reason (`explicit_xml=False`), so the run does not fail
    on it but the user still sees it; one named on the command line is a failure."""
    data = load_bytes(path, options.container_bytes, gzipped, "feed file")
    if isinstance(data, str):
        yield IngestFailure(path, data)
        return
    if not data.strip():
        yield IngestFailure(path, "empty file")
        return
    if reason := binary_reason(data):
        yield IngestFailure(path, reason)
        return
    parsed = parse_feed(data)
    if not is_feed(parsed):
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        if explicit_xml:
            yield IngestFailure(path, f"not an RSS/Atom feed{why}")
        else:
            yield IngestSkip(path, f"not an RSS/Atom feed{why}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield IngestFailure(path, f"malformed feed: {parsed.get('bozo_exception')}")
        else:
            yield IngestFailure(path, "feed has no entries")
        return
    outlet = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, start=1):
        yield _entry_item(path, n, entry, outlet)


def _entry_item(path: str, n: int, entry: Any, outlet: str | None) -> Result:
    title = entry.get("title") or ""
    where = f'entry {n} ("{_short(title)}")' if title else f"entry {n}"
    found = _content(entry)
    if found is None:
        if entry.get("summary"):
            return IngestSkip(path, f"{where}: summary only, no full content")
        return IngestSkip(path, f"{where}: no content")
    value, mime = found
    chars = len(_plain(value))
    if chars < MIN_FEED_TEXT:
        return IngestSkip(
            path, f"{where}: content too short ({chars} < {MIN_FEED_TEXT} characters), a teaser?"
        )
    fields = {
        "title": title or None,
        "url": entry.get("link"),
        "byline": entry.get("author"),
        "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        "external_id": entry.get("id"),
        "outlet": outlet,
    }
    return RawItem(
        source=f"{path}#{n}",
        kind="text" if mime == "text/plain" else "html",
        content=value.encode("utf-8", "replace"),
        fields={k: v for k, v in fields.items() if v},
        container="feed",
    )
