"""`newsgraph serve` on a port it cannot listen on (one in use) refuses as its other
refusals do: one `Error:` line, exit code 2, before it says it serves and before it makes a
database; not uvicorn's log lines after `serving …` and exit code 3."""

from __future__ import annotations

import socket

from click.testing import CliRunner

from newsgraph.web.cli import serve


def test_a_port_in_use_is_one_error_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            serve, ["--db", str(tmp_path / "n.db"), "--port", str(port)], catch_exceptions=False
        )
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot listen on 127.0.0.1 port {port}")
    assert not (tmp_path / "n.db").exists()
