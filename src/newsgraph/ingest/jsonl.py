"""Article records in JSON (.json: an object, a list or a JSON Feed) and JSON Lines
(.jsonl/.ndjson).

One bad record is one failure; the records around it are still read. Failures name the
container file as their source and say which line/item was wrong in the reason.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urljoin

from ..records import IngestFailure, IngestSkip, RawItem
from .feeds import entry_result, plain_text, shorten, web_url
from .files import load_bytes
from .options import IngestOptions
from .payload import binary_reason, check_html, check_text, gzip_reason, megabytes

Result = RawItem | IngestFailure | IngestSkip

#: The article body: `text` (plain) or `html`. The other names below are read only when
#: neither is there; markup in them (a value starting with `<`) is HTML, as on standard input.
_PAYLOAD_KEYS = ("text", "html")
_PAYLOAD_ALIASES = ("body", "content", "article_text")
#: RawItem field -> input keys, the canonical one first: the first key present gives the field,
#: the others stay in the metadata. `source` and `publisher` may be an object with a `name`.
_FIELDS = (
    ("external_id", ("id", "external_id")),
    (
        "published",
        ("published", "pub_date", "published_at", "date_published", "datePublished", "date"),
    ),
    ("title", ("title", "headline")),
    ("url", ("url", "link", "permalink")),
    ("outlet", ("outlet", "source", "source_name", "publisher", "site_name")),
    ("byline", ("byline", "author", "authors", "writer", "creator")),
)
#: Keys read before the aliases: a value of the wrong type there is an error, as it always
#: was; an alias holding something else (`"source": {"type": "rss"}`) is only metadata.
_STRICT = frozenset("id external_id published date title url outlet byline author authors".split())
#: The start of a JSON Feed's `version` (https://jsonfeed.org/version/1.1, .../1).
JSON_FEED = "https://jsonfeed.org/version/"
#: A .jsonl whose first lines are all bad is probably not JSON Lines: stop rather than flood.
_GIVE_UP = 20


def _type_name(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _byline(value: Any) -> str | None:
    """`author`/`authors` as one string: a name, a {"name": ...} object, or a list of names or
    of such objects."""
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        names = [v.get("name") if isinstance(v, dict) else v for v in value]
        if all(isinstance(n, str) for n in names):
            return ", ".join(n.strip() for n in names if n.strip())
    return None


def _field(name: str, key: str, value: Any) -> str | None:
    """The value of input `key` as field `name`, or None when it is of no usable type."""
    if name in ("external_id", "published"):
        ok = isinstance(value, str | int | float) and not isinstance(value, bool)
        return str(value) if ok else None
    if name == "byline" and key != "byline":
        return _byline(value)
    if name == "outlet" and key not in _STRICT and isinstance(value, dict):
        value = value.get("name")
    if name == "outlet" and key != "outlet" and isinstance(value, str) and _not_a_name(value):
        return None
    return value if isinstance(value, str) else None


#: What an outlet alias such as `source` often holds that names no outlet: a web address
#: (`https://feeds.example/rss.xml`, `www.example.com`) or a lower-case code word (`rss`, `api`).
_NO_OUTLET = re.compile(r"(?:[a-z][a-z0-9_-]*|\S*://\S*|www\.\S+)")


def _not_a_name(value: str) -> bool:
    """An alias value that is a feed's address or a pipeline's code word: the outlet then comes
    from the URL's domain, as it would without the alias."""
    return _NO_OUTLET.fullmatch(value.strip()) is not None


