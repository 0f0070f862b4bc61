"""A throwaway PostgreSQL server on loopback for the store's PostgreSQL tests.

`pg_server` (one per test session) runs Debian's server binaries (`initdb`, `pg_ctl`) on a
temporary data folder, on 127.0.0.1 and a free port; as root it runs them as the `postgres`
user (the server refuses root). `pg_url` gives each test a fresh, empty database on it.
Set NEWSGRAPH_TEST_PG_URL (`postgresql://user@host:port/db`, a role that may create
databases) to use a running server instead. Tests skip, saying why, when neither can be had:
.ci/run installs the `postgresql` package; the driver comes with `newsgraph[postgres]`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SUPERUSER = "newsgraph"


def _server_bin() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's newest versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    """One postgres process on a temporary data folder; `stop()` removes the folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.prefix: list[str] = []
        self.root = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise RuntimeError("running as root and runuser is missing")
            try:
                shutil.chown(self.root, user="postgres")
            except LookupError as e:
                raise RuntimeError("running as root and there is no postgres user") from e
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0

    def run(self, *args: str) -> None:
        subprocess.run(
            [*self.prefix, str(self.bindir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def start(self) -> None:
        self.run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--no-locale", "--no-sync",
        )  # fmt: skip
        last: Exception | None = None
        for _ in range(3):  # a free port can be taken before the server binds it
            self.port = _free_port()
            # Loopback TCP only; the socket in the data folder (not /var/run); no fsync: a test.
            options = f"-h 127.0.0.1 -p {self.port} -k {self.data} -F"
            try:
                self.run(
                    "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log),
                    "-o", options,
                )  # fmt: skip
                return
            except subprocess.CalledProcessError as e:
                last = e
        raise RuntimeError(f"server did not start: {last}; log: {self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return " | ".join(self.log.read_text().splitlines()[-5:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.run("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data))
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"


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
    bindir = _server_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server not installed (no initdb/pg_ctl): apt-get install postgresql, "
            "or set NEWSGRAPH_TEST_PG_URL"
        )
    try:
        server = _Server(bindir)
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
