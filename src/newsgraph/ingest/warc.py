"""Web archives (.warc, .warc.gz, .arc, .arc.gz): each archived HTML/text page is one article.

Only successful captures of documents become items: `response` records with HTTP 200 and an
HTML or plain-text type, and `resource` records of those types. Requests and metadata are
passed over; the other captures (images, style sheets, redirects, errors) are counted by type
and named in one skip line per archive, so an archive that gives fewer articles (or none)
than it has captures says why without a line per image. warcio stops quietly at a cut-off file, so
truncation is detected here (a record shorter than its Content-Length, or bytes left over that
no record accounts for) and reported as one failure after the records that were read.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..records import IngestFailure, IngestSkip, PayloadKind, RawItem
from .options import IngestOptions
from .payload import check_html, check_text, megabytes

Result = RawItem | IngestFailure | IngestSkip

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain"}


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _payload_kind(record) -> PayloadKind | None:
    """html/text for records that hold a captured document, None for everything else."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return None
        ctype = media_type(headers.get_header("Content-Type"))
    elif record.rec_type == "resource":
        ctype = media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None
    if ctype in _HTML_TYPES:
        return "html"
    if ctype in _TEXT_TYPES:
        return "text"
    return None


def _capture_label(record) -> str | None:
    """What a capture that is no page is ("image/png", "HTTP 404"), for the skip line; None for
    records that capture nothing (requests, metadata, warcinfo)."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return "no HTTP headers"
        if (status := headers.get_statuscode()) != "200":
            return f"HTTP {status}"
        return media_type(headers.get_header("Content-Type")) or "no Content-Type"
    if record.rec_type == "resource":
        return media_type(record.rec_headers.get_header("Content-Type")) or "no Content-Type"
    if record.rec_type == "revisit":
        return "revisit"
    return None


def _others_skip(path: str, others: Counter[str]) -> IngestSkip:
    """One line for the captures that are no HTML/text page, counted by type."""
    total = sum(others.values())
    kinds = ", ".join(f"{n} {label}" for label, n in sorted(others.items(), key=_by_count))
    noun = "capture" if total == 1 else "captures"
    return IngestSkip(path, f"{total} {noun} not an HTML/text page ({kinds})")


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _incomplete(it: ArchiveIterator, record) -> bool:
    """True when the archive ended inside this record (call after reading it to its end):
    in its headers (no type or length yet), before its Content-Length, or before the end of
    its gzip member."""
    if record.rec_type is None or record.length is None:
        return True
    if record.format.startswith("warc") and record.rec_headers.get_header("Content-Length") is None:
        return True
    if getattr(record.raw_stream, "limit", 0) > 0:
        return True
    decompressor = getattr(it.reader, "decompressor", None)
    return decompressor is not None and not getattr(decompressor, "eof", True)


def _valid_length(record) -> bool:
    """False for a garbage header (e.g. a text line warcio read as an ARC record)."""
    if record.rec_headers is None:
        return True  # headers cut short: that is truncation, reported as such
    length = record.rec_headers.get_header("Content-Length")
    return length is None or length.strip().isdigit()


def _leftover(path: str, end: int) -> bool:
    """True when the file has non-blank bytes after `end` (where the last good record ended)."""
    with open(path, "rb") as fh:
        fh.seek(end)
        return bool(fh.read(4096).strip())


def _s(n: int) -> str:
    return "record" if n == 1 else "records"


def read_warc(path: str, options: IngestOptions) -> Iterator[Result]:
    gz = path.lower().endswith(".gz")
    what = "truncated gzip" if gz else "truncated WARC"
    try:
        size = os.stat(path).st_size
        fh = open(path, "rb")  # noqa: SIM115 - closed by the with below, once checks pass
    except OSError as exc:
        yield IngestFailure(path, f"cannot read file: {exc.strerror or exc}")
        return
    count = 0  # records read whole, documents or not
    end = 0
    others: Counter[str] = Counter()  # captures that are no page, by type
    with fh:
        if size == 0:
            yield IngestFailure(path, "empty file")
            return
        it = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in it:
                kind = _payload_kind(record)
                payload = record.content_stream().read(options.max_bytes + 1) if kind else b""
                offset = it.get_record_offset()  # reads to the end of the record
                if count == 0 and not _valid_length(record):
                    yield IngestFailure(path, "not a WARC/ARC file (no valid record header)")
                    return
                if _incomplete(it, record):
                    yield IngestFailure(
                        path, f"{what} after {count} {_s(count)} (record at byte {offset} is cut)"
                    )
                    return
                count += 1
                end = offset + it.get_record_length()
                if kind is None:
                    if label := _capture_label(record):
                        others[label] += 1
                    continue
                yield _record_item(path, offset, record, kind, payload, options)
        except ArchiveLoadFailed as exc:
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
            if count == 0:
                yield IngestFailure(path, f"not a WARC/ARC file ({msg})")
            else:
                yield IngestFailure(path, f"corrupt archive after {count} {_s(count)}: {msg}")
            return
        except (EOFError, OSError, ValueError) as exc:  # zlib.error is not an OSError subclass
            yield IngestFailure(path, f"{what} after {count} {_s(count)} ({exc})")
            return
        except Exception as exc:  # zlib.error and parser errors on garbage
            yield IngestFailure(
                path, f"corrupt archive after {count} {_s(count)}: {type(exc).__name__}: {exc}"
            )
            return
    if others:
        yield _others_skip(path, others)
    if count == 0:
        yield IngestFailure(path, "not a WARC/ARC file (no records)")
    elif end < size and _leftover(path, end):
        yield IngestFailure(
            path, f"{what} after {count} {_s(count)} ({size - end} unreadable bytes at {end})"
        )


def _record_item(
    path: str, offset: int, record, kind: PayloadKind, payload: bytes, options: IngestOptions
) -> Result:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    where = f"record at byte {offset}" + (f" ({uri})" if uri else "")
    if len(payload) > options.max_bytes:
        return IngestFailure(path, f"{where}: payload larger than {megabytes(options.max_bytes)}")
    if kind == "text":
        content, reason = check_text(payload)
    else:
        content, reason = payload, check_html(payload)
    if content is None or reason:
        return IngestFailure(path, f"{where}: {reason}")
    fields = {"url": uri, "warc_date": record.rec_headers.get_header("WARC-Date")}
    http = record.http_headers
    if http is not None and (ctype := http.get_header("Content-Type")):
        fields["content_type"] = ctype
    return RawItem(
        source=f"{path}#{offset}",
        kind=kind,
        content=content,
        fields={k: v for k, v in fields.items() if v},
        container="warc",
    )
