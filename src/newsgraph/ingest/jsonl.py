"""Article records in JSON (.json: an object or a list) and JSON Lines (.jsonl/.ndjson).

One bad record is one failure; the records around it are still read. Failures name the
container file as their source and say which line/item was wrong in the reason.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..records import IngestFailure, RawItem
from .files import load_bytes
from .options import IngestOptions
from .payload import binary_reason, check_html, check_text, gzip_reason, megabytes

Result = RawItem | IngestFailure

# Input key -> RawItem field name. Aliases only apply when the canonical key is absent.
_DIRECT = {"title": "title", "url": "url", "outlet": "outlet", "byline": "byline"}
_ALIASES = (("external_id", ("id", "external_id")), ("published", ("published", "date")))
_PAYLOAD_KEYS = ("text", "html")
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
    """`author`/`authors` as one string: a name, a list of names or of {"name": ...} objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        names = [v.get("name") if isinstance(v, dict) else v for v in value]
        if all(isinstance(n, str) for n in names):
            return ", ".join(n.strip() for n in names if n.strip())
    return None


def record_item(obj: Any, path: str, n: int, where: str, container: str) -> Result:
    """Map one decoded JSON record to a RawItem, or explain what is wrong with it."""
    if not isinstance(obj, dict):
        return IngestFailure(path, f"{where}: expected a JSON object, got {_type_name(obj)}")
    for key in _PAYLOAD_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return IngestFailure(path, f'{where}: "{key}" is {_type_name(value)}, not a string')
    key = next((k for k in _PAYLOAD_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if key is None:
        present = [k for k in _PAYLOAD_KEYS if k in obj]
        if present:
            return IngestFailure(path, f'{where}: empty "{present[0]}" field')
        return IngestFailure(path, f'{where}: no "text" or "html" field')
    data = obj[key].encode("utf-8", "replace")
    kind = "text" if key == "text" else "html"
    reason = check_text(data)[1] if kind == "text" else check_html(data)
    if reason:
        return IngestFailure(path, f'{where}: "{key}" field: {reason}')

    used = set(_PAYLOAD_KEYS)
    fields: dict[str, Any] = {}
    for name, keys in _ALIASES:
        src = next((k for k in keys if obj.get(k) is not None), None)
        if src is None:
            continue
        value = obj[src]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return IngestFailure(path, f'{where}: "{src}" is {_type_name(value)}, not a string')
        fields[name] = str(value)
        used.add(src)
    for src, name in _DIRECT.items():
        if obj.get(src) is None:
            continue
        if not isinstance(obj[src], str):
            return IngestFailure(path, f'{where}: "{src}" is {_type_name(obj[src])}, not a string')
        fields[name] = obj[src]
        used.add(src)
    if "byline" not in fields:
        for src in ("author", "authors"):
            if obj.get(src) is None:
                continue
            byline = _byline(obj[src])
            if byline is None:
                return IngestFailure(path, f'{where}: "{src}" is not a name or a list of names')
            fields["byline"] = byline
            used.add(src)
            break
    fields.update((k, v) for k, v in obj.items() if k not in used)
    return RawItem(
        source=f"{path}#{n}", kind=kind, content=data, fields=fields, container=container
    )


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})"


def parse_json(path: str, data: bytes) -> Iterator[Result]:
    """A JSON document: one article object, or a list of them (items numbered from 1)."""
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
    if isinstance(doc, dict):
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
