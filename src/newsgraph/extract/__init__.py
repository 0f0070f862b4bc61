"""Extract stage: a raw input becomes clean text plus metadata.

HTML goes to trafilatura; pre-scraped text to our own cleaner (no library cleans text that has
already lost its markup). Both return an `Extraction` whose `text` every later span indexes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.extract.genre import ALERT_LABEL
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
        alert = _headline_only(text, extraction)
        if alert is None:
            raise NoTextFound("no article text left after removing page furniture")
        return alert
    return extraction


def _headline_only(text: str, extraction: Extraction) -> Extraction | None:
    """A report whose whole text is one wire alert line (`BREAKING: Quake strikes …`) that the
    cleaner removed as a teaser: the labelled line is the report, not furniture. Any other lone
    line (a paywall prompt, `Page not found`, a contents heading, a bare headline, a menu) still
    leaves no article: nothing in one line tells it from furniture."""
    lines = [line for line in text.splitlines() if line.strip()]
    removed = [r for r in extraction.removals if r.text.strip()]
    if len(lines) != 1 or not removed or any(r.reason != "teaser" for r in removed):
        return None
    line = lines[0].strip()
    if len(line.split()) < _ALERT_WORDS or _menu(line):
        return None
    if not ALERT_LABEL.match(line):
        return None
    return replace(
        extraction,
        text=line,
        title=extraction.title or line,
        removals=[r for r in extraction.removals if r not in removed],
    )


#: The fewest words of a headline-only report (`Breaking news`, `Live` are labels, not reports).
_ALERT_WORDS = 4


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
