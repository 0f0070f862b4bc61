"""Web archives: which records become items, and cut-off files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestFailure, IngestSkip, RawItem


def page(i: int) -> bytes:
    return f"<html><body><p>Article {i}. ".encode() + b"Words. " * 200 + b"</p></body></html>"


def build_warc(gz: bool, pages: int = 3) -> bytes:
    """A small crawl: per page a request and a 200 HTML response, plus noise records."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)

    def response(uri, status, ctype, body):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
        w.write_record(rec)

    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for i in range(pages):
        uri = f"https://news.example/{i}"
        req = b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
        w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(req)))
        response(uri, "200 OK", "text/html; charset=utf-8", page(i))
    response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
    response("https://news.example/gone", "404 Not Found", "text/html", b"<p>missing</p>")
    response("https://news.example/old", "301 Moved", "text/html", b"")
    resource = w.create_warc_record(
        "file:///notes.txt",
        "resource",
        payload=io.BytesIO(b"A plain text resource."),
        warc_content_type="text/plain",
    )
    w.write_record(resource)
    return buf.getvalue()


def run(path: Path, **opts) -> list:
    return list(iter_inputs([str(path)], IngestOptions(**opts)))


@pytest.mark.parametrize("gz", [False, True])
def test_documents_become_items_and_the_rest_is_skipped(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(build_warc(gz))
    *results, others = run(path)
    assert all(isinstance(r, RawItem) for r in results), results
    assert [r.kind for r in results] == ["html", "html", "html", "text"]
    # the captures that are no page are named in one line (tests/ingest/test_feeds_review12.py)
    assert others == IngestSkip(
        str(path), "3 captures not an HTML/text page (1 HTTP 301, 1 HTTP 404, 1 image/png)"
    )
    first = results[0]
    assert first.content == page(0)
    assert first.container == "warc"
    assert first.fields["url"] == "https://news.example/0"
    assert first.fields["warc_date"]
    assert first.source.startswith(f"{path}#") and first.source.split("#")[1].isdigit()
    assert results[3].content == b"A plain text resource."
    assert run(path) == [*results, others]  # deterministic


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_archive_keeps_what_was_read(tmp_path, gz):
    data = build_warc(gz, pages=6)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: int(len(data) * 0.6)])
    results = run(path)
    *items, failure = results
    assert items and all(isinstance(r, RawItem) for r in items)
    assert isinstance(failure, IngestFailure) and failure.source == str(path)
    what = "truncated gzip" if gz else "truncated WARC"
    assert failure.reason.startswith(f"{what} after ")
    assert " records" in failure.reason


def test_every_cut_point_is_detected_or_harmless(tmp_path):
    """Wherever a .warc.gz is cut, we never crash and never drop data silently."""
    data = build_warc(True, pages=2)
    path = tmp_path / "cut.warc.gz"
    complete = len(run_bytes(path, data))
    for cut in range(1, len(data), 37):
        results = run_bytes(path, data[:cut])
        items = [r for r in results if isinstance(r, RawItem)]
        failures = [r for r in results if isinstance(r, IngestFailure)]
        assert len(failures) == 1 or len(items) == complete, (cut, results)


def run_bytes(path: Path, data: bytes) -> list:
    path.write_bytes(data)
    return run(path)


def test_not_a_warc(tmp_path):
    path = tmp_path / "x.warc"
    path.write_text("hello, I am not an archive\n")
    [failure] = run(path)
    assert failure.reason.startswith("not a WARC/ARC file")
    empty = tmp_path / "e.warc.gz"
    empty.write_bytes(b"")
    assert run(empty)[0].reason == "empty file"


def test_oversized_record_is_one_failure(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(False))
    results = run(path, max_bytes=500)
    reasons = [r.reason for r in results if isinstance(r, IngestFailure)]
    assert len(reasons) == 3
    assert reasons[0].endswith("(https://news.example/0): payload larger than 0.5 kB")
    assert isinstance(results[-2], RawItem)  # the small text resource still comes through