def _payload(obj: dict[str, Any]) -> tuple[str | None, list[str]]:
    """(the key holding the article body or None, the body keys present but unusable)."""
    key = next((k for k in _PAYLOAD_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    present = [k for k in _PAYLOAD_KEYS if k in obj]
    if key is None and all(obj.get(k) is None for k in _PAYLOAD_KEYS):
        good = (k for k in _PAYLOAD_ALIASES if isinstance(obj.get(k), str) and obj[k].strip())
        key = next(good, None)
        present += [k for k in _PAYLOAD_ALIASES if k in obj]
    return key, present


def _shape(obj: dict[str, Any]) -> str:
    """What a JSON object that is no article looks like: its keys, and a list of objects in it
    (`{"articles": [...]}`)."""
    if not obj:
        return "an empty object"
    keys = list(obj)
    shown = ", ".join(f'"{k}"' for k in keys[:8]) + (f" and {len(keys) - 8} more" * (len(keys) > 8))
    lists = [k for k in keys if isinstance(obj[k], list) and obj[k]]
    held = lists and all(isinstance(v, dict) for v in obj[lists[0]])
    inner = f' ("{lists[0]}" holds {len(obj[lists[0]])} objects)' if held else ""
    return f"an object with keys {shown}{inner}"


def record_item(obj: Any, path: str, n: int, where: str, container: str) -> Result:
    """Map one decoded JSON record to a RawItem, or explain what is wrong with it."""
    if not isinstance(obj, dict):
        return IngestFailure(path, f"{where}: expected a JSON object, got {_type_name(obj)}")
    for key in _PAYLOAD_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return IngestFailure(path, f'{where}: "{key}" is {_type_name(value)}, not a string')
    key, present = _payload(obj)
    if key is None:
        first = present[0] if present else None
        if first in _PAYLOAD_KEYS or isinstance(obj.get(first), str):
            return IngestFailure(path, f'{where}: empty "{first}" field')
        why = f' ("{first}" is {_type_name(obj[first])}, not a string)' if first else ""
        if where == "object":
            shape = f"not an article, a list of articles or a JSON Feed: {_shape(obj)}"
            return IngestFailure(path, f'{shape}, no "text" or "html" field{why}')
        return IngestFailure(path, f'{where}: no "text" or "html" field{why}')
    body = obj[key]
    markup = key == "html" or (key in _PAYLOAD_ALIASES and body.lstrip().startswith("<"))
    kind = "html" if markup else "text"
    data = body.encode("utf-8", "replace")
    reason = check_text(data)[1] if kind == "text" else check_html(data)
    if reason:
        return IngestFailure(path, f'{where}: "{key}" field: {reason}')

    used = {*_PAYLOAD_KEYS, key}
    fields: dict[str, Any] = {}
    for name, keys in _FIELDS:
        for src in keys:
            value = obj.get(src)
            if value is None:
                continue
            found = _field(name, src, value)
            if src in _STRICT and found is None:
                if name == "byline" and src != "byline":
                    return IngestFailure(path, f'{where}: "{src}" is not a name or a list of names')
                return IngestFailure(path, f'{where}: "{src}" is {_type_name(value)}, not a string')
            if found is None or (src not in _STRICT and not found.strip()):
                continue
            fields[name] = found
            used.add(src)
            break
    fields.update((k, v) for k, v in obj.items() if k not in used)
    return RawItem(
        source=f"{path}#{n}", kind=kind, content=data, fields=fields, container=container
    )


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})"


def parse_json(path: str, data: bytes) -> Iterator[Result]:
    """A JSON document: one article object, a list of them (items numbered from 1), or a JSON
    Feed."""
    if reason := binary_reason(data):
        yield IngestFailure(path, reason)
        return
    if not data.strip():
        yield IngestFailure(path, "empty file")
        return
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        yield IngestFailure(path, _json_error(exc))
        return
    except UnicodeDecodeError as exc:
        yield IngestFailure(path, f"invalid UTF-8 at byte {exc.start}")
        return
    except RecursionError:
        yield IngestFailure(path, "invalid JSON: nested too deeply")
        return
    if isinstance(doc, dict) and str(doc.get("version")).startswith(JSON_FEED):
        yield from json_feed_items(path, doc)
    elif isinstance(doc, dict):
        yield record_item(doc, path, 1, "object", "json")
    elif isinstance(doc, list):
        if not doc:
            yield IngestFailure(path, "empty JSON list, no articles")
        for i, obj in enumerate(doc, start=1):
            yield record_item(obj, path, i, f"item {i}", "json")
    else:
        yield IngestFailure(
            path, f"expected a JSON object or a list of objects, got {_type_name(doc)}"
        )


def json_feed_items(path: str, doc: dict[str, Any]) -> Iterator[Result]:
    """The items of a JSON Feed (jsonfeed.org 1.0 and 1.1), read like RSS entries: an item with
    `content_html` or `content_text` is an article, a teaser or a `summary` alone is skipped
    with its reason, a malformed item is one failure and the next is still read."""
    items = doc.get("items")
    if not isinstance(items, list):
        yield IngestFailure(path, f'JSON Feed: "items" is {_type_name(items)}, not a list')
        return
    if not items:
        yield IngestFailure(path, "feed has no entries")
        return
    feed = {k: doc.get(k) for k in ("title", "home_page_url", "language")}
    feed = {k: v.strip() for k, v in feed.items() if isinstance(v, str) and v.strip()}
    for n, item in enumerate(items, start=1):
        yield _feed_item(path, n, item, feed)


#: A JSON Feed item's keys that must hold a string when present.
_FEED_STRINGS = (
    "title",
    "url",
    "content_html",
    "content_text",
    "summary",
    "date_published",
    "date_modified",
    "language",
)


