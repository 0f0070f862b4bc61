"""A throwaway PostgreSQL server on loopback, for the store's tests and bench/store_write.py.

Runs Debian's server binaries (`initdb`, `pg_ctl`) on a temporary data folder, on 127.0.0.1 and a
free port; as root it runs them as the `postgres` user (the server refuses root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "newsgraph"


def server_bin() -> Path | None:
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


class Server:
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
