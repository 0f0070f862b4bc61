"""Helpers for the web tests (a module of its own: `conftest` names clash across folders)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from newsgraph.group.run import group_new
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.pipeline import ingest
from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"
TOKEN = "test-token-0123456789"


def build_db(path: Path) -> Path:
    """Ingest examples/corpus the way `newsgraph ingest` does (analysis and stories)."""
    with Store(path) as store:
        summary = ingest(store, iter_inputs([str(CORPUS)], IngestOptions()))
        assert not summary.failures, summary.failures
        group_new(store, summary.article_ids)
    return path


class Api:
    """A synchronous face on httpx.AsyncClient over the ASGI transport (the app in process)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(go())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn serving an app on 127.0.0.1 in a thread, for the browser."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
