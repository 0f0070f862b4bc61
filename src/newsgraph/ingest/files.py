"""Single-document files: pre-scraped plain text and saved HTML pages (optionally gzipped)."""

from __future__ import annotations

import gzip
import zlib

from ..records import IngestFailure, PayloadKind, RawItem
from .options import IngestOptions
from .payload import TooLarge, check_html, check_text, gzip_reason, read_file, read_gzip


def load_bytes(path: str, limit: int, gzipped: bool, what: str = "file") -> bytes | str:
    """The file's bytes (decompressed if `gzipped`), or the failure reason as a string."""
    try:
        return read_gzip(path, limit) if gzipped else read_file(path, limit, what)
    except TooLarge as exc:
        return str(exc)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        return gzip_reason(exc) or str(exc)
    except IsADirectoryError:
        return "is a directory"
    except PermissionError:
        return "permission denied"
    except FileNotFoundError:
        return "no such file"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"


def document(
    source: str, data: bytes, kind: PayloadKind, options: IngestOptions, container: str = "file"
) -> RawItem | IngestFailure:
    """Validate one whole-document payload and wrap it as a RawItem."""
    if kind == "text":
        content, reason = check_text(data, options.encoding)
        if content is None:
            return IngestFailure(source, reason or "not text")
        return RawItem(source=source, kind="text", content=content, container=container)
    reason = check_html(data)
    if reason:
        return IngestFailure(source, reason)
    return RawItem(source=source, kind="html", content=data, container=container)


def read_document(
    path: str, kind: PayloadKind, options: IngestOptions, gzipped: bool = False
) -> RawItem | IngestFailure:
    """A .txt/.html file (or its .gz) as one RawItem."""
    data = load_bytes(path, options.max_bytes, gzipped)
    if isinstance(data, str):
        return IngestFailure(path, data)
    return document(path, data, kind, options)
