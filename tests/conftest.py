"""Shared fixtures. Data sets live in ../shared (read-only) and are never copied into the repo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or skip the test with the reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not available: {p} (set NEWSGRAPH_SHARED)")
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")
