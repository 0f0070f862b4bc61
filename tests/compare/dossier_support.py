"""An invented article as the dossier reads it (a StoryBundle row), shared by the claim,
conflict, contrast and review tests."""

from __future__ import annotations

from typing import Any


def article(aid: str, outlet: str, text: str) -> dict[str, Any]:
    """Article `aid * 16` from `outlet`, published on one fixed day, with nothing else known."""
    return {
        "id": aid * 16,
        "outlet": outlet,
        "title": f"{outlet} report",
        "byline": None,
        "published": "2025-06-02",
        "url": None,
        "metadata": {},
        "text": text,
    }
