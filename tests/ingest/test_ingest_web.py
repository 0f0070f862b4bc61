"""URL fetching against loopback HTTP servers started here; nothing touches the real network."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph.ingest import IngestOptions, iter_inputs, web
from newsgraph.records import IngestFailure, RawItem

pytestmark = pytest.mark.network

ARTICLE = b"<html><head><title>Pier</title></head><body><p>The pier opens.</p></body></html>"
Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


def _stream_big(handler: BaseHTTPRequestHandler) -> None:
    """2 MB of HTML with no Content-Length, so only streaming can notice the size."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    with contextlib.suppress(OSError):
        for _ in range(200):
            handler.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(1.0)
    with contextlib.suppress(OSError):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        handler.wfile.write(ARTICLE)


BOMB = gzip.compress(b" " * 5_000_000)

ROUTES: dict[str, Route] = {
    "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE),
    "/plain": (200, {"Content-Type": "text/plain; charset=latin-1"}, "Caf\u00e9".encode("latin-1")),
    "/r1": (302, {"Location": "/r2"}, b""),
    "/r2": (301, {"Location": "article"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-private": (302, {"Location": "/private/page"}, b""),
    "/private/page": (200, {"Content-Type": "text/html"}, ARTICLE),
    "/doc.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
    "/declared-big": (200, {"Content-Type": "text/html", "Content-Length": "50000000"}, b""),
    "/big": _stream_big,
    "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, BOMB),
    "/empty": (200, {"Content-Type": "text/html"}, b""),
    "/slow": _slow,
}


@contextlib.contextmanager
def serve(routes: dict[str, Route], hits: list[str] | None = None) -> Iterator[str]:
    """Serve `routes` on a free loopback port; requested paths are appended to `hits`."""
    hits = [] if hits is None else hits

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            hits.append(self.path)
            route = routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Belt and braces: any attempt to connect beyond loopback fails the test."""
    real = socket.create_connection

    def create_connection(address, *args, **kwargs):
        assert address[0] in ("127.0.0.1", "::1"), f"test tried to reach {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve(ROUTES) as base:
        yield base


def fetch(url: str, **opts) -> RawItem | IngestFailure:
    opts.setdefault("allow_private", True)
    [result] = iter_inputs([url], IngestOptions(**opts))
    return result


def test_article_page(site):
    item = fetch(f"{site}/article")
    assert isinstance(item, RawItem)
    assert (item.source, item.kind, item.container, item.content) == (
        f"{site}/article",
        "html",
        "url",
        ARTICLE,
    )
    assert item.fields["url"] == f"{site}/article"


def test_plain_text_is_reencoded(site):
    item = fetch(f"{site}/plain")
    assert (item.kind, item.content) == ("text", "Caf\u00e9".encode())


def test_redirect_chain_records_final_url(site):
    item = fetch(f"{site}/r1")
    assert item.content == ARTICLE
    assert item.fields["url"] == f"{site}/article"
    assert item.fields["requested_url"] == f"{site}/r1"


def test_redirect_limits(site):
    assert fetch(f"{site}/loop").reason == "too many redirects (more than 5)"
    assert fetch(f"{site}/r1", max_redirects=1).reason == "too many redirects (more than 1)"


def test_http_errors_and_content_types(site):
    assert fetch(f"{site}/missing").reason == "HTTP 404"
    assert fetch(f"{site}/doc.pdf").reason == "unsupported content type application/pdf"
    assert fetch(f"{site}/empty").reason == "empty response"


def test_size_caps(site):
    assert fetch(f"{site}/declared-big").reason == "download too large: 50.0 MB > 10.0 MB limit"
    assert fetch(f"{site}/big", max_bytes=100_000).reason == (
        "download too large: more than 100.0 kB limit"
    )
    assert fetch(f"{site}/bomb", max_bytes=100_000).reason == (
        "download too large: more than 100.0 kB limit"
    )


def test_robots_disallow_direct_and_via_redirect(site):
    assert fetch(f"{site}/private/page").reason == "disallowed by robots.txt (use --ignore-robots)"
    reason = fetch(f"{site}/to-private").reason
    assert (
        reason == f"redirect to {site}/private/page: disallowed by robots.txt (use --ignore-robots)"
    )
    assert isinstance(fetch(f"{site}/private/page", respect_robots=False), RawItem)


def test_robots_fetched_once_per_host():
    hits: list[str] = []
    with serve(ROUTES, hits) as base:
        urls = [f"{base}/article", f"{base}/r1", f"{base}/private/page"]
        list(iter_inputs(urls, IngestOptions(allow_private=True)))
    assert hits.count("/robots.txt") == 1
    assert "/private/page" not in hits


def test_robots_404_allows_and_5xx_disallows():
    no_robots = {"/a": ROUTES["/article"]}
    with serve(no_robots) as base:
        assert isinstance(fetch(f"{base}/a"), RawItem)
    broken = {"/a": ROUTES["/article"], "/robots.txt": (503, {}, b"")}
    with serve(broken) as base:
        assert fetch(f"{base}/a").reason == (
            "robots.txt unavailable (HTTP 503), so treated as disallowing all (use --ignore-robots)"
        )


def test_timeout():
    with serve({"/slow": _slow}) as base:
        assert fetch(f"{base}/slow", timeout=0.2, respect_robots=False).reason == (
            "timed out after 0.2s"
        )


def test_closed_port_is_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert fetch(f"http://127.0.0.1:{port}/x").reason == "connection refused"
    assert fetch(f"http://127.0.0.1:{port}/x", respect_robots=False).reason == "connection refused"


def test_loopback_refused_without_allow_private(site):
    port = site.rsplit(":", 1)[1]
    result = fetch(f"{site}/article", allow_private=False)
    assert result.reason == "refused: resolves to loopback address 127.0.0.1 (use --allow-private)"
    assert f"{port}" in result.source


@pytest.mark.parametrize(
    ("url", "label", "addr"),
    [
        ("http://[::1]/", "loopback", "::1"),
        ("http://0x7f000001/", "loopback", "127.0.0.1"),
        ("http://10.0.0.1/", "private", "10.0.0.1"),
        ("http://192.168.1.20:8080/x", "private", "192.168.1.20"),
        ("http://169.254.169.254/latest/meta-data", "link-local", "169.254.169.254"),
        ("http://0.0.0.0/", "unspecified", "0.0.0.0"),
        ("http://[::ffff:127.0.0.1]/", "loopback", "127.0.0.1"),
        ("http://100.64.0.1/", "non-public", "100.64.0.1"),
    ],
)
def test_private_literals_refused(url, label, addr):
    reason = fetch(url, allow_private=False).reason
    assert reason.startswith(f"refused: resolves to {label} address ")
    assert addr in reason


def fake_dns(*answers: list[str]):
    """getaddrinfo that returns the given address lists in turn (the last one repeats)."""
    calls = []

    def getaddrinfo(host, port, *args, **kwargs):
        addrs = answers[min(len(calls), len(answers) - 1)]
        calls.append(host)
        if not addrs:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addrs]

    return getaddrinfo


def test_any_private_address_among_many_refuses(monkeypatch):
    monkeypatch.setattr(web.socket, "getaddrinfo", fake_dns(["93.184.216.34", "10.1.2.3"]))
    assert fetch("http://mixed.test/", allow_private=False).reason == (
        "refused: resolves to private address 10.1.2.3 (use --allow-private)"
    )


def test_dns_rebinding_is_caught_at_connect(monkeypatch):
    # First lookup (the pre-check) says public, the connect-time lookup says loopback.
    monkeypatch.setattr(web.socket, "getaddrinfo", fake_dns(["93.184.216.34"], ["127.0.0.1"]))
    reason = fetch("http://rebind.test/", allow_private=False, respect_robots=False).reason
    assert reason == "refused: resolves to loopback address 127.0.0.1 (use --allow-private)"


def test_unknown_host(monkeypatch):
    monkeypatch.setattr(web.socket, "getaddrinfo", fake_dns([]))
    assert fetch("http://no-such-host.test/a").reason == "cannot resolve host no-such-host.test"


def test_bad_urls(site):
    assert fetch("http:///nohost").reason.startswith("invalid URL")
    assert fetch("https://").reason.startswith("invalid URL")


def test_plain_text_without_charset_falls_back_to_latin1():
    routes = {"/t": (200, {"Content-Type": "text/plain"}, "na\u00efve".encode("latin-1"))}
    with serve(routes) as base:
        assert fetch(f"{base}/t").content == "na\u00efve".encode()


def test_urls_and_files_mix_in_argument_order(site, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Local text.")
    results = list(iter_inputs([f"{site}/article", str(path)], IngestOptions(allow_private=True)))
    assert [r.container for r in results] == ["url", "file"]
