"""HTML pages: trafilatura finds the main text and metadata (htmldate finds the date).

trafilatura is the best-measured open extractor for news pages (see docs/benchmarks.md), so we
use it rather than our own DOM heuristics, and only normalise what it returns.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import lru_cache

from newsgraph.extract.credits import RIGHTS_NOTICE
from newsgraph.records import Extraction, Removal


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


BYLINE_PARAS = 3  # a "By X" paragraph among the page text's first three is its byline


def _trim(text: str, title: str | None) -> str:
    """Drop closing rights notices (`Copyright 2025 X. Republished with permission.`: the
    page's furniture, wherever the extractor kept it), and a first paragraph that repeats the
    headline."""
    from newsgraph.extract.textclean import same_heading

    paras = text.split("\n\n")
    while len(paras) > 1 and len(paras[-1]) <= 300 and RIGHTS_NOTICE.match(paras[-1].strip()):
        paras.pop()
    if title and len(paras) > 1 and same_heading(paras[0], title):
        paras.pop(0)
    return "\n\n".join(paras)


def _take_byline(text: str) -> tuple[str, str | None, str | None]:
    """A byline paragraph near the top (`<p>By Jane Doe</p>`, which extractors keep as text)
    taken out of the text: the text, the byline read there and the paragraph as printed."""
    from newsgraph.extract.textclean import byline_paragraph

    paras = text.split("\n\n")
    for k, para in enumerate(paras[:BYLINE_PARAS]):
        if k + 1 < len(paras) and (name := byline_paragraph(para, text)):
            printed = paras.pop(k)
            return "\n\n".join(paras), name, printed
    return text, None, None


_LOCATIVE = r"(?:in|at|from|near|outside|around)"


def _without_dateline(author: str | None, text: str) -> str | None:
    """trafilatura's author list without a dateline place it splits off the byline as a co-author
    (`Jo Lane, Tarbeck` -> `Jo Lane; Tarbeck`): a one-word part after a full name that the article
    uses as a place (after `in`, `at`, `from`... or opening its text as a dateline). A one-word
    part the text never places stays (an agency, a mononymous writer)."""
    if not author or ";" not in author:
        return author
    parts = [p.strip() for p in author.split(";") if p.strip()]
    keep = parts[:1]
    for p in parts[1:]:
        placed = re.fullmatch(r"[A-Z][\w'’-]+", p) and (
            re.search(rf"\b{_LOCATIVE}\s+{re.escape(p)}\b", text)
            or re.match(rf"\s*{re.escape(p)}\s*(?:,|\(|[-–—])", text)
        )
        if not (placed and len(keep[0].split()) >= 2):
            keep.append(p)
    return "; ".join(keep)


#: A byline removal whose paragraph cannot be found in the page has no position: `Removal`'s
#: offsets are integers (and NOT NULL in the store), so it is -1..-1, never a real place.
NO_POSITION = -1

_TAG = r"<[^>]*>"
_GAP = rf"(?:\s|&nbsp;|&#160;|&#[xX][aA]0;|{_TAG})+"  # what may stand between two words
_BODY_TAG = re.compile(r"<body\b[^>]*>", re.I)
_H1_END = re.compile(r"</h1\s*>", re.I)


def _decoded(content: bytes | str) -> str:
    """The page as the extractor reads it (trafilatura's own decoding: its declared or guessed
    charset), newlines normalised to `\\n` as every `Removal` offset requires."""
    from trafilatura.utils import decode_file

    return decode_file(content).replace("\r\n", "\n").replace("\r", "\n")


def _printed_pattern(printed: str) -> re.Pattern[str]:
    """`printed` as the page's markup may spell it: tags, whitespace or `&nbsp;` between words,
    an entity for any character that is not an ASCII letter or digit (`Jos&eacute;`)."""

    def char(c: str) -> str:
        if c.isascii() and c.isalnum():
            return c
        return rf"(?:{re.escape(c)}|&[#\w]+;)"

    words = ["".join(map(char, w)) for w in printed.split()]
    return re.compile(_GAP.join(words))


def _plain(markup: str) -> str:
    return " ".join(html_lib.unescape(re.sub(_TAG, " ", markup)).split())


def _removal(content: bytes | str, printed: str, reason: str) -> Removal:
    """A removal of the paragraph `printed`, spanning its markup in the decoded page: the first
    element text after the headline (else after `<body>`) that reads as `printed` once its tags
    are dropped and its entities decoded. Not found: no position (`NO_POSITION`)."""
    page = _decoded(content)
    body = _BODY_TAG.search(page)
    start = body.end() if body else 0
    h1 = _H1_END.search(page, start)
    want = " ".join(printed.split())
    pattern = _printed_pattern(printed)
    for lo in dict.fromkeys([h1.end() if h1 else start, start]):
        for m in pattern.finditer(page, lo):
            before = page[: m.start()].rstrip()
            after = page[m.end() :].lstrip()
            # a whole element's text, not words inside a sentence or an attribute
            if before.endswith(">") and after.startswith("<") and _plain(m.group()) == want:
                return Removal(m.start(), m.end(), printed, reason)
    return Removal(NO_POSITION, NO_POSITION, printed, reason)


def extract_html(
    content: bytes | str, url: str | None = None, title: str | None = None
) -> Extraction:
    """Main text of an HTML page, paragraphs separated by blank lines, with its metadata.

    `title` is a headline the input declares beside the page (a JSON `title`, a feed entry's)."""
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
    text, byline, printed = _take_byline(_trim(text, title or _clean(doc.title)))
    return Extraction(
        text=text,
        title=_clean(doc.title),
        published=published_time(content, _clean(doc.date)) or _clean(doc.date),
        byline=_without_dateline(_clean(doc.author), text) or byline,
        removals=[_removal(content, printed, "metadata: byline")] if printed else [],
        outlet=_page_outlet(content, doc, url),
        url=_clean(doc.url),
        extractor="trafilatura",
    )


_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_HOSTLIKE = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/?", re.I)
_COPYRIGHT_BEFORE = re.compile(r"(?i)(?:©|&copy;|&#169;|\(c\)|copyright)[^<>]{0,30}$")


def _page_outlet(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The outlet the page names: its own site name (`og:site_name`, `application-name`, as
    trafilatura reads them) first, then the site's name its `<title>` ends with ("Headline -
    Quayside Monitor", `_title_outlet`), and only then a host (trafilatura's name for a page
    without one is its URL's host)."""
    sitename = _clean(getattr(doc, "sitename", None))
    if sitename and not _HOSTLIKE.fullmatch(sitename):
        return sitename
    return _title_outlet(content, doc, url) or sitename


def _title_outlet(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The `<title>`'s site suffix (`outlets.title_site`) when the page vouches for it: it reads
    as a publication's name ("Quayside Monitor"), or the host spells it (quaysidemonitor.example),
    or the page prints it again as a masthead (an element of its own), a copyright line or in
    the byline ("Quayside Monitor staff"). A headline's own dash ("Talks resume - and fail")
    names no site."""
    from newsgraph.extract.outlets import host_of, title_site
    from newsgraph.extract.textclean import publication_name

    head = content[:262144]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    m = _TITLE_ELEMENT.search(head)
    if not m:
        return None
    site = title_site(_plain(m.group(1)), _clean(getattr(doc, "title", None)))
    if not site:
        return None
    if publication_name(site):
        return site
    key = re.sub(r"[^a-z0-9]", "", site.lower())
    host = host_of(url or _clean(getattr(doc, "url", None)))
    labels = host.split(".")[:-1] if host else []
    if key and any(
        re.sub(r"[^a-z0-9]", "", lab) in (key, key.removeprefix("the")) for lab in labels
    ):
        return site
    author = _clean(getattr(doc, "author", None)) or ""
    if re.search(rf"(?i)(?<!\w){re.escape(site)}(?!\w)", author):
        return site
    page = _decoded(content)
    for found in _printed_pattern(site).finditer(page):
        before = page[max(0, found.start() - 80) : found.start()].rstrip()
        after = page[found.end() : found.end() + 80].lstrip()
        if (before.endswith(">") and after.startswith("<")) or _COPYRIGHT_BEFORE.search(before):
            return site
    return None


# The page's own statement of when it was published, with its time: htmldate (through
# trafilatura) keeps only the day, so an evening report and a morning one of the same day would
# sort by outlet name. Open Graph/article, schema.org (microdata and JSON-LD) and Dublin Core.
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_TIMED = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def published_time(content: bytes | str, date: str | None) -> str | None:
    """The page's declared publication datetime (`2026-03-05T21:40+01:00`, as given) when it has
    a time of day and falls on `date`, the day the date extractor found (or it found none);
    else None, and the day stands. Only the first 256 KB are read (the head is there)."""
    head = content[:262144]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    found: list[str] = []
    for tag in _META.findall(head):
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_KEYS and attrs.get("content"):
            found.append(attrs["content"])
    found += _JSONLD_PUBLISHED.findall(head)
    for value in found:
        value = value.strip()
        m = _TIMED.match(value)
        if m and (date is None or m.group(1) == date[:10]):
            return value
    return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
