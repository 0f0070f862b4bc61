from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


def analysed_db(tmp: Path, corpus: Path) -> Path:
    """A database built the way a user builds one: `newsgraph analyze CORPUS`."""
    db = tmp / "newsgraph.db"
    result = CliRunner().invoke(
        main, ["analyze", str(corpus), "--out", str(tmp / "out"), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_db(tmp_path_factory.mktemp("corpus"), REPO / "examples" / "corpus")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip(f"shared data not available: {seeds} (set NEWSGRAPH_SHARED)")
    return analysed_db(tmp_path_factory.mktemp("seeds"), seeds)
