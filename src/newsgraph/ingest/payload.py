"""Checks that decide whether a blob of bytes is usable text or HTML, with one-line reasons.

Every reader funnels its payloads through here so a binary file gets the same explanation
whether it came from a folder, a JSON record, a WARC or a download.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib
from typing import BinaryIO

from .options import HINT_ENCODING

# Signatures of common non-text formats that people drop into input folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class TooLarge(Exception):
    """Raised by the capped readers; the message is the failure reason."""


def megabytes(n: int) -> str:
    """A size for humans: MB, or kB below one MB (so small test limits read sensibly)."""
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n / 1e3:.1f} kB"


def too_large(size: int, limit: int, what: str = "file") -> str:
    return f"{what} too large: {megabytes(size)} > {megabytes(limit)} limit"


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not text, or None. UTF-16/32 with a BOM is text despite its NUL bytes."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({name}), not text"
    if data.startswith(_UTF32_BOMS + _UTF16_BOMS):
        return None
    if b"\x00" in data:
        return "binary file (NUL bytes), not text"
    return None


def _bom_encoding(data: bytes) -> str | None:
    if data.startswith(_UTF32_BOMS):  # before UTF-16: the UTF-32 LE BOM starts like UTF-16 LE
        return "utf-32"
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    return None


def check_text(data: bytes, encoding: str | None = None) -> tuple[bytes | None, str | None]:
    """Validate plain text; return (UTF-8 content, None) or (None, reason).

    Without `encoding` the bytes must be UTF-8 (a BOM is fine) and are kept exactly as read;
    UTF-16/32 with a BOM, or a forced encoding, is decoded and re-encoded to UTF-8.
    """
    if not data:
        return None, "empty file"
    if encoding is None and (bom := _bom_encoding(data)):
        encoding = bom
    if encoding is None:
        reason = binary_reason(data)
        if reason:
            return None, reason
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, f"invalid UTF-8 at byte {exc.start} (use {HINT_ENCODING})"
        content = data
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            return None, f'unknown encoding "{encoding}"'
        for magic, name in _MAGIC:
            if data.startswith(magic):
                return None, f"binary file ({name}), not text"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            return None, f"cannot decode as {encoding} at byte {exc.start}"
        if "\x00" in text:
            return None, "binary file (NUL bytes), not text"
        text = text.removeprefix("\ufeff")
        content = text.encode("utf-8")
    if not text.strip("\ufeff \t\r\n\f\v"):
        return None, "only whitespace, no text"
    return content, None


def check_html(data: bytes) -> str | None:
    """Why `data` cannot be HTML, or None. Any encoding is fine: the extractor decodes it."""
    if not data:
        return "empty file"
    reason = binary_reason(data)
    if reason:
        return reason
    if not data.strip():
        return "only whitespace, no HTML"
    return None


def read_file(path: str, limit: int, what: str = "file") -> bytes:
    """Read a whole file, refusing by its size on disk before reading a byte of it."""
    size = os.stat(path).st_size
    if size > limit:
        raise TooLarge(too_large(size, limit, what))
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # the file grew, or stat lied (e.g. /proc): still refuse
        raise TooLarge(f"{what} too large: more than {megabytes(limit)} limit")
    return data


def read_capped(stream: BinaryIO, limit: int, what: str) -> bytes:
    """Read at most `limit` bytes from a stream (e.g. a decompressor) or raise TooLarge."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{what} too large: more than {megabytes(limit)} limit")
    return data


def read_gzip(path: str, limit: int) -> bytes:
    """Decompress a .gz file, capping the decompressed size so a gzip bomb costs nothing."""
    with gzip.open(path, "rb") as fh:
        return read_capped(fh, limit, "decompressed file")


def gzip_reason(exc: BaseException) -> str | None:
    """The failure reason for a gzip decoding error, or None if `exc` is not one."""
    if isinstance(exc, gzip.BadGzipFile):
        return "not a valid gzip file"
    if isinstance(exc, EOFError):
        return "truncated gzip"
    if isinstance(exc, zlib.error):
        return f"corrupt gzip data ({exc})"
    return None
