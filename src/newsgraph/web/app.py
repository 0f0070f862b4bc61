"""The web app and HTTP API: FastAPI on top of the store's paginated reads (store/browse.py).

Every page is rendered on the server from Jinja2 templates with autoescaping: articles are
hostile input, so no page runs a script, and a strict Content-Security-Policy says so to the
browser too. Each page has a JSON twin (`?format=json`, or its `/api/...` route) with records in
the export contract's shapes. Reads are open; writing (POST /api/articles) needs the bearer
token the server was started with, and is refused when it has none.

SQLite connections must stay in the thread that opened them, and FastAPI runs sync endpoints
in a thread pool: each worker thread keeps its own read connection (WAL: readers never block
the writer nor each other), and an ingest opens its own for the one write, under a lock so two
posts never regroup stories at once.
"""

from __future__ import annotations

import hmac
import inspect
import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from pydantic import AfterValidator
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.export.contract import add_event_groups_from, article_record
from newsgraph.records import ENTITY_TYPES, IngestFailure, RawItem
from newsgraph.store import Store, browse
from newsgraph.store.dialect import is_url

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

#: Largest request body accepted (an article as JSON or HTML); larger gets 413.
MAX_BODY = 5_000_000

CSP = (
    "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

COUNTRY = r"^[A-Za-z]{3}$"

Limit = Annotated[int, Query(ge=1, description=f"Rows per page (at most {browse.MAX_LIMIT}).")]
Offset = Annotated[
    int, Query(ge=0, le=browse.MAX_OFFSET, description="Rows to skip (at most 10,000).")
]
Outlet = Annotated[str | None, Query(max_length=200, description="Outlet name (any case).")]
#: A date filter: a year, month, day or ISO week that exists (`2025-13-45` is a 400), as the
#: CLI's `--since`/`--until` take (browse.date_range); events match by overlapping periods.
DateFilter = AfterValidator(browse.check_date)
Since = Annotated[
    str | None,
    Query(max_length=20, description=f"From this date ({browse.DATE_FORMS}), inclusive."),
    DateFilter,
]
Until = Annotated[
    str | None,
    Query(max_length=20, description=f"To this date ({browse.DATE_FORMS}; 2025-03 = March)."),
    DateFilter,
]
Entity = Annotated[
    str | None,
    Query(
        max_length=200,
        description="An entity id (person:tomas-brenn), or a name that fits one entity.",
    ),
]
#: Filters that name something: an unknown value is a 400 naming the valid ones, never an
#: empty list (the CLI's options run the same checks).
Country = Annotated[
    str | None,
    Query(pattern=COUNTRY, description="ISO 3166 alpha-3, e.g. RUS."),
    AfterValidator(browse.check_country),
]
Format = Annotated[str, Query(pattern="^(html|json)$", description="`json` for the JSON twin.")]
TextQuery = Annotated[
    str | None,
    Query(max_length=browse.MAX_QUERY_CHARS, description="Full-text query (SQLite FTS5 syntax)."),
]

Sort = Annotated[str, Query(pattern="^(recent|size)$", description="`recent` (default) or `size`.")]
Speaker = Annotated[
    str | None,
    Query(max_length=200, description="Speaker name (substring) or entity id."),
]
Kind = Annotated[str | None, Query(pattern="^(direct|mixed|indirect)$")]
EType = Annotated[
    str | None,
    Query(pattern=f"^(?i:{'|'.join(ENTITY_TYPES)})$", description="Entity type (any case)."),
]
Name = Annotated[str | None, Query(max_length=200, description="Name contains this.")]
EventType = Annotated[
    str | None,
    Query(max_length=40, description="PLOVER type, e.g. consult (any case)."),
    AfterValidator(browse.check_event_type),
]
Q = Annotated[
    str,
    Query(
        min_length=1,
        max_length=browse.MAX_QUERY_CHARS,
        description='Full-text query (SQLite FTS5: words, "phrases", AND/OR/NOT, pre*).',
    ),
]


#: The query parameters lists are filtered by (docs/web.md, "Filters"): type and default of each.
FILTERS: dict[str, tuple[Any, Any]] = {
    "outlet": (Outlet, None),
    "since": (Since, None),
    "until": (Until, None),
    "entity": (Entity, None),
    "country": (Country, None),
    "speaker": (Speaker, None),
    "q": (TextQuery, None),
    "kind": (Kind, None),
    "name": (Name, None),
    "sort": (Sort, "recent"),
}


@dataclass(frozen=True)
class ListQuery:
    """What a list request asked for: one page of it, and its filters (None where not given)."""

    limit: int
    offset: int
    filters: dict[str, Any]

    def args(self) -> dict[str, Any]:
        """Keyword arguments for the store's read of the list."""
        return {"limit": self.limit, "offset": self.offset, **self.filters}


def list_query(*names: str, **types: Any) -> Callable[..., ListQuery]:
    """A dependency reading `limit`, `offset` and the named filters (in the order OpenAPI lists
    them), so that a list's API route and its page declare their parameters once. `types`
    types a filter that FILTERS lacks (`type`: an entity type on one list, an event type on
    another)."""
    table = {"limit": (Limit, 50), "offset": (Offset, 0), **FILTERS}
    table.update((name, (annotation, None)) for name, annotation in types.items())
    keyword = inspect.Parameter.KEYWORD_ONLY
    params = [
        inspect.Parameter(name, keyword, annotation=table[name][0], default=table[name][1])
        for name in ("limit", "offset", *names)
    ]

    def read(limit: int, offset: int, **filters: Any) -> ListQuery:
        browse.check_range(filters.get("since"), filters.get("until"))
        return ListQuery(limit, offset, {name: filters[name] for name in names})

    read.__signature__ = inspect.Signature(params)  # FastAPI takes the parameters from here
    return read


#: A list's read for `list_routes`: (request, query) -> (page of items, other keys of the answer).
ListRead = Callable[[Request, ListQuery], tuple[browse.Page, dict[str, Any]]]
#: What a list's page adds to its template's context, from the page and the JSON answer.
PageContext = Callable[[browse.Page, dict[str, Any]], dict[str, Any]]


class ApiError(Exception):
    """An error the client caused, answered as `{"error": message}` with `status`."""

    def __init__(
        self,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers
        #: other keys of the JSON answer (the candidates of an ambiguous name)
        self.extra = extra or {}


# -- helpers for templates --------------------------------------------------------------------


def safe_href(url: Any) -> str | None:
    """The URL if it is a plain http(s) link, else None: article data must not link to
    `javascript:` or `data:` (the template then shows it as inert text)."""
    if not isinstance(url, str) or len(url) > 2000:
        return None
    if any(ord(c) < 33 or c in '"<>\\`' for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def marked(snippet: str | None) -> Markup:
    """A search snippet with its matches in <mark>: escaped first, then the marks added."""
    text = str(escape(snippet or ""))
    text = text.replace(browse.MATCH_START, "<mark>").replace(browse.MATCH_END, "</mark>")
    return Markup(text)


def plain_snippet(snippet: str | None) -> str | None:
    """A snippet for JSON: matches in [brackets], as `newsgraph articles --search` shows."""
    if snippet is None:
        return None
    return snippet.replace(browse.MATCH_START, "[").replace(browse.MATCH_END, "]")


def ent_url(key: str) -> str:
    """The page of an entity: its id as one path segment (colons kept, readable)."""
    return "/entities/" + quote(key, safe=":")


@lru_cache(maxsize=4096)
def filter_url(path: str, name: str, value: str) -> str:
    """`path?name=value`, cached: list pages link every outlet tag they show."""
    return f"{path}?{urlencode({name: value})}"


def qs(path: str, **params: Any) -> str:
    """`path?query` with the parameters that have a value."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(kept)}" if kept else path


def _date_of(value: str | None) -> date | None:
    """A date for a timeline from an ISO date of any precision (2022, 2022-09, 2022-W37)."""
    if not value:
        return None
    try:
        if m := re.match(r"^(\d{4})-W(\d{2})", value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value[:10])
        if re.match(r"^\d{4}-\d{2}$", value):
            return date(int(value[:4]), int(value[5:7]), 15)
        if re.match(r"^\d{4}$", value):
            return date(int(value), 7, 1)
    except ValueError:
        return None
    return None


# -- server-side SVG layouts ------------------------------------------------------------------


def graph_layout(center: dict[str, Any], graph: dict[str, Any]) -> dict[str, Any]:
    """Positions for the co-occurrence graph: the entity in the middle, its neighbours on a
    circle, most shared first from the top, clockwise; edge widths by shared articles."""
    width, height, cx, cy, radius = 640, 420, 320, 210, 160
    nodes = graph["nodes"]
    top = max((n["shared"] for n in nodes), default=1)
    placed = {center["id"]: (cx, cy)}
    out_nodes = []
    for i, n in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        placed[n["id"]] = (x, y)
        out_nodes.append(
            {
                **n,
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(6 + 10 * math.sqrt(n["shared"] / top), 1),
                "anchor": "start"
                if math.cos(angle) > 0.2
                else "end"
                if math.cos(angle) < -0.2
                else "middle",
                "lx": round(x + 22 * math.cos(angle), 1),
                "ly": round(y + 22 * math.sin(angle) + 4, 1),
            }
        )
    edges = []
    for n in nodes:
        (x1, y1), (x2, y2) = placed[center["id"]], placed[n["id"]]
        w = 1 + 5 * n["shared"] / top
        edges.append({"x1": x1, "y1": y1, "x2": round(x2, 1), "y2": round(y2, 1), "w": w})
    side = []
    strongest = sorted(graph["edges"], key=lambda e: -e["shared"])[:30]
    for e in strongest:
        (x1, y1), (x2, y2) = placed[e["a"]], placed[e["b"]]
        side.append(
            {"x1": round(x1, 1), "y1": round(y1, 1), "x2": round(x2, 1), "y2": round(y2, 1)}
        )
    return {
        "width": width,
        "height": height,
        "cx": cx,
        "cy": cy,
        "nodes": out_nodes,
        "edges": [{**e, "w": round(e["w"], 1)} for e in edges],
        "side": side,
    }


def timeline_layout(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Positions for an events timeline: x by date, one row per event type."""
    # A year alone would stretch the axis over months it says nothing about: list it instead.
    dated = [
        (d, e)
        for e in events
        if e["date"] and len(e["date"]) > 4 and (d := _date_of(e["date"])) is not None
    ]
    if not dated:
        return None
    width, left, right, row_h, top = 760, 110, 20, 26, 20
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    if (last - first).days < 14:
        first, last = first - timedelta(days=7), last + timedelta(days=7)
    span = (last - first).days or 1
    types = sorted({e["type"] for _, e in dated})
    row = {t: i for i, t in enumerate(types)}

    def x_of(d: date) -> float:
        return round(left + (width - left - right) * (d - first).days / span, 1)

    ticks = []
    step = max(1, span // 6)
    d = first
    while d <= last:
        ticks.append({"x": x_of(d), "label": d.isoformat()})
        d += timedelta(days=step)
    height = top + row_h * len(types) + 30
    points = [
        {
            "x": x_of(d),
            "y": top + row_h * row[e["type"]] + row_h / 2,
            "event": e,
            "label": f"{e['date']} {e['type']}",
        }
        for d, e in dated
    ]
    return {
        "width": width,
        "height": height,
        "left": left,
        "axis_y": height - 24,
        "rows": [{"type": t, "y": top + row_h * i + row_h / 2 + 4} for i, t in enumerate(types)],
        "ticks": ticks,
        "points": points,
        "undated": len(events) - len(dated),
    }


def map_layout(places: list[dict[str, Any]]) -> dict[str, Any]:
    """Event places on an equirectangular world (x = lon + 180, y = 90 - lat)."""
    top = max((p["events"] for p in places), default=1)
    dots = [
        {
            **p,
            "x": round(p["lon"] + 180, 2),
            "y": round(90 - p["lat"], 2),
            "r": round(0.8 + 3.2 * math.sqrt(p["events"] / top), 2),
        }
        for p in places
    ]
    return {"dots": dots}


def highlight_quotes(text: str, quotes: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The article text as paragraphs of segments, quote spans marked, for the template to
    escape piece by piece (never by concatenating HTML)."""
    spans = sorted((q["start"], q["end"], q["id"]) for q in quotes)
    segments: list[dict[str, Any]] = []
    pos = 0
    for start, end, qid in spans:
        if start < pos or end > len(text):
            continue
        if start > pos:
            segments.append({"text": text[pos:start]})
        segments.append({"text": text[start:end], "quote": qid})
        pos = end
    if pos < len(text):
        segments.append({"text": text[pos:]})
    paragraphs: list[list[dict[str, Any]]] = [[]]
    for seg in segments:
        pieces = seg["text"].split("\n\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append({**seg, "text": piece})
    return [p for p in paragraphs if p]


# -- the app ----------------------------------------------------------------------------------


class Snapshot:
    """Reads that cost a scan (story summaries, entity ranking, counts) or much work (a
    dossier), kept until the database changes. While another process writes, each is rebuilt
    at most every `min_interval` seconds (pages may lag that much behind a running ingest);
    this app's own ingest drops them at once. One thread rebuilds a value while the others
    keep serving the previous one. At most `size` values are kept (least recently used go)."""

    def __init__(self, path: str, min_interval: float = 2.0, size: int = 256) -> None:
        self.watch = browse.DataVersion(path)
        self.min_interval = min_interval
        self.size = size
        self.generation = 0
        self.values: OrderedDict[str, tuple[int, float, Any]] = OrderedDict()
        self.locks: dict[str, threading.Lock] = {}
        self.guard = threading.Lock()

    def invalidate(self) -> None:
        with self.guard:
            self.values.clear()

    def get(self, name: str, store: Store, build: Callable[[Store], Any]) -> Any:
        if self.watch.changed():
            self.generation += 1
        with self.guard:
            entry = self.values.get(name)
            if entry is not None:
                self.values.move_to_end(name)
                generation, built_at, value = entry
                if generation == self.generation or time.monotonic() - built_at < self.min_interval:
                    return value
            lock = self.locks.setdefault(name, threading.Lock())
        if not lock.acquire(blocking=entry is None):
            return entry[2]  # another thread is rebuilding it: serve the previous value
        try:
            with self.guard:
                current = self.values.get(name)
            if current is not None and current[0] == self.generation:
                return current[2]
            generation = self.generation
            value = build(store)
            with self.guard:
                self.values[name] = (generation, time.monotonic(), value)
                self.values.move_to_end(name)
                while len(self.values) > self.size:
                    old, _ = self.values.popitem(last=False)
                    self.locks.pop(old, None)
            return value
        finally:
            lock.release()


class _Readers(threading.local):
    stores: dict[str, Store]

    def __init__(self) -> None:
        self.stores = {}


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    max_body: int = MAX_BODY,
    allowed_hosts: list[str] | None = None,
    refresh_interval: float = 2.0,
) -> FastAPI:
    """The app for one database. `token` enables POST /api/articles (bearer auth);
    `allowed_hosts` (host names, any port) refuses other Host headers, against DNS rebinding;
    `refresh_interval` bounds how often cached lists are rebuilt while another process
    writes to the database."""
    db_path = db_path if is_url(str(db_path)) else str(Path(db_path))
    Store(db_path).close()  # create and migrate it once, up front
    readers = _Readers()
    write_lock = threading.Lock()
    snapshot = Snapshot(db_path, min_interval=refresh_interval)

    def reader() -> Store:
        store = readers.stores.get(db_path)
        if store is None:
            store = readers.stores[db_path] = Store(db_path)
        return store

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description=(
            "News articles turned into stories, quotes with speakers, entities and events. "
            "Records have the export contract's shapes (docs/export.md). Lists take `limit` "
            f"(at most {browse.MAX_LIMIT}) and `offset`, and say `total` and `next`."
        ),
        docs_url=None,
        redoc_url=None,
    )
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["safe_href"] = safe_href
    env.filters["marked"] = marked
    env.globals["qs"] = qs
    env.globals["filter_url"] = filter_url
    env.globals["ent_url"] = ent_url
    env.globals["version"] = __version__
    env.globals["entity_types"] = ENTITY_TYPES  # the CLI's `--type` choices: one list

    def page(request: Request, template: str, code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("json_url", None)
        html = env.get_template(template).render(request=request, **context)
        return HTMLResponse(html, status_code=code)

    def twin(request: Request, api_path: str) -> str:
        """The JSON twin of a page: its /api route with the same query."""
        query = request.url.query
        return f"{api_path}?{query}" if query else api_path

    # -- errors ---------------------------------------------------------------------------

    def wants_html(request: Request) -> bool:
        path = request.url.path
        return not (
            path.startswith("/api/")
            or path.startswith("/static/")
            or request.query_params.get("format") == "json"
        )

    def error(request: Request, status: int, message: str, headers=None, extra=None):
        if wants_html(request) and request.method == "GET":
            return page(request, "error.html", status, status=status, message=message)
        body = {"error": message, **(extra or {})}
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error(request, exc.status, exc.message, exc.headers, exc.extra)

    @app.exception_handler(browse.QueryError)
    async def query_error(request: Request, exc: browse.QueryError):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
            message = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            parts.append(f"{where}: {message}")
        return error(request, 400, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        return error(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return JSONResponse({"error": "internal error"}, status_code=500)

    def page_meta(p: browse.Page, request: Request, api_path: str) -> dict[str, Any]:
        params = dict(request.query_params)
        params.pop("format", None)
        nxt = None
        if p.next_offset is not None:
            nxt = qs(api_path, **{**params, "offset": p.next_offset, "limit": p.limit})
        return {"total": p.total, "limit": p.limit, "offset": p.offset, "next": nxt}

    def listing(p: browse.Page, request: Request, api_path: str, **extra: Any) -> dict:
        return {**page_meta(p, request, api_path), **extra, "items": p.items}

    def pager(p: browse.Page, request: Request) -> dict[str, Any]:
        """Previous/next links for an HTML page (same path, other offset)."""
        params = dict(request.query_params)
        path = request.url.path
        prev = nxt = None
        if p.offset > 0:
            prev = qs(path, **{**params, "offset": max(0, p.offset - p.limit) or None})
        if p.next_offset is not None:
            nxt = qs(path, **{**params, "offset": p.next_offset})
        return {
            "prev": prev,
            "next": nxt,
            "first": p.offset + 1 if p.items else 0,
            "last": p.offset + len(p.items),
            "total": p.total,
        }

    def list_routes(
        path: str,
        params: Callable[..., ListQuery],
        summary: str,
        context: PageContext = lambda p, data: {},
    ) -> Callable[[ListRead], ListRead]:
        """Registers a list's route `/api{path}` and its page `{path}` around one read, so the
        page's `?format=json` twin cannot drift from the API. The read's docstring documents
        the API route; the page renders `{name}.html` with the items as `{name}`, a pager, the
        filters and what `context` adds."""
        api_path = "/api" + path
        name = path.strip("/")

        def register(read: ListRead) -> ListRead:
            parsed = Depends(params)

            def answer(request: Request, query: ListQuery) -> tuple[browse.Page, dict[str, Any]]:
                p, extra = read(request, resolved(query))
                return p, listing(p, request, api_path, **extra)

            def api_list(request: Request, query: ListQuery = parsed) -> JSONResponse:
                return JSONResponse(answer(request, query)[1])

            def list_page(request: Request, query: ListQuery = parsed, format: Format = "html"):
                p, data = answer(request, query)
                if format == "json":
                    return JSONResponse(data)
                return page(
                    request,
                    f"{name}.html",
                    **{name: p.items},
                    **context(p, data),
                    pager=pager(p, request),
                    filters=query.filters,
                    json_url=twin(request, api_path),
                )

            api_list.__doc__ = read.__doc__
            app.get(api_path, summary=summary, name=f"api_{name}")(api_list)
            app.get(path, include_in_schema=False, name=f"{name}_page")(list_page)
            return read

        return register

    def resolved(query: ListQuery) -> ListQuery:
        """The query with its `entity` filter as an id (a name reads as on the entity's page)
        and its `outlet` as the stored name (any case): a value that names nothing is a 404,
        never a silently empty list."""
        filters = dict(query.filters)
        if filters.get("entity"):
            filters["entity"] = entity_id(filters["entity"])
        if filters.get("outlet"):
            filters["outlet"] = outlet_name(filters["outlet"])
        return replace(query, filters=filters)

    def outlet_name(name: str) -> str:
        names = snapshot.get("outlet-names", reader(), all_outlets)
        if name in names:
            return name
        names = all_outlets(reader())  # the snapshot may lag a write by another process
        folded = [n for n in names if n.casefold() == name.casefold()]
        if len(folded) != 1:
            raise ApiError(404, f"no outlet named {name!r}")
        return folded[0]

    def all_outlets(store: Store) -> list[str]:
        return browse.outlets(store, limit=10**9)

    def with_outlets(p: browse.Page, data: dict[str, Any]) -> dict[str, Any]:
        return {"outlets": browse.outlets(reader())}

    def quoted_articles(quotes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Title, outlet and date of the articles the quotes are from, by id."""
        return browse.article_meta(reader(), [q["article"] for q in quotes])

    def article_quotes(article_id: str) -> list[dict[str, Any]]:
        return browse.list_quotes(reader(), article=article_id, limit=browse.MAX_LIMIT).items

    # -- health, docs, static -------------------------------------------------------------

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        return JSONResponse({"ok": True})

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        spec = app.openapi()
        routes = []
        for path, methods in spec["paths"].items():
            for method, op in methods.items():
                params = [
                    {
                        "name": p["name"],
                        "where": p["in"],
                        "description": p.get("description", ""),
                        "required": p.get("required", False),
                    }
                    for p in op.get("parameters", [])
                ]
                routes.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "description": op.get("description", ""),
                        "params": params,
                    }
                )
        return page(request, "docs.html", routes=routes, json_url="/openapi.json")

    @app.get("/static/dossier.css", include_in_schema=False)
    def dossier_css() -> PlainTextResponse:
        try:
            from newsgraph.compare.render import dossier_css as css
        except ImportError:
            text = "/* the dossier renderer (newsgraph.compare) is not installed */\n"
        else:
            text = css()
        return PlainTextResponse(text, media_type="text/css")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/stories", status_code=302)

    # -- articles -------------------------------------------------------------------------

    @list_routes(
        "/articles",
        list_query("outlet", "since", "until", "entity", "country"),
        "Articles, newest first",
        with_outlets,
    )
    def articles_data(request: Request, query: ListQuery):
        """Export records of articles; `entity` and `country` keep articles that mention
        that entity, or an entity of that country."""
        return browse.list_articles(reader(), **query.args()), {}

    def article_data(article_id: str) -> dict[str, Any]:
        store = reader()
        full = store.resolve_id(article_id) if re.fullmatch(r"[0-9a-f]{4,16}", article_id) else None
        article = store.get_article(full, with_removals=False) if full else None
        if article is None:
            raise ApiError(404, f"no article with id {article_id!r}")
        events = browse.list_events(store, article=article.id, limit=browse.MAX_LIMIT).items
        return {
            "article": article_record(article),
            "story": store.story_of(article.id),
            "quotes": article_quotes(article.id),
            "events": events,
        }

    @app.get("/api/articles/{article_id}", summary="One article")
    def api_article(article_id: str) -> JSONResponse:
        """The export record of an article (`id` may be an unambiguous prefix), with its
        quotes, events and story id."""
        return JSONResponse(article_data(article_id))

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(request: Request, article_id: str, format: Format = "html"):
        data = article_data(article_id)
        if format == "json":
            return JSONResponse(data)
        a = data["article"]
        return page(
            request,
            "article.html",
            a=a,
            story=data["story"],
            quotes=data["quotes"],
            events=data["events"],
            paragraphs=highlight_quotes(a["text"], data["quotes"]),
            json_url=f"/api/articles/{a['id']}",
        )

    @app.post(
        "/api/articles", summary="Ingest an article (needs the bearer token)", status_code=201
    )
    async def api_ingest(
        request: Request,
        url: Annotated[str | None, Query(max_length=2000)] = None,
        title: Annotated[str | None, Query(max_length=1000)] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        published: Annotated[str | None, Query(max_length=40)] = None,
        byline: Annotated[str | None, Query(max_length=500)] = None,
    ) -> JSONResponse:
        """Runs the normal pipeline on one article: a JSON object like a JSON Lines record
        (`text` or `html`, and `url`, `title`, `outlet`, `published`, …), or an HTML page
        (Content-Type text/html) or plain text (text/plain) with metadata in the query.
        `Authorization: Bearer TOKEN` is required; bodies over 5 MB get 413."""
        check_token(request)
        body = await read_body(request)
        item = raw_item(request, body, url, title, outlet, published, byline)
        status, data = await run_in_threadpool(ingest_one, item)
        return JSONResponse(data, status_code=status)

    def check_token(request: Request) -> None:
        if not token:
            raise ApiError(
                403,
                "ingest over the API is disabled: start the server with --token "
                "(or NEWSGRAPH_TOKEN) to allow it",
            )
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode(), token.encode()
        ):
            raise ApiError(
                401,
                "missing or wrong bearer token (Authorization: Bearer TOKEN)",
                {"WWW-Authenticate": "Bearer"},
            )

    async def read_body(request: Request) -> bytes:
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise ApiError(413, f"request body larger than {max_body} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def raw_item(request, body, url, title, outlet, published, byline) -> RawItem:
        from newsgraph.ingest.files import document
        from newsgraph.ingest.jsonl import record_item
        from newsgraph.ingest.options import IngestOptions

        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        given = {
            "url": url,
            "title": title,
            "outlet": outlet,
            "published": published,
            "byline": byline,
        }
        given = {k: v for k, v in given.items() if v}
        if ctype in ("application/json", ""):
            try:
                obj = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
                raise ApiError(400, f"invalid JSON: {e}") from e
            if isinstance(obj, dict):
                obj = {**given, **obj}
            item = record_item(obj, "api", 1, "body", "api")
            if isinstance(item, RawItem):  # one source name for every body type, as for HTML
                item = replace(item, source="api")
        elif ctype in ("text/html", "application/xhtml+xml", "text/plain"):
            kind = "text" if ctype == "text/plain" else "html"
            item = document("api", body, kind, IngestOptions(max_bytes=max_body), "api")
            if isinstance(item, RawItem):
                item = replace(item, fields=given)
        else:
            raise ApiError(415, f"unsupported Content-Type {ctype!r}: use JSON, HTML or text")
        if isinstance(item, IngestFailure):
            raise ApiError(422, f"not an article: {item.reason}")
        return item

    def ingest_one(item: RawItem) -> tuple[int, dict[str, Any]]:
        from newsgraph.pipeline import group_stored, ingest

        with write_lock, Store(db_path) as store:
            summary = ingest(store, [item])
            if summary.failures:
                raise ApiError(422, f"not an article: {summary.failures[0].reason}")
            group_stored(store, summary)
            # the stored id: a verbatim copy from another outlet has an id of its own
            article_id = summary.article_ids[0] if summary.article_ids else item.id
            article = store.get_article(article_id, with_removals=False)
            story_id = store.story_of(article_id)
        snapshot.invalidate()
        data = {
            "ingested": summary.ingested,
            "duplicate": summary.duplicates > 0,
            "warnings": [w.reason for w in summary.analysis_errors],
            "article": article_record(article) if article else None,
            "story": story_id,
            "url": f"/articles/{article_id}",
        }
        return (201 if summary.ingested else 200), data

    # -- stories --------------------------------------------------------------------------

    def by_size(store: Store) -> list[browse.StorySummary]:
        return browse.by_size(snapshot.get("stories", store, browse.story_summaries))

    @list_routes(
        "/stories",
        list_query("outlet", "since", "until", "entity", "sort"),
        "Stories, latest first",
        with_outlets,
    )
    def stories_data(request: Request, query: ListQuery):
        """Story records (id, title, articles, wire_copies) with `size`, `outlets` and first
        and last publication dates; filters keep stories with a matching article."""
        size = query.filters["sort"] == "size"
        summaries = snapshot.get(
            "stories_by_size" if size else "stories",
            reader(),
            by_size if size else browse.story_summaries,
        )
        return browse.list_stories(reader(), **query.args(), summaries=summaries), {}

    def story_record(story_id: str) -> dict[str, Any]:
        """The story record; `story_id` may be an unambiguous prefix or an article id in it,
        as for `newsgraph dossier`."""
        store = reader()
        full = store.resolve_story_id(story_id)
        record = browse.story(store, full) if full else None
        if record is None:
            raise ApiError(404, f"no story with id {story_id!r}")
        return record

    @app.get("/api/stories/{story_id}", summary="One story")
    def api_story(story_id: str) -> JSONResponse:
        """The story record with its summary and its articles' metadata."""
        record = story_record(story_id)
        meta = browse.article_meta(reader(), record["articles"])
        return JSONResponse({**record, "article_meta": meta})

    @app.get("/api/stories/{story_id}/dossier", summary="A story's dossier")
    def api_dossier(story_id: str) -> JSONResponse:
        """The comparison of how each outlet covered the story (newsgraph.compare)."""
        return JSONResponse(dossier_data(story_id))

    def dossier_data(story_id: str) -> dict[str, Any]:
        story_id = story_record(story_id)["id"]  # 404 before anything else; a prefix resolved
        try:
            from newsgraph.compare import build_dossier
        except ImportError as e:
            raise ApiError(501, "the dossier (newsgraph.compare) is not available") from e
        # Building one reads and aligns every article of the story: keep it until a write.
        return snapshot.get(
            f"dossier:{story_id}", reader(), lambda store: build_dossier(store, story_id)
        )

    def dossier_html(story_id: str) -> Markup | None:
        try:
            from newsgraph.compare.render import render_html
        except ImportError:
            return None
        story_id = story_record(story_id)["id"]
        dossier = dossier_data(story_id)
        return snapshot.get(
            f"dossier-html:{story_id}",
            reader(),
            lambda _: Markup(render_html(dossier, standalone=False)),
        )

    @app.get("/stories/{story_id}", include_in_schema=False)
    def story_page(request: Request, story_id: str, format: Format = "html"):
        record = story_record(story_id)
        story_id = record["id"]
        if format == "json":
            return JSONResponse(dossier_data(story_id))
        try:
            fragment = dossier_html(story_id)
        except ApiError:
            fragment = None
        store = reader()
        articles = browse.article_meta(store, record["articles"])
        ordered = sorted(
            articles.values(),
            key=lambda a: (a["published"] is None, browse.instant(a["published"]), a["id"]),
        )
        quotes = None
        if fragment is None:
            quotes = []
            for aid in record["articles"][:50]:
                quotes += article_quotes(aid)
        return page(
            request,
            "story.html",
            story=record,
            articles=ordered,
            articles_by_id=articles,
            dossier=fragment,
            quotes=quotes,
            json_url=f"/stories/{story_id}?format=json" if fragment else f"/api/stories/{story_id}",
        )

    # -- quotes ---------------------------------------------------------------------------

    @list_routes(
        "/quotes",
        list_query("speaker", "q", "kind", "entity", "outlet", "since", "until", "country"),
        "Quotes with speakers",
        lambda p, data: {"articles": data["articles"]},
    )
    def quotes_data(request: Request, query: ListQuery):
        """Attributed quotes, newest article first: `speaker` (an entity id, part of a
        name, or a description such as `the spokeswoman`: `browse.speaker_condition`, as the
        CLI reads it) and `q` (full text of the quote) answer "everything X said about Y".
        `country` is the speaker's; `articles` gives each quote's article title, outlet and
        date."""
        args = query.args()
        args["query"] = args.pop("q")
        p = browse.list_quotes(
            reader(),
            **args,
            names=snapshot.get("speakers", reader(), browse.speaker_names)
            if args["speaker"]
            else None,
            total=snapshot.get("quote_total", reader(), browse.count_quotes),
        )
        return p, {"articles": quoted_articles(p.items)}

    # -- entities -------------------------------------------------------------------------

    @list_routes(
        "/entities",
        list_query("type", "country", "name", type=EType),
        "Entities, in most articles first",
    )
    def entities_data(request: Request, query: ListQuery):
        """Entities (id, name, type, country, lat, lon) with `articles`, how many mention
        them; /api/entities/{id} gives the full record (aliases, roles, mentions)."""
        ranking = snapshot.get("entities", reader(), browse.entity_ranking)
        return browse.list_entities(reader(), **query.args(), ranking=ranking), {}

    def entity_id(key: str) -> str:
        """The id of the one entity `key` names (id, name or alias), as `show entity` looks it
        up: a 409 listing the candidates when several fit, a 404 when none does."""
        found = reader().find_entities(key)
        if len(found) > 1:
            # a disambiguation, as `newsgraph show entity` gives: 409 with the candidates,
            # not cached (a later ingest can make the name one entity's)
            raise ApiError(
                409,
                browse.ambiguous_entity(key, found),
                headers={"Cache-Control": "no-store"},
                extra={
                    "candidates": [
                        {"id": k, "name": n, "type": t, "url": "/api" + ent_url(k)}
                        for k, n, t in found
                    ]
                },
            )
        if not found:
            raise ApiError(404, f"no entity with id {key!r}")
        return found[0][0]

    def entity_data(key: str, with_mentions: bool = True) -> dict[str, Any]:
        record = browse.entity(reader(), entity_id(key), with_mentions=with_mentions)
        if record is None:
            raise ApiError(404, f"no entity with id {key!r}")
        return record

    @app.get("/api/entities/{key:path}", summary="One entity")
    def api_entity(key: str) -> JSONResponse:
        """The entity's export record with every mention (`key` may also be a name or an alias
        that fits one entity)."""
        return JSONResponse(entity_data(key))

    @app.get("/entities/{key:path}", include_in_schema=False)
    def entity_page(request: Request, key: str, format: Format = "html"):
        if format == "json":
            return JSONResponse(entity_data(key))
        record = entity_data(key, with_mentions=False)
        store = reader()
        key = record["id"]
        graph = browse.cooccurring(store, key)
        events = browse.entity_events(store, key)
        said = browse.list_quotes(store, entity=key, limit=20)
        arts = browse.list_articles(store, entity=key, limit=20)
        return page(
            request,
            "entity.html",
            e=record,
            graph=graph_layout(record, graph),
            graph_data=graph,
            timeline=timeline_layout(events),
            events=events,
            quotes=said,
            quote_articles=quoted_articles(said.items),
            articles=arts,
            json_url="/api" + ent_url(key),
        )

    # -- events ---------------------------------------------------------------------------

    @list_routes(
        "/events",
        list_query("type", "since", "until", "entity", "country", "outlet", type=EventType),
        "Events, latest first",
        lambda p, data: {"map": map_layout(data["places"]), "places": data["places"]},
    )
    def events_data(request: Request, query: ListQuery):
        """Event records (who did what to whom, where, when); `places` counts the events of
        the whole result at each place with coordinates (what the map shows)."""
        p = browse.list_events(reader(), **query.args())
        add_event_groups_from(reader(), p.items)  # the export's `event_group`
        if any(query.filters.values()):
            places = browse.event_places(reader(), **query.filters)
        else:
            places = snapshot.get("places", reader(), browse.event_places)
        return p, {"places": places}

    # -- search ---------------------------------------------------------------------------

    def search_data(request, q, limit, offset):
        store = reader()
        arts = browse.search_articles(store, q, limit=limit, offset=offset)
        for a in arts.items:
            a["snippet"] = plain_snippet(a["snippet"])
        quotes = browse.list_quotes(store, query=q, limit=limit, offset=offset)
        return (
            arts,
            quotes,
            {
                "query": q,
                "articles": listing(arts, request, "/api/search"),
                "quotes": listing(
                    quotes, request, "/api/search", articles=quoted_articles(quotes.items)
                ),
            },
        )

    @app.get("/api/search", summary="Full-text search over articles and quotes")
    def api_search(request: Request, q: Q, limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
        """Articles (best first, with a `snippet`, matches in [brackets]) and quotes (newest
        first) matching the query; each list pages on its own with the same limit/offset."""
        return JSONResponse(search_data(request, q, limit, offset)[2])

    @app.get("/search", include_in_schema=False)
    def search_page(
        request: Request,
        q: Annotated[str | None, Query(max_length=browse.MAX_QUERY_CHARS)] = None,
        limit: Limit = 20,
        offset: Offset = 0,
        format: Format = "html",
    ):
        if not q:
            if format == "json":
                raise ApiError(400, "q: give a search query")
            return page(request, "search.html", q=None, json_url=None)
        arts, quotes, data = search_data(request, q, limit, offset)
        if format == "json":
            return JSONResponse(data)
        return page(
            request,
            "search.html",
            q=q,
            articles=arts.items,
            quotes=quotes.items,
            quote_articles=data["quotes"]["articles"],
            articles_pager=pager(arts, request),
            quotes_pager=pager(quotes, request),
            json_url=twin(request, "/api/search"),
        )

    app.state.snapshot = snapshot
    app.add_middleware(_Guard, max_body=max_body, allowed_hosts=allowed_hosts)
    return app


class _Guard:
    """ASGI middleware: security headers on every response, the body cap by Content-Length,
    and (when configured) only the expected Host names, against DNS rebinding."""

    def __init__(
        self, app: Callable, max_body: int = MAX_BODY, allowed_hosts: list[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])

        async def send_secured(message: dict) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in h:
                        h[name] = value
                if scope["path"].startswith("/static/"):
                    h["cache-control"] = "public, max-age=3600"
            await send(message)

        if self.allowed is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.allowed:
                await _json(send_secured, 400, f"unexpected Host header {host!r}")
                return
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                await _json(send_secured, 400, "bad Content-Length")
                return
            if too_big:
                await _json(send_secured, 413, f"request body larger than {self.max_body} bytes")
                return
        await self.app(scope, receive, send_secured)


async def _json(send: Callable, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
