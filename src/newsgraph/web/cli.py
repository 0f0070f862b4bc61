"""`newsgraph serve`: the web app and HTTP API on this machine, with uvicorn.

A standalone click command that `newsgraph.cli` registers (`main.add_command(serve)`), kept
apart so the CLI does not import FastAPI until it is asked to serve.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import click

from newsgraph.store.dialect import is_url

DEFAULT_DB = "newsgraph.db"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


class ServeError(click.ClickException):
    """A server that cannot start: one line on stderr (`Error: …`, as every command's
    one-line errors), exit code 2 like a usage error."""

    exit_code = 2


def check_port(host: str, port: int) -> None:
    """Raise ServeError when `host` `port` cannot be listened on (a port in use, an address
    not this machine's): uvicorn would first say it serves, then log the failure over several
    lines and exit 3."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM
        )[0]
    except (socket.gaierror, UnicodeError) as e:
        raise ServeError(f"cannot listen on {host}: {e}") from e
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            s.bind(address)
        except OSError as e:
            raise ServeError(f"cannot listen on {host} port {port}: {e.strerror}") from e


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the server on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve", context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=lambda: os.environ.get("NEWSGRAPH_DB", DEFAULT_DB),
    show_default=f"$NEWSGRAPH_DB or {DEFAULT_DB}",
    help="Database: a SQLite file (created if missing) or a postgresql:// URL.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    default=lambda: os.environ.get("NEWSGRAPH_TOKEN") or None,
    show_default="$NEWSGRAPH_TOKEN",
    help="Bearer token that allows POST /api/articles (prefer the variable: options show in ps).",
)
@click.option("--access-log/--no-access-log", default=True, help="Log every request.")
def serve(db_path: str, host: str, port: int, token: str | None, access_log: bool) -> None:
    """Serve the web app and HTTP API (pages at /, API at /api, reference at /docs).

    Reads are open to whoever can reach the address; ingesting over the API needs the token.
    A host other than loopback is refused without a token.
    """
    import uvicorn

    from newsgraph.store import StoreError
    from newsgraph.web.app import create_app

    token = token or None
    loopback = is_loopback(host)
    if not loopback and token is None:
        raise ServeError(
            f"refusing to listen on {host} (not loopback) without a token: "
            "set NEWSGRAPH_TOKEN or --token, or use --host 127.0.0.1"
        )
    check_port(host, port)
    if not is_url(db_path) and not Path(db_path).exists():
        click.echo(f"note: {db_path} does not exist; starting with an empty database", err=True)
    try:
        app = create_app(
            db_path, token, allowed_hosts=list(LOOPBACK_NAMES) + [host] if loopback else None
        )
    except StoreError as e:
        raise ServeError(str(e)) from e
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"newsgraph: serving {db_path} on http://{shown}:{port}/ "
        f"(ingest over the API {'enabled' if token else 'disabled: no token'})",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, access_log=access_log, log_level="info")


if __name__ == "__main__":  # pragma: no cover
    serve()
