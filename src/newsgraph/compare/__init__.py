"""Compare stage: how each outlet covered one story (the dossier).

`build_dossier(store, story_id)` reads the story once and returns the JSON dossier documented
in docs/export.md; `render` turns it into Markdown or a self-contained HTML page.
"""

from __future__ import annotations

from typing import Any

from newsgraph.compare.bundle import StoryBundle, StoryNotFound, load_bundle, resolve_story
from newsgraph.compare.dossier import DOSSIER_VERSION, assemble
from newsgraph.store import Store

__all__ = ["DOSSIER_VERSION", "StoryBundle", "StoryNotFound", "build_dossier", "resolve_story"]


def build_dossier(store: Store, story_id: str) -> dict[str, Any]:
    """The dossier of one story (an id, an id prefix or an article id in it)."""
    return assemble(load_bundle(store, resolve_story(store, story_id)))
