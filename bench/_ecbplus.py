"""The ECB+ topic halves shared by the benches that read ECB+: the odd-numbered topics are the
tuning half, the even-numbered ones are held out (run by the lead only). One definition, so
that every bench tunes on the same topics."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

HALVES = ("odd", "even")


def in_half(topic: int | str, half: str) -> bool:
    """Whether ECB+ topic number `topic` (`"36"` or 36) is in `half` ("odd" or "even")."""
    if half not in HALVES:
        raise ValueError(f"ECB+ half must be one of {', '.join(HALVES)}, not {half!r}")
    return int(topic) % 2 == (1 if half == "odd" else 0)


def topic_of_id(doc_id: str) -> str:
    """The topic number of an ECB+ document id (`36_4ecbplus` -> `36`)."""
    return doc_id.split("_", 1)[0]


def half_rows(rows: Iterable[dict[str, Any]], half: str) -> list[dict[str, Any]]:
    """The ECB+ records (each with a `topic`) of the topics in `half`, in their order."""
    return [r for r in rows if in_half(r["topic"], half)]
