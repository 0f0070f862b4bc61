"""Helper for the claim-splitting tests: one article's text as the dossier's claim texts."""

from __future__ import annotations

from newsgraph.compare.claims import split


def claim_texts(text: str) -> list[str]:
    """The claims `split` reads in `text`, told as one article of a report of its own."""
    return [s.text for s in split([{"id": "a", "text": text}], {"a": "a"})]
