"""Fetching article URLs safely: address checks, manual redirects, size caps, robots.txt.

Policy (documented in the README):
- Only http/https. Every host is resolved with getaddrinfo and *every* address it resolves to
  must be public; loopback, private, link-local, reserved, multicast, unspecified and shared
  (CGNAT) addresses are refused unless `allow_private`. The same check runs again at connect
  time inside the HTTP transport, and the connection goes to the address that was checked, so
  DNS rebinding between check and connect does not get through.
- Redirects are followed by hand, at most `max_redirects` hops; each hop is re-checked
  (scheme, address, robots.txt) as if it had been given on the command line.
- The body is streamed and abandoned past `max_bytes` (decoded bytes, so a compressed bomb is
  capped too); `timeout` applies to each network operation and to the download as a whole.
- robots.txt follows RFC 9309: fetched once per scheme+host+port per run with the same safety
  rules (up to `max_redirects` hops, 500 kB cap); 2xx is obeyed (parsed with protego for our
  user agent), 4xx means no rules (allow), 5xx or a timeout means "unavailable" and the host is
  treated as disallowing everything; a host whose robots.txt cannot be reached at all (refused
  connection, unknown host) fails with that reason.
- Environment proxies are ignored (trust_env=False): a proxy would defeat the address check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx
from protego import Protego

from ..records import IngestFailure, RawItem
from .options import HINT_PRIVATE, HINT_ROBOTS, IngestOptions
from .payload import check_html, check_text, megabytes, too_large
from .warc import media_type

_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_ROBOTS_MAX = 500_000


class Refused(Exception):
    """A URL we will not fetch; the message is the failure reason."""


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address `ip` is, or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return label
    return None if ip.is_global else "non-public"


def resolve(host: str, port: int, allow_private: bool) -> list[str]:
    """Addresses for host:port, all checked; raises Refused (or socket.gaierror)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        addr = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if not allow_private:
            problem = address_problem(ipaddress.ip_address(addr))
            if problem:
                raise Refused(f"refused: resolves to {problem} address {addr} (use {HINT_PRIVATE})")
        if addr not in addresses:
            addresses.append(addr)
    if not addresses:
        raise socket.gaierror(f"no address for {host}")
    return addresses


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses that passed the check, resolving exactly once per connect."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = resolve(host, port, self.allow_private)
        except Refused as exc:
            raise httpcore.ConnectError(str(exc)) from None
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve host {host} ({exc})") from None
        error: Exception | None = None
        for addr in addresses:
            try:
                return super().connect_tcp(addr, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error


def _transport(options: IngestOptions) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public hook for the network backend; swap the pool for one that uses ours.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=_GuardedBackend(options.allow_private),
    )
    return transport


def network_reason(exc: Exception, timeout: float) -> str:
    """A short reason for a failed request."""
    msg = str(exc)
    if msg.startswith(("refused:", "cannot resolve host")):
        return msg
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g}s"
    if isinstance(exc, httpx.ConnectError):
        low = msg.lower()
        if "refused" in low:
            return "connection refused"
        if "certificate" in low or "ssl" in low:
            return f"TLS error: {msg}"
        return f"cannot connect: {msg}"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.LocalProtocolError):
        return f"protocol error: {msg}"
    if isinstance(exc, httpx.DecodingError):
        return f"cannot decode response body: {msg}"
    return f"{type(exc).__name__}: {msg}"


@dataclass
class _Response:
    status: int
    url: str
    headers: httpx.Headers
    body: bytes = b""
    location: str | None = None


