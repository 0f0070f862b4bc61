"""Extract stage: a raw input becomes clean text plus metadata.

HTML goes to trafilatura; pre-scraped text to our own cleaner (no library cleans text that has
already lost its markup). Both return an `Extraction` whose `text` every later span indexes.
"""

from __future__ import annotations

import re

from newsgraph.extract.html import NoTextFound, extract_html
from newsgraph.extract.language import detect_language
from newsgraph.extract.textclean import clean_text
from newsgraph.records import Extraction, RawItem


def extract(raw: RawItem) -> Extraction:
    """Clean text and metadata of one input; raises `NoTextFound` when there is no body."""
    if raw.kind == "html":
        extraction = extract_html(
            raw.content, url=raw.fields.get("url"), title=raw.fields.get("title")
        )
        # what the extractor kept may be the page's navigation only (a navigation-only page
        # gives "Home"): refused when the furniture rules of pre-scraped text remove all of it
        # and every line they remove is navigation or a menu; a short article they would remove
        # for another reason ("Breaking: Ferry pier closed", a teaser's shape) stays
        if len(extraction.text) <= FURNITURE_CHECK and _navigation_only(extraction.text):
            raise NoTextFound("no article text left after removing page furniture")
        return extraction
    text = raw.content.decode("utf-8-sig")
    # A JSON record or feed entry declares its text to be the article: only the explicit
    # furniture rules apply. So do they for languages the English prose scorer misjudges.
    declared = raw.container in ("json", "jsonl", "feed")
    extraction = clean_text(
        text,
        select_body=not declared and detect_language(text) == "en",
        title=raw.fields.get("title") if declared else None,
    )
    if not extraction.text.strip():
        raise NoTextFound("no article text left after removing page furniture")
    return extraction


#: HTML text this short is checked for text the furniture rules keep (longer text always has)
FURNITURE_CHECK = 2000


def _navigation_only(text: str) -> bool:
    """Whether the cleaner keeps nothing of `text` and every line it removes is navigation
    ("Home", "Skip to content") or a menu ("Home | World | Sport")."""
    got = clean_text(text, select_body=False)
    if got.text.strip():
        return False
    removed = [r for r in got.removals if r.text.strip()]
    return bool(removed) and all(r.reason == "navigation" or _menu(r.text) for r in removed)


def _menu(line: str) -> bool:
    """A line of two or more short labels between separators ("Home | World | Sport")."""
    items = [i for i in _MENU_SEPARATOR.split(line.strip()) if i]
    return len(items) >= 2 and all(
        len(i.split()) <= 3 and not re.search(r"[.!?:,;]", i) for i in items
    )


_MENU_SEPARATOR = re.compile(r"\s*[|•·⋅/]\s*")


__all__ = ["NoTextFound", "extract", "extract_html", "clean_text"]
