"""Shared helper for the entity tests: each entity's canonical name and type in a text."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities


def entity_types(nlp, text: str) -> dict[str, str]:
    """Each extracted entity's name mapped to its type."""
    return {e.name: e.type for e in extract_entities(nlp(text))}
