"""`newsgraph serve`: loopback by default; any other address only with a token."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsgraph.web.cli import is_loopback, serve


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_refuses_a_public_address_without_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "n.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: refusing to listen on 0.0.0.0")
    assert not (tmp_path / "n.db").exists()


def test_starts_uvicorn_with_the_app(tmp_path, monkeypatch):
    calls = {}

    def fake_run(app, **kwargs):
        calls["app"], calls["kwargs"] = app, kwargs

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret")
    result = CliRunner().invoke(
        serve, ["--db", str(tmp_path / "n.db"), "--host", "0.0.0.0", "--port", "8123"]
    )
    assert result.exit_code == 0, result.output
    assert calls["kwargs"]["host"] == "0.0.0.0" and calls["kwargs"]["port"] == 8123
    assert "ingest over the API enabled" in result.output
    assert (tmp_path / "n.db").exists()
