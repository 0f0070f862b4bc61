"""Fixtures for the CLI tests: most start from a few JSON Lines articles ingested into a new db."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main


@pytest.fixture(scope="session")
def ingest_articles(tmp_path_factory) -> Callable[..., str]:
    """Write `articles` as one JSON Lines file, ingest it with the CLI, return the db's path.

    `folder` (a test's `tmp_path`) keeps the files beside the test's own; otherwise a new
    temporary folder named `name` is made, so module-scoped fixtures can use it too."""

    def make(articles: list[dict], name: str = "jsonl", folder: Path | None = None) -> str:
        folder = folder or tmp_path_factory.mktemp(name)
        src = folder / "a.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
        path = str(folder / "n.db")
        result = CliRunner().invoke(
            main, ["ingest", str(src), "--db", path], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        return path

    return make