@dataclass
class Fetcher:
    """One per run: holds the HTTP client and the per-host robots.txt cache."""

    options: IngestOptions
    _client: httpx.Client | None = None
    _robots: dict[str, Any] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=_transport(self.options),
                timeout=self.options.timeout,
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": self.options.user_agent},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- one request ---------------------------------------------------------------------------

    def _check_url(self, url: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, ValueError) as exc:
            raise Refused(f"invalid URL ({exc})") from None
        if parsed.scheme not in ("http", "https"):
            raise Refused(f"unsupported URL scheme {parsed.scheme!r}")
        if not parsed.host:
            raise Refused("invalid URL (no host)")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            resolve(parsed.raw_host.decode("ascii"), port, self.options.allow_private)
        except (socket.gaierror, UnicodeError):
            raise Refused(f"cannot resolve host {parsed.host}") from None
        return parsed

    def _get(self, url: str, limit: int, accept=None) -> _Response:
        """GET without following redirects; `accept(headers)` may refuse before the body."""
        deadline = time.monotonic() + self.options.timeout
        with self.client.stream("GET", url) as resp:
            out = _Response(resp.status_code, str(resp.url), resp.headers)
            if resp.status_code in _REDIRECTS:
                out.location = resp.headers.get("location")
                return out
            if not 200 <= resp.status_code < 300:
                return out
            if accept is not None:
                accept(resp.headers)
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise Refused(too_large(int(declared), limit, "download"))
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise Refused(f"download too large: more than {megabytes(limit)} limit")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("download deadline passed")
                chunks.append(chunk)
            out.body = b"".join(chunks)
            return out

    def _follow(self, url: str, limit: int, accept=None, robots: bool = True) -> _Response:
        """GET with redirects followed by hand; every hop is checked like a fresh URL."""
        current = url
        for hop in range(self.options.max_redirects + 1):
            self._check_url(current)
            if robots and self.options.respect_robots:
                self._check_robots(current, redirected=hop > 0)
            resp = self._get(current, limit, accept)
            if resp.status not in _REDIRECTS:
                return resp
            if not resp.location:
                raise Refused(f"HTTP {resp.status} redirect without a Location header")
            try:
                current = str(httpx.URL(resp.url).join(resp.location))
            except (httpx.InvalidURL, ValueError):
                raise Refused(
                    f"HTTP {resp.status} redirect to a bad URL {resp.location!r}"
                ) from None
        raise Refused(f"too many redirects (more than {self.options.max_redirects})")

    # -- robots.txt ----------------------------------------------------------------------------

    def _check_robots(self, url: str, redirected: bool) -> None:
        parsed = httpx.URL(url)
        key = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        rules = self._robots[key]
        if isinstance(rules, str):
            raise Refused(rules)
        if rules is not None and not rules.can_fetch(url, self.options.user_agent):
            hop = f"redirect to {url}: " if redirected else ""
            raise Refused(f"{hop}disallowed by robots.txt (use {HINT_ROBOTS})")

    def _load_robots(self, origin: str) -> Protego | str | None:
        """Parsed rules, None for "no rules", or a reason string meaning "disallow all"."""
        try:
            resp = self._follow(f"{origin}/robots.txt", _ROBOTS_MAX, robots=False)
        except Refused as exc:
            msg = str(exc)
            if msg.startswith(("refused:", "cannot resolve")):
                return msg
            if msg.startswith("too many redirects"):
                return None  # RFC 9309: treat like 404 once the redirect limit is hit
            return f"robots.txt unusable ({msg}), so treated as disallowing all"
        except httpx.TimeoutException:
            return (
                f"robots.txt timed out after {self.options.timeout:g}s, "
                f"so treated as disallowing all (use {HINT_ROBOTS})"
            )
        except httpx.HTTPError as exc:  # the host is unreachable: say so, as for the page
            return network_reason(exc, self.options.timeout)
        if 200 <= resp.status < 300:
            return Protego.parse(resp.body.decode("utf-8", "replace"))
        if 400 <= resp.status < 500:
            return None
        return (
            f"robots.txt unavailable (HTTP {resp.status}), "
            f"so treated as disallowing all (use {HINT_ROBOTS})"
        )

    # -- the public step -----------------------------------------------------------------------

    def fetch(self, url: str) -> RawItem | IngestFailure:
        """One URL as a RawItem (html or text), or the reason it could not be had."""
        kinds: dict[str, str] = {}

        def accept(headers: httpx.Headers) -> None:
            ctype = media_type(headers.get("content-type"))
            if ctype in _HTML_TYPES or ctype == "":
                kinds["kind"] = "html"
            elif ctype == "text/plain":
                kinds["kind"] = "text"
            else:
                raise Refused(f"unsupported content type {ctype}")

        try:
            resp = self._follow(url, self.options.max_bytes, accept)
        except Refused as exc:
            return IngestFailure(url, str(exc))
        except httpx.HTTPError as exc:
            return IngestFailure(url, network_reason(exc, self.options.timeout))
        if resp.status in _REDIRECTS or not 200 <= resp.status < 300:
            return IngestFailure(url, f"HTTP {resp.status}")
        kind = kinds.get("kind", "html")
        ctype = resp.headers.get("content-type", "")
        if kind == "text":
            # No charset: UTF-8 if it decodes, else HTTP's historical default, ISO-8859-1.
            charset = httpx.Response(200, headers={"content-type": ctype}).charset_encoding
            if charset is None:
                try:
                    resp.body.decode("utf-8")
                except UnicodeDecodeError:
                    charset = "iso-8859-1"
            content, reason = check_text(resp.body, charset)
            if content is None:
                return IngestFailure(url, reason or "not text")
        else:
            content, reason = resp.body, check_html(resp.body)
            if reason:
                return IngestFailure(url, reason.replace("file", "response"))
        fields = {"url": resp.url}
        if resp.url != url:
            fields["requested_url"] = url
        if ctype:
            fields["content_type"] = ctype
        return RawItem(source=url, kind=kind, content=content, fields=fields, container="url")
