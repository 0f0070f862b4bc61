"""Fixtures for the web app: the example corpus analysed once, the app in process (httpx's
ASGI transport), and a real uvicorn server on loopback for the browser tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import Api, Server, build_db

from newsgraph.web import create_app


@pytest.fixture(scope="session")
def corpus_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The analysed corpus (spaCy runs once per session); copy it before writing to it."""
    return build_db(tmp_path_factory.mktemp("web") / "corpus.db")


@pytest.fixture
def fresh_db(corpus_db_file: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus database, for tests that ingest."""
    copy = tmp_path / "copy.db"
    shutil.copy(corpus_db_file, copy)
    return copy


@pytest.fixture
def make_api():
    """Api(create_app(db, **options)) for tests that need their own app."""
    return lambda db, **options: Api(create_app(db, **options))


@pytest.fixture(scope="module")
def api(corpus_db_file: Path) -> Api:
    """Read-only API over the corpus (no token: POST is refused)."""
    return Api(create_app(corpus_db_file))


@pytest.fixture(scope="module")
def live_server(corpus_db_file: Path) -> Iterator[Server]:
    with Server(create_app(corpus_db_file)) as server:
        yield server