def _feed_item(path: str, n: int, item: Any, feed: dict[str, str]) -> Result:
    if not isinstance(item, dict):
        return IngestFailure(path, f"item {n}: expected a JSON object, got {_type_name(item)}")
    title = item.get("title")
    where = (
        f'item {n} ("{shorten(title)}")'
        if isinstance(title, str) and title.strip()
        else f"item {n}"
    )
    for key in _FEED_STRINGS:
        if item.get(key) is not None and not isinstance(item[key], str):
            return IngestFailure(path, f'{where}: "{key}" is {_type_name(item[key])}, not a string')
    ident = item.get("id")
    if ident is not None and _field("external_id", "id", ident) is None:
        return IngestFailure(path, f'{where}: "id" is {_type_name(ident)}, not a string')
    # 1.1 `authors`, 1.0 `author`: objects whose `name` is the byline (one with only a url is none)
    people = item.get("authors", item.get("author"))
    people = people if isinstance(people, list) else [people]
    names = [p["name"] for p in people if isinstance(p, dict) and isinstance(p.get("name"), str)]
    url = (item.get("url") or "").strip()
    if url and "home_page_url" in feed and web_url(feed["home_page_url"]):
        url = urljoin(feed["home_page_url"], url)
    own = (_field("outlet", k, item[k]) for k in _ITEM_OUTLET if item.get(k) is not None)
    outlet = next((name for name in own if name and name.strip()), None)
    fields = {
        "title": title,
        "url": url if web_url(url) else None,
        "byline": _byline(names) if names else None,
        "published": item.get("date_published") or item.get("date_modified"),
        "external_id": _field("external_id", "id", ident) if ident is not None else None,
        "outlet": outlet or feed.get("title"),
        "language": item.get("language") or feed.get("language"),
    }
    forms = (("content_html", "text/html"), ("content_text", "text/plain"))
    content = next(((item[k], mime) for k, mime in forms if (item.get(k) or "").strip()), None)
    summary = (item.get("summary") or "").strip()
    return entry_result(path, n, content, plain_text(summary), bool(summary), fields, "item")


#: Keys by which a JSON Feed item names its own outlet (an aggregated feed); else the feed's title.
_ITEM_OUTLET = dict(_FIELDS)["outlet"]


def read_json(path: str, options: IngestOptions, gzipped: bool = False) -> Iterator[Result]:
    data = load_bytes(path, options.container_bytes, gzipped, "JSON file")
    if isinstance(data, str):
        yield IngestFailure(path, data)
        return
    yield from parse_json(path, data)


def parse_jsonl(path: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Result]:
    """One object per line; blank lines skipped; an over-long line is skipped, not loaded."""
    limit = options.max_bytes
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if reason := binary_reason(head):
        yield IngestFailure(path, reason)
        return
    lineno = records = good = 0
    try:
        while True:
            line = stream.readline(limit + 1)
            if not line:
                break
            lineno += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # drain the rest of the line
                    line = stream.readline(1 << 20)
                yield IngestFailure(path, f"line {lineno}: record larger than {megabytes(limit)}")
                continue
            if not line.strip():
                continue
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            records += 1
            if records > _GIVE_UP and not good:
                yield IngestFailure(
                    path, f"giving up: no valid record in the first {_GIVE_UP} lines"
                )
                return
            try:
                obj = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield IngestFailure(path, f"line {lineno}: invalid UTF-8 at byte {exc.start}")
                continue
            except json.JSONDecodeError as exc:
                yield IngestFailure(
                    path, f"line {lineno}: invalid JSON: {exc.msg} (column {exc.colno})"
                )
                continue
            except RecursionError:
                yield IngestFailure(path, f"line {lineno}: invalid JSON: nested too deeply")
                continue
            item = record_item(obj, path, lineno, f"line {lineno}", "jsonl")
            good += isinstance(item, RawItem)
            yield item
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        reason = gzip_reason(exc) or str(exc)
        yield IngestFailure(path, f"{reason} after {good} records (line {lineno})")
        return
    if records == 0:
        yield IngestFailure(path, "empty file")


def read_jsonl(path: str, options: IngestOptions, gzipped: bool = False) -> Iterator[Result]:
    opener = gzip.open if gzipped else open
    try:
        with opener(path, "rb") as stream:
            yield from parse_jsonl(path, stream, options)
    except IsADirectoryError:
        yield IngestFailure(path, "is a directory")
    except PermissionError:
        yield IngestFailure(path, "permission denied")
    except FileNotFoundError:
        yield IngestFailure(path, "no such file")
