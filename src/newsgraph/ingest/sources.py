"""Turning command-line arguments (files, folders, `-`, URLs) into a stream of items.

Walks are sorted so the same arguments always give the same items in the same order. Every
reader is wrapped so that an unexpected exception costs one failure line, never the batch.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from ..records import IngestFailure, IngestSkip, RawItem
from .feeds import read_feed
from .files import document, read_document
from .jsonl import parse_json, parse_jsonl, read_json, read_jsonl
from .options import IngestOptions
from .payload import megabytes, too_large
from .warc import read_warc
from .web import Fetcher

Result = RawItem | IngestFailure | IngestSkip

STDIN_SOURCE = "<stdin>"

#: File name ending -> reader kind. Archive endings come first (".warc.gz" before ".gz").
_ARCHIVES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
SUPPORTED = ", ".join([*_EXTENSIONS, *_ARCHIVES, "(and .gz of the others)"])


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def file_kind(name: str) -> tuple[str | None, bool]:
    """(reader kind or None if unsupported, whether the file is gzipped)."""
    lower = name.lower()
    if lower.endswith(_ARCHIVES):
        return "warc", False
    gzipped = lower.endswith(".gz")
    base = lower[:-3] if gzipped else lower
    return _EXTENSIONS.get(os.path.splitext(base)[1]), gzipped


def _walk(folder: str) -> Iterator[str]:
    """Supported files under `folder`, sorted, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and file_kind(name)[0] is not None:
                yield os.path.join(dirpath, name)


def _read_file(path: str, options: IngestOptions, explicit: bool) -> Iterator[Result]:
    kind, gzipped = file_kind(path)
    if kind in ("text", "html"):
        yield read_document(path, kind, options, gzipped)
    elif kind == "json":
        yield from read_json(path, options, gzipped)
    elif kind == "jsonl":
        yield from read_jsonl(path, options, gzipped)
    elif kind == "warc":
        yield from read_warc(path, options)
    elif kind in ("feed", "xml"):
        yield from read_feed(path, options, gzipped, explicit_xml=explicit or kind == "feed")
    else:
        ext = os.path.splitext(path)[1] or "(none)"
        yield IngestFailure(path, f"unsupported file type {ext} (supported: {SUPPORTED})")


def read_stdin(stream: BinaryIO, options: IngestOptions) -> Iterator[Result]:
    """Standard input, sniffed: JSON/JSON Lines if it starts with { or [, HTML if <, else text."""
    data = stream.read(options.container_bytes + 1)
    if len(data) > options.container_bytes:
        yield IngestFailure(
            STDIN_SOURCE, f"input too large: more than {megabytes(options.container_bytes)}"
        )
        return
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"[":
        yield from parse_json(STDIN_SOURCE, data)
    elif head == b"{":
        try:  # a single (possibly pretty-printed) object is JSON, several lines are JSON Lines
            json.loads(data)
        except ValueError:
            yield from parse_jsonl(STDIN_SOURCE, io.BytesIO(data), options)
        else:
            yield from parse_json(STDIN_SOURCE, data)
    elif len(data) > options.max_bytes:
        yield IngestFailure(STDIN_SOURCE, too_large(len(data), options.max_bytes, "input"))
    else:
        kind = "html" if head == b"<" else "text"
        yield document(STDIN_SOURCE, data, kind, options, container="stdin")


def _guarded(source: str, make: Callable[[], Iterable[Result]]) -> Iterator[Result]:
    """Run one input's reader; an unexpected exception becomes one failure for that input."""
    try:
        yield from make()
    except Exception as exc:  # noqa: BLE001 - the point is that nothing escapes
        yield IngestFailure(source, f"internal error: {type(exc).__name__}: {exc}")


def iter_inputs(
    paths: Iterable[str],
    options: IngestOptions = IngestOptions(),  # noqa: B008 - frozen, safe to share
    stdin: BinaryIO | None = None,
) -> Iterator[Result]:
    """Every item of every input, in argument order (folders sorted); never raises for input.

    Arguments: files, folders (walked recursively), `-` for `stdin` (or sys.stdin), and
    http(s) URLs. Each problem is one IngestFailure and iteration goes on.
    """
    fetcher = Fetcher(options)
    try:
        for arg in paths:
            arg = os.fspath(arg)
            if arg == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _guarded(STDIN_SOURCE, lambda s=stream: read_stdin(s, options))
            elif is_url(arg):
                yield from _guarded(arg, lambda a=arg: [fetcher.fetch(a)])
            elif os.path.isdir(arg):
                found = False
                for path in _walk(arg):
                    found = True
                    yield from _guarded(path, lambda p=path: _read_file(p, options, False))
                if not found:
                    yield IngestFailure(arg, "folder has no supported input files")
            elif os.path.exists(arg):
                yield from _guarded(arg, lambda a=arg: _read_file(a, options, True))
            elif os.path.lexists(arg):
                yield IngestFailure(arg, "broken symbolic link")
            else:
                yield IngestFailure(arg, "no such file or directory")
    finally:
        fetcher.close()


def _count_lines(path: str) -> int:
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            n += bool(line.strip())
    return n


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many items `iter_inputs` will yield, for a progress bar; None when unknown without
    parsing (stdin, .json lists, WARCs, feeds, gzipped containers). Plain .jsonl lines are
    counted (non-blank lines), which is cheap."""
    total = 0
    for arg in paths:
        arg = os.fspath(arg)
        if arg == "-":
            return None
        files = list(_walk(arg)) if not is_url(arg) and os.path.isdir(arg) else [arg]
        for path in files:
            if is_url(path) or not os.path.isfile(path):
                total += 1
                continue
            kind, gzipped = file_kind(path)
            if kind in ("text", "html") or kind is None:
                total += 1
            elif kind == "jsonl" and not gzipped:
                try:
                    total += _count_lines(path)
                except OSError:
                    total += 1
            else:
                return None
    return total
