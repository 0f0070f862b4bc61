"""HTML pages: trafilatura finds the main text and metadata (htmldate finds the date).

trafilatura is the best-measured open extractor for news pages (see docs/benchmarks.md), so we
use it rather than our own DOM heuristics, and only normalise what it returns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.records import Extraction


class NoTextFound(ValueError):
    """The page has no main text an extractor could find (empty, script-only, not an article)."""


@lru_cache(maxsize=1)
def _config():  # type: ignore[no-untyped-def]
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's timeout uses SIGALRM, which only works in the main thread; we run in workers.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


_BLANKS = re.compile(r"\n{2,}")


def extract_html(content: bytes | str, url: str | None = None) -> Extraction:
    """Main text of an HTML page, paragraphs separated by blank lines, with its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        content,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        config=_config(),
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise NoTextFound("no article text found in the HTML page")
    # trafilatura separates blocks with one newline; the rest of newsgraph uses blank lines.
    text = _BLANKS.sub("\n", text).replace("\n", "\n\n")
    return Extraction(
        text=text,
        title=_clean(doc.title),
        published=_clean(doc.date),
        byline=_clean(doc.author),
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
        extractor="trafilatura",
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
