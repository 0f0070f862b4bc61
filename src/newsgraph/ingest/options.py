"""Settings shared by every ingest reader, kept in one frozen object so a run is reproducible."""

from __future__ import annotations

from dataclasses import dataclass

#: How the failure reasons name the command-line switches a user can reach for.
HINT_ENCODING = "--encoding"
HINT_PRIVATE = "--allow-private"
HINT_ROBOTS = "--ignore-robots"

#: A container that must be parsed whole (a .json array, a feed, stdin) may hold many articles,
#: so it gets this many times the per-item cap before it is refused.
CONTAINER_FACTOR = 20


@dataclass(frozen=True)
class IngestOptions:
    """Limits and switches for reading inputs; the defaults are the safe ones."""

    max_bytes: int = 10_000_000  # per item (file, record, download); larger -> failure
    allow_private: bool = False  # URLs to private/loopback/link-local addresses refused unless True
    timeout: float = 20.0  # seconds, per URL request (also the whole-download deadline)
    max_redirects: int = 5
    user_agent: str = "newsgraph/0.1 (+https://github.com/newsgraph)"
    encoding: str | None = None  # force a text encoding for .txt input; default UTF-8 (BOM ok)
    respect_robots: bool = True

    @property
    def container_bytes(self) -> int:
        """Cap for inputs that must be loaded whole although they hold many items."""
        return self.max_bytes * CONTAINER_FACTOR
