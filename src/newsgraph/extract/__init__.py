"""Extract stage: a raw input becomes clean text plus metadata.

HTML goes to trafilatura; pre-scraped text to our own cleaner (no library cleans text that has
already lost its markup). Both return an `Extraction` whose `text` every later span indexes.
"""

from __future__ import annotations

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
        # what the extractor kept may be the page's furniture only (a navigation-only page
        # gives "Home"): the furniture rules of pre-scraped text decide, as they do for text
        if len(extraction.text) <= FURNITURE_CHECK and not _kept_text(extraction.text):
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


def _kept_text(text: str) -> bool:
    return bool(clean_text(text, select_body=False).text.strip())


__all__ = ["NoTextFound", "extract", "extract_html", "clean_text"]
