"""Product review 12: a web archive's captures that are no HTML/text page are named in one
skip line per archive (by type and count), never silently dropped, never one line each."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestSkip, RawItem

PAGE = b"<html><body><article><p>The Orven pier opened on Monday.</p></article></body></html>"


def archive(path: Path, captures: list[tuple[str, str, str, bytes]]) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, status, ctype, body in captures:
        req = b"GET / HTTP/1.1\r\nHost: orven.example\r\n\r\n"
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(req)))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    path.write_bytes(buf.getvalue())


def run(path: Path) -> list:
    return list(iter_inputs([str(path)], IngestOptions()))


def test_an_archive_of_images_only_says_so(tmp_path):
    path = tmp_path / "images.warc.gz"
    png = b"\x89PNG\r\n\x1a\n" + bytes(20)
    archive(
        tmp_path / "images.warc.gz",
        [(f"https://orven.example/{n}.png", "200 OK", "image/png", png) for n in range(40)],
    )
    assert run(path) == [IngestSkip(str(path), "40 captures not an HTML/text page (40 image/png)")]


def test_pages_are_items_and_the_rest_one_line(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    archive(
        path,
        [
            ("https://orven.example/data.json", "200 OK", "application/json", b"{}"),
            ("https://orven.example/pier", "200 OK", "text/html; charset=utf-8", PAGE),
            ("https://orven.example/a.css", "200 OK", "text/css", b"p{}"),
            ("https://orven.example/b.css", "200 OK", "text/css", b"a{}"),
            ("https://orven.example/old", "302 Found", "text/html", b""),
        ],
    )
    page, others = run(path)
    assert isinstance(page, RawItem) and page.fields["url"] == "https://orven.example/pier"
    assert others == IngestSkip(
        str(path), "4 captures not an HTML/text page (2 text/css, 1 HTTP 302, 1 application/json)"
    )
