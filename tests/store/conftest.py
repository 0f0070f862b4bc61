"""A throwaway PostgreSQL server on loopback for the store's PostgreSQL tests.

`pg_server` (one per test session) runs Debian's server binaries (`initdb`, `pg_ctl`) on a
temporary data folder, on 127.0.0.1 and a free port; as root it runs them as the `postgres`
user (the server refuses root). `pg_url` gives each test a fresh, empty database on it.
Set NEWSGRAPH_TEST_PG_URL (`postgresql://user@host:port/db`, a role that may create
databases) to use a running server instead. Tests skip, saying why, when neither can be had:
.ci/run installs the `postgresql` package; the driver comes with `newsgraph[postgres]`.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from pgserver import Server, server_bin


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server's maintenance database, for creating test databases."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: pip install 'newsgraph[postgres]'")
    given = os.environ.get("NEWSGRAPH_TEST_PG_URL")
    if given:
        yield given
        return
    bindir = server_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server not installed (no initdb/pg_ctl): apt-get install postgresql, "
            "or set NEWSGRAPH_TEST_PG_URL"
        )
    try:
        server = Server(bindir)
    except RuntimeError as e:
        pytest.skip(f"cannot run a PostgreSQL server here: {e}")
    try:
        server.start()
    except (RuntimeError, subprocess.SubprocessError, OSError) as e:
        server.stop()
        detail = getattr(e, "stderr", None) or e
        pytest.skip(f"PostgreSQL server did not start: {str(detail).strip()[:300]}")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty database on the test server (dropped afterwards), as a URL."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    name = f"newsgraph_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    params = conninfo_to_dict(pg_server)
    params["dbname"] = name
    user = params.get("user", "")
    host, port = params.get("host", "127.0.0.1"), params.get("port", "5432")
    secret = f":{params['password']}" if params.get("password") else ""
    try:
        yield f"postgresql://{user}{secret}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def either_engine(request, tmp_path) -> str:
    """A store target on each engine in turn: a new SQLite file, then a new PostgreSQL
    database (skipped, saying why, when no server can be had)."""
    if request.param == "sqlite":
        return str(tmp_path / "n.db")
    return request.getfixturevalue("pg_url")
