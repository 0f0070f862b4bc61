"""RSS and Atom feed files: entries that carry the full article become items.

An entry with full content (content:encoded, Atom <content>) is an article however short: a
brief is still a report. Only a teaser is skipped: an entry with a summary alone, content that
is its summary repeated (under `MIN_FEED_TEXT` characters: feeds that copy the whole article
into the summary are full), content cut off with a `[…]` / "Read more" ending, or with a `…`
where the content is short or starts with the summary; so is a label with no sentence
(`Photo gallery`). Each skipped entry is reported, so the user sees why.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from ..records import IngestFailure, IngestSkip, RawItem
from .files import load_bytes
from .options import IngestOptions
from .payload import binary_reason

Result = RawItem | IngestFailure | IngestSkip

#: Characters of text (tags stripped) below which content equal to the entry's summary is
#: taken for that summary repeated (a teaser), not for an article copied into both.
MIN_FEED_TEXT = 400

#: The end of a cut-off teaser: a bracketed ellipsis (WordPress's `[…]`), or a link to the
#: rest standing as its own sentence ("Read more", "Continue reading →", "(more…)", "Read
#: the full story on Site"); "you can read more at…" inside prose is no cut. A bare
#: ellipsis is `_ELLIPSIS`: prose may trail off with one.
_CUT = re.compile(
    r"""(?:
        \[\s*(?:…|\.\.\.)\s*\]
      | (?:^|(?<=[.!?…:\])»"”])\s*|\(\s*)
        (?:read\s+more|continue\s+reading(?:\s[^.!?→»›]{1,80}[→»›])?|keep\s+reading|more\s*(?:…|\.\.\.)
          |read\s+the\s+(?:full|rest|whole|entire)(?:\s+of\s+the)?\s+(?:story|article|post|report))
        (?:\s+(?:on|at)\s+\S+(?:\s+\S+){0,2})?
    )[\s.:)\]→»›>-]*$""",
    re.IGNORECASE | re.VERBOSE,
)

#: A bare ellipsis at the end: a cut only in short content or content that is the summary.
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)[\s.]*$")
#: Words below which content with no sentence in it is no article text (`Photo gallery`).
MIN_ARTICLE_WORDS = 15
#: A sentence: at least four words, then a full stop, `!` or `?` (a closing quote may follow).
_SENTENCE = re.compile(r"\w+(?:\W+\w+){3,}[^\w.!?]*[.!?][\"'”’)]*(?:\s|$)")

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_text(markup: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def shorten(title: str, width: int = 40) -> str:
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


def _summary(entry: Any) -> str:
    """The entry's own summary as plain text; "" when it has none. feedparser copies the
    content into `summary` when the feed gives no summary (no `summary_detail` then)."""
    if "summary_detail" not in entry:
        return ""
    return plain_text(entry.get("summary") or "")


def teaser_reason(text: str, summary: str) -> str | None:
    """Why content `text` (plain) is a teaser or no article, or None: the summary repeated,
    text cut off with a read-more link or `[…]`, or with `…` where the text is short or the
    summary's own words (a full story may end on an ellipsis), or a label of a few words
    with no sentence (`Photo gallery`). Length alone never decides: a one-sentence brief is
    a report."""
    if not text:
        return "no content"
    if summary and text.casefold() == summary.casefold() and len(text) < MIN_FEED_TEXT:
        return "content is only the summary repeated, a teaser"
    m = _CUT.search(text)
    if m is None and (len(text) < MIN_FEED_TEXT or _repeats(text, summary)):
        m = _ELLIPSIS.search(text)
    if m is not None:
        end = _SPACE.sub(" ", m.group(0)).strip()
        return f'content cut off ("{shorten(end, 30)}" at the end), a teaser'
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS and not _SENTENCE.search(text):
        return f"no article text ({words} word{'s' * (words != 1)}, no sentence)"
    return None


def _repeats(text: str, summary: str) -> bool:
    """Whether content `text` starts with the summary or is the start of it (an ellipsis
    and spaces aside): the summary's words, cut where the summary was."""
    cut = _ELLIPSIS.sub("", text).strip().casefold()
    start = _ELLIPSIS.sub("", summary).strip().casefold()
    return bool(start and cut) and (cut.startswith(start) or start.startswith(cut))


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
    channel = parsed.get("feed") or {}
    outlet, base = channel.get("title"), channel.get("link")
    for n, entry in enumerate(entries, start=1):
        yield _entry_item(path, n, entry, outlet, base)


def _link(entry: Any, base: str | None) -> str | None:
    """The entry's web address: its link, resolved against the feed's own link when relative;
    None when there is no web address (feedparser falls back on an id such as `urn:x:7` or a
    non-URL `<guid>`, which names no page; the id is kept as `external_id`)."""
    link = (entry.get("link") or "").strip()
    if not link:
        return None
    if base and web_url(base) and not entry.get("guidislink"):  # an id is no relative link
        link = urljoin(base, link)
    return link if web_url(link) else None


def web_url(value: str) -> bool:
    """Whether `value` is an absolute http(s) address (an id such as `urn:x:7` is not)."""
    parts = urlsplit(value)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _entry_item(
    path: str, n: int, entry: Any, outlet: str | None, base: str | None = None
) -> Result:
    fields = {
        "title": entry.get("title") or None,
        "url": _link(entry, base),
        "byline": entry.get("author"),
        "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        "external_id": entry.get("id"),
        "outlet": outlet,
    }
    summary = _summary(entry)
    return entry_result(path, n, _content(entry), summary, bool(entry.get("summary")), fields)


def entry_result(
    path: str,
    n: int,
    content: tuple[str, str] | None,
    summary: str,
    has_summary: bool,
    fields: dict[str, Any],
    label: str = "entry",
) -> Result:
    """One feed entry (RSS, Atom or a JSON Feed item) as an article, or the reason it is
    skipped: one path, so every feed format skips the same teasers. `content` is (value, mime
    type) of the full content or None, `summary` the entry's own summary as plain text,
    `fields` its metadata (empty values dropped); `label` names the entry in the reasons."""
    title = fields.get("title") or ""
    where = f'{label} {n} ("{shorten(title)}")' if title else f"{label} {n}"
    if content is None:
        if has_summary:
            return IngestSkip(path, f"{where}: summary only, no full content")
        return IngestSkip(path, f"{where}: no content")
    value, mime = content
    if why := teaser_reason(plain_text(value), summary):
        return IngestSkip(path, f"{where}: {why}")
    return RawItem(
        source=f"{path}#{n}",
        kind="text" if mime == "text/plain" else "html",
        content=value.encode("utf-8", "replace"),
        fields={k: v for k, v in fields.items() if v},
        container="feed",
    )
