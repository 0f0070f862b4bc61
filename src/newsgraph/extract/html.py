"""HTML pages: trafilatura finds the main text and metadata (htmldate finds the date).

trafilatura is the best-measured open extractor for news pages (see docs/benchmarks.md), so we
use it rather than our own DOM heuristics, and only normalise what it returns.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from urllib.parse import urljoin

from newsgraph.extract.credits import (
    BYLINE_ROLE,
    RIGHTS_NOTICE,
    byline_case,
    newsletter_frame,
    without_honorific,
)
from newsgraph.records import Extraction, Removal
from newsgraph.textshapes import CLOCK_TIME


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
_BULLET = re.compile(r"^[-•*]\s+")  # a list item's mark as the extractor prints it


BYLINE_PARAS = 3  # a "By X" paragraph among the page text's first three is its byline
FRAME_PARAS = 2  # a newsletter's greeting among the page text's first two paragraphs


def _without_footnote_marks(text: str) -> tuple[str, list[str]]:
    """The text without the footnote markers glued to its words (`...on the map.[1]`), as the
    text cleaner drops them, and the markers dropped (the page's `<sup>` markup is gone by now:
    they are recorded without a position)."""
    from newsgraph.extract.textclean import footnote_marks

    paras = text.split("\n\n")
    marks: list[str] = []
    for k, para in enumerate(paras):
        spans = footnote_marks(para)
        if not spans:
            continue
        marks += [para[a:b] for a, b in spans]
        keep = [0, *(x for span in spans for x in span), len(para)]
        paras[k] = "".join(para[a:b] for a, b in zip(keep[::2], keep[1::2], strict=True))
    return ("\n\n".join(paras), marks) if marks else (text, [])


def _without_paragraphs(paras: list[str], gone: Iterable[int]) -> tuple[str, list[str]]:
    """The paragraphs joined without those at the indices `gone`, and those paragraphs in text
    order, as printed. Nothing goes when every paragraph would: a text that is nothing but
    furniture is the page's only text, and an empty text is no article."""
    drop = set(gone)
    if not drop or len(drop) == len(paras):
        return "\n\n".join(paras), []
    kept = "\n\n".join(p for k, p in enumerate(paras) if k not in drop)
    return kept, [paras[k] for k in sorted(drop)]


def _without_related_links(text: str) -> tuple[str, list[str]]:
    """The text without the paragraphs that only point to another article (`Read more: Who is
    X?`, `[Related: Council approves budget]`), as the text cleaner removes them, and those
    paragraphs. Only a paragraph between others goes: a text that is one such line stays."""
    from newsgraph.extract.textclean import related_link

    paras = text.split("\n\n")
    return _without_paragraphs(paras, (k for k, p in enumerate(paras) if related_link(p.strip())))


def _without_episode_furniture(text: str) -> tuple[str, list[str]]:
    """The text without a recording's page furniture (`textclean.episode_furniture`: the
    `Transcript` heading, the note that it was edited, the pitch to subscribe), and those
    paragraphs. A text that is nothing else stays."""
    from newsgraph.extract.textclean import episode_furniture

    paras = text.split("\n\n")
    kept, gone = _without_paragraphs(
        paras, (k for k, p in enumerate(paras) if episode_furniture(p.strip()))
    )
    return kept, [p.strip() for p in gone]


def _without_closing_notes(text: str, marked: bool) -> tuple[str, list[str]]:
    """The text without its closing notes (a `Notes` heading over the `<ol>` the extractor
    prints as `- Ruling of 2 May, para. 4.` items), by the text cleaner's rule
    (`textclean.closing_notes`; `marked`: the text carried glued footnote markers), and the
    paragraphs dropped, each without its list bullet (the page's own element text)."""
    from newsgraph.extract.textclean import closing_notes

    paras = text.split("\n\n")
    kept, gone = _without_paragraphs(paras, closing_notes([p.strip() for p in paras], marked))
    return kept, [_BULLET.sub("", p.strip()) for p in gone]


#: The last paragraphs of a page's text searched for the site's pitch to its readers.
PITCH_PARAS = 2


def _without_closing_pitch(text: str) -> tuple[str, list[str]]:
    """The text without the site's pitch among its last `PITCH_PARAS` paragraphs (the text
    cleaner's rule, `textclean.closing_pitch`: `Support independent journalism: … Donate
    today.`, `Sign up for our newsletter`), and those paragraphs. A text that is nothing else
    stays."""
    from newsgraph.extract.textclean import closing_pitch

    paras = text.split("\n\n")
    last = range(max(0, len(paras) - PITCH_PARAS), len(paras))
    kept, gone = _without_paragraphs(paras, (k for k in last if closing_pitch(paras[k].strip())))
    return kept, [p.strip() for p in gone]


def _without_closing_credits(text: str, byline: str | None) -> tuple[str, list[str]]:
    """The text without the credit lines among its first and last paragraphs (the text
    cleaner's rule, `textclean.closing_credit`: `… contributed to this report.`, `Reporting by
    X`; a travel disclosure of the writer's among the last only), and those paragraphs. A text
    that is nothing else stays."""
    from newsgraph.extract.textclean import CREDIT_LINES, closing_credit

    paras = text.split("\n\n")
    last = set(range(len(paras) - CREDIT_LINES, len(paras)))
    gone = [
        k
        for k in sorted(set(range(CREDIT_LINES)) | last)
        if 0 <= k < len(paras) and closing_credit(paras[k], byline, k in last)
    ]
    kept, dropped = _without_paragraphs(paras, gone)
    return kept, [p.strip() for p in dropped]


#: A pull quote's element: a class or id naming one (`pull-quote`, `pullquote`, `quote--pull`);
#: a quotation set in a figure (`<figure><blockquote>`) is one too.
_PULL_CLASS = re.compile(r"(?i)pull[-_]?quote|quote[-_]+pull")
_PULL_HINT = re.compile(r"(?i)pull[-_]?quote|quote[-_]+pull|<figure\b[^>]*>\s*<blockquote")
#: The fewest words of a pull quote that is looked for in the body (shorter ones: a label).
PULL_QUOTE_WORDS = 4


def _without_pull_quotes(content: bytes | str, text: str) -> tuple[str, list[str]]:
    """The text without its pull quotes (a pull-quote element's words the extractor kept as a
    paragraph of their own: the same words as the element or one of its blocks) whose words the
    body also has in another paragraph: set large for the eye, they are the body's sentence a
    second time, not a second quote. Only such a copy goes, never a body paragraph whose words
    the pull quote holds; a pull quote whose words the body lacks stays (it may be the page's
    only copy)."""
    page = _decoded(content)
    if not _PULL_HINT.search(page):
        return text, []
    pulls = set(_pull_quote_words(page))
    if not pulls:
        return text, []
    paras = text.split("\n\n")
    words = [_quote_words(p) for p in paras]
    copies = {k for k, w in enumerate(words) if w in pulls and len(w.split()) >= PULL_QUOTE_WORDS}
    gone = [
        k
        for k in sorted(copies)
        if any(words[k] in other for j, other in enumerate(words) if j not in copies)
    ]
    kept, dropped = _without_paragraphs(paras, gone)
    return kept, [p.strip() for p in dropped]


def _pull_quote_words(page: str) -> list[str]:
    """The words (`_quote_words`) of each pull-quote element of the page (`_PULL_CLASS`, or a
    blockquote in a figure) and of each of its paragraphs (`<p>` quote over `<p>` credit)."""
    root = _document(page)
    if root is None:
        return []
    out = []
    for el in root.iter():
        if _pull_quote(el):
            out.append(_quote_words(el.text_content()))  # type: ignore[attr-defined]
            out += [_quote_words(p.text_content()) for p in el.iter("p")]  # type: ignore[attr-defined]
    return out


def _pull_quote(el: object) -> bool:
    """Whether an element is a pull quote: its class or id names one (`_PULL_CLASS`), or it is
    a blockquote set in a figure."""
    tag = el.tag if isinstance(el.tag, str) else None  # type: ignore[attr-defined]
    if tag is None:
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}"  # type: ignore[attr-defined]
    parent = el.getparent()  # type: ignore[attr-defined]
    in_figure = tag.lower() == "blockquote" and parent is not None and parent.tag == "figure"
    return in_figure or bool(_PULL_CLASS.search(names))


def _quote_words(text: str) -> str:
    """A text's words, casefolded, space-padded (` wash your hands `): quotation marks and
    punctuation dropped, so a pull quote is found in the sentence that quotes it."""
    return f" {' '.join(_WORDS.findall(text.casefold()))} "


#: A table row the extractor prints as paragraph text: `| a | b |`, its separator `|---|---|`.
_ROW = re.compile(r"^\|(?P<cells>.*)\|\s*$")
_SEPARATOR_ROW = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _with_table_captions(text: str) -> str:
    """The text with each table's caption, which the extractor prints as a first row of one
    cell over the header separator (`| Results (million) |  |  |` then `|---|---|---|`), as
    a line above the table; the table's own header row keeps its separator."""
    paras = text.split("\n\n")
    out: list[str] = []
    k = 0
    while k < len(paras):
        row = _ROW.match(paras[k].strip())
        cells = [c.strip() for c in row["cells"].split("|")] if row else []
        nxt, header = (paras[j].strip() if j < len(paras) else "" for j in (k + 1, k + 3))
        before = out[-1].strip() if out else ""
        if (
            len(cells) >= 2
            and cells[0]
            and not any(cells[1:])
            and _SEPARATOR_ROW.match(nxt)
            and _SEPARATOR_ROW.match(header)  # the table's header row has its own separator
            and not _ROW.match(before)
        ):
            out.append(cells[0])
            k += 2
            continue
        out.append(paras[k])
        k += 1
    return "\n\n".join(out)


def _without_title_pieces(
    text: str, title: str | None, page_title: str | None
) -> tuple[str, list[str]]:
    """The text without the first paragraphs that print the headline in pieces
    (`_title_pieces`: of `title`, else of the `<title>` element's `page_title`), and those
    paragraphs."""
    paras = text.split("\n\n")
    heads = _title_pieces(paras, title) or _title_pieces(paras, page_title)
    return "\n\n".join(paras[heads:]), [p.strip() for p in paras[:heads]]


def _trim(text: str, title: str | None) -> str:
    """Drop closing rights notices (`Copyright 2025 X. Republished with permission.`: the
    page's furniture, wherever the extractor kept it), a newsletter's opening greeting and
    closing sign-off, and a first paragraph that repeats the headline."""
    from newsgraph.extract.textclean import same_heading

    paras = text.split("\n\n")
    while len(paras) > 1 and len(paras[-1]) <= 300 and RIGHTS_NOTICE.match(paras[-1].strip()):
        paras.pop()
    # a newsletter's sign-off and greeting (`Good morning. Here is what you need to know.`,
    # under its byline paragraph at most)
    while len(paras) > 1 and newsletter_frame(paras[-1]):
        paras.pop()
    if title and len(paras) > 1 and same_heading(paras[0], title):
        paras.pop(0)
    framed = [p for k, p in enumerate(paras) if k >= FRAME_PARAS or not newsletter_frame(p)]
    return "\n\n".join(framed or paras)


#: Paragraphs a page may print its headline over (a series or kicker line, then the heading).
TITLE_PIECES = 3
#: Where a page title joins a series' or section's name to the heading (`The Briefing, Ep. 2:
#: …`, `World | Quake strikes …`, `Podcast - Ep. 4 …`).
_TITLE_JOIN = re.compile(r"[,:|]\s+|\s[-–—]\s")
#: The fewest words of a heading read as the page title's part after such a join.
TITLE_PART_WORDS = 4


def _title_pieces(paras: list[str], title: str | None) -> int:
    """How many first paragraphs print the headline: one that repeats it, or up to
    `TITLE_PIECES` that together do (a podcast page's series line `The Briefing` over its
    heading `Ep. 212: …` for the title `The Briefing, Ep. 212: …`), or one heading that is the
    title's part after a series name (`_TITLE_JOIN`); 0 when none does, or nothing else is
    left. A podcast's page prints the series name apart from the heading; kept, the series
    name leads the text of every episode."""
    from newsgraph.extract.textclean import same_heading

    if not title:
        return 0
    joins = list(_TITLE_JOIN.finditer(title))
    tails = [title[m.end() :] for m in joins]  # a series' name before the heading
    heads = [title[: m.start()] for m in joins]  # a site's name after the headline
    parts = [title] + [p for p in tails + heads if len(p.split()) >= TITLE_PART_WORDS]
    for k in range(1, min(TITLE_PIECES, len(paras) - 1) + 1):
        if any(same_heading(" ".join(paras[:k]), part) for part in parts):
            return k
        # a kicker over the heading (`The Interview`, `Analysis`): short labels, then the title
        if all(_kicker(p) for p in paras[: k - 1]) and any(
            same_heading(paras[k - 1], part) for part in parts
        ):
            return k
    return 0


#: The most words of a kicker line printed over a page's headline.
KICKER_WORDS = 4


def _kicker(para: str) -> bool:
    """Whether a paragraph is shaped as a kicker over a headline: a few words opening in a
    capital, with no sentence's punctuation (`The Interview`, `Long Read`, `Analysis`)."""
    words = para.split()
    return (
        0 < len(words) <= KICKER_WORDS
        and para.strip()[0].isupper()
        and not re.search(r"[.!?,;:]$|\d", para.strip())
    )


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


#: The fewest words of text after a standfirst for it to go: a gallery's or a brief's
#: standfirst is its only prose, which no text after it tells again.
STANDFIRST_REST_WORDS = 100


def _without_head_furniture(content: bytes | str, text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without the furniture among its first `BYLINE_PARAS` paragraphs, and each
    paragraph dropped with its reason: a print view's header (`Printed from example.com on
    23/11/2026 at 18:04`, `Article URL: …`; `textclean.print_header`), `boilerplate`; a wire's
    note on its version (`(Corrects …)`, `textclean.wire_note`), with that note's reason; and the
    standfirst under the headline (an element of class `dek`, `standfirst`…), `standfirst`:
    the page's summary, which the text tells again (its sentences would count twice)."""
    from newsgraph.extract.textclean import print_header, wire_note

    paras = text.split("\n\n")
    reasons: dict[int, str] = {}
    standfirsts: set[str] | None = None
    for k, para in enumerate(paras[:BYLINE_PARAS]):
        p = " ".join(para.split())
        if print_header(p):
            reasons[k] = "boilerplate"
            continue
        if note := wire_note(p):
            reasons[k] = note
            continue
        if standfirsts is None:
            standfirsts = _standfirsts(content)
        if p in standfirsts and len(" ".join(paras[k + 1 :]).split()) >= STANDFIRST_REST_WORDS:
            reasons[k] = "standfirst"
    kept, dropped = _without_paragraphs(paras, reasons)
    if not dropped:  # nothing else in the text: it stays
        return kept, []
    return kept, [(paras[k].strip(), reasons[k]) for k in sorted(reasons)]


def _standfirsts(content: bytes | str) -> set[str]:
    """The texts of the page's standfirst elements (`_STANDFIRST` on the block's or its
    parent's class or id), whitespace collapsed."""
    page = _decoded(content)
    if not _STANDFIRST_HINT.search(page):
        return set()
    found = set()
    for el, block in _text_blocks(page):
        nodes = [n for n in (el, el.getparent()) if n is not None]  # type: ignore[attr-defined]
        if any(
            _STANDFIRST.search(f"{n.get('class') or ''} {n.get('id') or ''}".lower()) for n in nodes
        ):
            found.add(block)
    return found


def _without_date_lines(text: str) -> tuple[str, list[str]]:
    """The text without the paragraphs that are only the page's date and time (`Tuesday 24
    November 2026, 21:40`, `Updated: 3 March 2027 09:15 GMT`) above its prose among its first
    `BYLINE_PARAS`, or closing it: metadata printed where a byline is, never a claim. A date
    heading inside the text (a timeline's) stays, and so does a text that is nothing but date
    lines (a cut page `_only_byline` refuses)."""
    from newsgraph.extract.dates import date_line

    paras = text.split("\n\n")
    gone = set()
    for k, p in enumerate(paras[:BYLINE_PARAS]):
        if _prose(p):
            break
        if date_line(p.strip()):
            gone.add(k)
    end = len(paras)
    while end > BYLINE_PARAS and date_line(paras[end - 1].strip()):
        end -= 1
        gone.add(end)
    kept, dropped = _without_paragraphs(paras, gone)
    return kept, [p.strip() for p in dropped]


#: Words of the text's first paragraph that find it in the page (a headline may share fewer).
BYLINE_ANCHOR_WORDS = 8
#: Reasons of dropped blocks whose byline is a teaser's (a side column's `By Jo Lane | 2 March
#: 2031 | Business` above the article), never the article's.
_TEASER_REASONS = frozenset({"aside", "navigation", "related link", "footer", "comments"})


def _dropped_byline(
    content: bytes | str, text: str, dropped: list[Removal]
) -> tuple[str | None, list[Removal]]:
    """The byline of a page that declares no author, read from a block the extractor left out
    above the text (`<p class="print-meta">By Jo Lane | 23 November 2026 | News</p>`, as
    `textclean.byline_paragraph` reads a paragraph), and the removals with that block's as
    `metadata: byline`; (None, `dropped`) when there is none. Only a block before the text's
    first paragraph counts: a byline further down is another article's (a teaser's)."""
    from newsgraph.extract.textclean import byline_paragraph

    first = text.split("\n\n", 1)[0].split()
    page = _decoded(content)
    body = _BODY_TAG.search(page)
    lo = body.end() if body else 0
    found = _find_words(page, first[:BYLINE_ANCHOR_WORDS], lo, len(page)) if first else None
    if found is None:
        return None, dropped
    for k, r in enumerate(dropped):
        if r.start == NO_POSITION or r.start >= found[0] or r.reason in _TEASER_REASONS:
            continue
        if name := byline_paragraph(r.text, text):
            return name, [*dropped[:k], replace(r, reason="metadata: byline"), *dropped[k + 1 :]]
    return None, dropped


def _printed_date(dates: list[str]) -> str | None:
    """The day of the first date line the text printed (`_without_date_lines`), for a page that
    declares no date and whose date the extractor does not find: as the text cleaner reads a
    pre-scraped text's date line."""
    from newsgraph.extract.dates import date_line

    return date_line(dates[0]) if dates else None


def _only_byline(text: str, author: str | None) -> bool:
    """Whether every paragraph left is a byline or a date line (`By Jo Lane | 30 December
    2026`, or `By ` and the page's declared `author` and a date): a page cut off after its
    headline, whose "text" would be stored as an article."""
    from newsgraph.extract.dates import date_line
    from newsgraph.extract.textclean import byline_paragraph

    def byline(p: str) -> bool:
        if byline_paragraph(p, text) or date_line(p):
            return True
        if not (author and p[:3].lower() == "by " and author in p):
            return False
        rest = p[3:].replace(author, " ", 1).strip(" |,;-–—•·")
        return not rest or date_line(rest) is not None

    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return bool(paras) and all(byline(p) for p in paras)


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


def _without_role(author: str | None) -> str | None:
    """trafilatura's author list without a job title it splits off the byline as a co-author
    (`By Jo Lane, security correspondent` -> `Jo Lane; Security Correspondent`): a part that is
    only a newsroom role (`credits.BYLINE_ROLE`) names no one. The first part always stays."""
    if not author or ";" not in author:
        return author
    parts = [p.strip() for p in author.split(";") if p.strip()]
    keep = parts[:1] + [p for p in parts[1:] if not BYLINE_ROLE.fullmatch(p)]
    return "; ".join(keep)


#: A byline removal whose paragraph cannot be found in the page has no position: `Removal`'s
#: offsets are integers (and NOT NULL in the store), so it is -1..-1, never a real place.
NO_POSITION = -1

_TAG = r"<[^>]*>"
_GAP = rf"(?:\s|&nbsp;|&#160;|&#[xX][aA]0;|{_TAG})+"  # what may stand between two words
_BODY_TAG = re.compile(r"<body\b[^>]*>", re.I)
_H1_END = re.compile(r"</h1\s*>", re.I)


@lru_cache(maxsize=2)
def _decoded(content: bytes | str) -> str:
    """The page as the extractor reads it (trafilatura's own decoding: its declared or guessed
    charset), newlines normalised to `\\n` as every `Removal` offset requires. Cached: the
    byline's removal, the canonical link, the live blog's times and the dropped blocks all read
    it, and charset detection costs as much as a parse."""
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
    doc, text = _main_text(content, url)
    if not text:
        raise NoTextFound("no article text found in the HTML page")
    # trafilatura separates blocks with one newline; the rest of newsgraph uses blank lines.
    text = _BLANKS.sub("\n", text).replace("\n", "\n\n")
    page_title = _clean(getattr(doc, "title", None))
    headline = title or page_title
    text, pieces = _without_title_pieces(text, headline, _title_element(content))
    text, byline, printed = _take_byline(_trim(text, headline))
    text, heads = _without_head_furniture(content, text)
    text, dates = _without_date_lines(text)
    text, teasers = _without_related_links(_with_table_captions(text))
    text = _with_gallery_captions(content, text)
    text = _with_embedded_posts(content, text)
    text = _with_entry_times(content, text)
    shown, (text, marks) = text, _without_footnote_marks(text)  # shown: the page's blocks
    text, notes = _without_closing_notes(text, bool(marks))
    text, episode = _without_episode_furniture(text)
    text, pulls = _without_pull_quotes(content, text)
    author = _clean(getattr(doc, "author", None)) or byline
    text, credits = _without_closing_credits(text, author)
    text, pitches = _without_closing_pitch(text)
    if _only_byline(text, _clean(getattr(doc, "author", None))):
        raise NoTextFound("no article text (only a byline or date line: a truncated page?)")
    removals = [_removal(content, printed, "metadata: byline")] if printed else []
    removals += [_removal(content, d, "metadata: date") for d in dates]
    removals += [_removal(content, h, reason) for h, reason in heads]
    removals += [_removal(content, t, "related link") for t in teasers]
    removals += [_removal(content, n, "boilerplate") for n in notes + episode + pitches]
    removals += [_removal(content, q, "pull quote") for q in pulls]
    removals += [_removal(content, c, "sign-off") for c in credits]
    removals += [Removal(NO_POSITION, NO_POSITION, m, "markup residue") for m in marks]
    dropped = _kept_captions(
        dropped_blocks(
            content,
            shown,
            [title, page_title, *pieces, printed, *dates, *teasers, *(h for h, _ in heads)],
        ),
        shown,
    )
    declared = _without_role(_without_dateline(_clean(getattr(doc, "author", None)), text))
    if not (declared or byline):
        byline, dropped = _dropped_byline(content, text, dropped)
    return Extraction(
        text=text,
        title=page_title,
        published=published_date(content, doc, url) or _printed_date(dates),
        byline=byline_case(without_honorific(declared or byline)),
        removals=_in_page_order(removals + dropped),
        outlet=_page_outlet(content, doc, url),
        url=declared_url(content, doc, url),
        extractor="trafilatura",
    )


#: A page with this many figure captions or more, whose captions hold at least half as many
#: words as the extracted text, is a photo gallery: its captions are its content.
GALLERY_CAPTIONS = 3


def _with_gallery_captions(content: bytes | str, text: str) -> str:
    """The extracted text with a photo gallery's captions as paragraphs, each without its
    credit (`Photo: Jo Lane/Nordpix`), where the page prints them: before the first paragraph
    that follows the first caption, else at the end. trafilatura drops figure captions, which
    on an article's page are furniture; on a page that is mostly figures (`GALLERY_CAPTIONS`,
    little prose beside them) they are what it reports. A caption the text holds stays once."""
    from newsgraph.extract.textclean import caption_without_credit

    blocks = _text_blocks(_decoded(content))
    captions = [
        (i, t) for i, (el, t) in enumerate(blocks) if _caption_block(el) and not _outside_story(el)
    ]
    if len(captions) < GALLERY_CAPTIONS:
        return text
    paras = text.split("\n\n")
    caption_words = sum(len(t.split()) for _, t in captions)
    if caption_words * 2 < len(text.split()):
        return text
    body = _Body(text)
    added = [
        c for _, t in captions if (c := caption_without_credit(t)) and not body.holds(_norm(c))
    ]
    if not added:
        return text
    where = {_norm(t): i for i, (_, t) in reversed(list(enumerate(blocks)))}
    first = captions[0][0]
    at = next((k for k, p in enumerate(paras) if where.get(_norm(p), -1) > first), len(paras))
    return "\n\n".join(paras[:at] + added + paras[at:])


#: Containers of what is not the story's own content: related-story teasers, promotions, side
#: columns (a figure inside one is a teaser card, not a gallery's picture).
_NOT_STORY_TAGS = frozenset({"aside", "nav", "footer"})
_NOT_STORY_CLASS = re.compile(
    r"(?i)related|recommend|more-stories|read-more|popular|trending|teaser|sidebar"
)


def _outside_story(el: object) -> bool:
    """Whether a block lies in a container of teasers or furniture (`<aside class="related">`,
    `<figure class="teaser">`) below the page's `article`/`main`, where a gallery's captions are
    not: four teaser cards after a short story must not become its paragraphs."""
    for node in [el, *el.iterancestors()]:  # type: ignore[attr-defined]
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in ("article", "main", "body"):
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if tag in _NOT_STORY_TAGS or _NOT_STORY_CLASS.search(names):
            return True
    return False


def _kept_captions(removals: list[Removal], text: str) -> list[Removal]:
    """The dropped blocks with a gallery's captions the text keeps (`_with_gallery_captions`)
    listed as their credit only (`image credit`), where the page prints it."""
    from newsgraph.extract.textclean import caption_without_credit

    body = _Body(text)
    out = []
    for r in removals:
        kept = caption_without_credit(r.text) if r.reason == "figure caption" else ""
        if kept and body.holds(_norm(kept)):
            credit = " ".join(r.text.split())[len(kept) :].strip()
            if credit:
                out.append(
                    Removal(max(r.start, r.end - len(credit)), r.end, credit, "image credit")
                )
            continue
        out.append(r)
    return out


#: A social-media post embedded in a page: X/Twitter, Telegram, Instagram, TikTok, Bluesky,
#: Mastodon, Threads, Facebook (the classes their embed codes and sites' own renderings use);
#: `tweet` only as a whole class name: a pull quote's `click-to-tweet` share button is no post.
_POST_CLASS = re.compile(
    r"(?i)twitter-tweet|(?<![\w-])tweet(?![\w-])|x-post|telegram-post|instagram-media|tiktok-embed|"
    r"bluesky-embed|mastodon-embed|threads-post|fb-post|facebook-post|social-post|embedded-post"
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,40}")
_NAME_CLASS = re.compile(r"(?i)display-?name|full-?name|author-?name|(?:^|\s)name(?:$|\s)")
#: The embed code's signature after the post (`— Jo Lane (@jolane) May 4, 2026`).
_SIGNATURE = re.compile(r"^\s*[—–-]\s*(?P<name>[^()@\n]{2,60}?)\s*\(@")


def _with_embedded_posts(content: bytes | str, text: str) -> str:
    """The extracted text with each embedded post (`_POST_CLASS` blockquote) as its words in
    quotation marks followed by its author's display name (`“We will answer.” Jo Lane`), the
    form the quotes stage credits to the name; the post's other lines the extractor kept (the
    name with its `@handle` and `Verified account`, its counters `12K Reposts 30K Likes`) are
    furniture, listed by `dropped_blocks` as `embedded post`. Only the page's own words and
    quotation marks are written."""
    root = _document(_decoded(content))
    if root is None:
        return text
    posts = [el for el in root.iter("blockquote") if _POST_CLASS.search(el.get("class") or "")]
    if not posts:
        return text
    blocks = _text_blocks(_decoded(content))
    paras = text.split("\n\n")
    for post in posts:
        inside = [(el, t) for el, t in blocks if el is post or post in el.iterancestors()]
        name = _post_author(post, inside)
        said = {_norm(t) for el, t in inside if _post_words(el, t)}
        rest = {_norm(t) for el, t in inside} - said
        if not name or not said:
            continue
        where = [k for k, p in enumerate(paras) if _norm(p) in said]
        if not where:
            continue
        words = " ".join(paras[k] for k in where)
        paras[where[0]] = f"\u201c{words}\u201d {name}"
        drop = set(where[1:]) | {k for k, p in enumerate(paras) if _norm(p) in rest}
        paras = [p for k, p in enumerate(paras) if k not in drop]
    return "\n\n".join(paras)


def _post_author(post: object, inside: list[tuple[object, str]]) -> str | None:
    """An embedded post's display name: the element its markup names so (`display-name`), else
    the embed code's signature (`— Jo Lane (@jolane)`) in any of its blocks, else the words
    before the handle in a block that is not the post's own text."""
    for el in post.iter():  # type: ignore[attr-defined]
        if isinstance(el.tag, str) and _NAME_CLASS.search(el.get("class") or ""):
            name = " ".join(el.text_content().split())
            if name and not _HANDLE.fullmatch(name):
                return name
    for _, t in inside:
        if m := _SIGNATURE.search(t):
            return m["name"].strip()
    for el, t in inside:
        if _post_words(el, t):  # the post's own text (`… by @TalsenFire crews`) names no author
            continue
        if (h := _HANDLE.search(t)) and h.start() > 1:
            name = t[: h.start()].strip()
            if 1 <= len(name.split()) <= 5:
                return name
    return None


def _post_words(el: object, text: str) -> bool:
    """Whether a block of an embedded post is what its author wrote: a paragraph, not its
    header, counters, date or footer."""
    tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
    names = (el.get("class") or "").lower()  # type: ignore[attr-defined]
    return (
        tag.lower() == "p"
        and not re.search(r"header|footer|meta|actions|stats|date|time", names)
        and len(text.split()) >= 3
    )


def _in_post(el: object) -> bool:
    """Whether a block lies in an embedded post (`_POST_CLASS`)."""
    return any(
        isinstance(n.tag, str)
        and n.tag.lower() == "blockquote"
        and _POST_CLASS.search(n.get("class") or "")
        for n in [el, *el.iterancestors()]  # type: ignore[attr-defined]
    )


def _caption_block(el: object) -> bool:
    """Whether a text block is a figure's caption (`<figcaption>`)."""
    tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
    return tag.lower() == "figcaption"


def declared_url(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The URL the page gives itself: its `<link rel="canonical">`, resolved against the URL
    it was fetched from (`href="/politics/bridge-plan"`: trafilatura drops a relative one and
    gives the fetch URL, so an AMP copy would name itself), else trafilatura's (`og:url`, then
    the canonical it could read, else `url`). Canonical comes before `og:url`: it is the
    page's statement of which URL is the page, `og:url` the one to share, and an AMP edition
    often gives its own address there while its canonical names the main page."""
    return _canonical_link(content, url) or _clean(getattr(doc, "url", None))


def _canonical_link(content: bytes | str, url: str | None) -> str | None:
    """The first `rel=canonical` link in the page's `<head>` as an absolute http(s) URL
    (relative to `<base href>` or `url`, as a browser resolves it), normalised as trafilatura
    normalises the one it reads (courlan); None when there is none or it resolves to no URL."""
    from courlan import normalize_url, validate_url

    page = _decoded(content)
    body = _BODY_TAG.search(page)
    head = page[: body.start() if body else 262144]
    root = _document(page) if "canonical" in head.lower() else None
    if root is None:
        return None
    links = [
        el.get("href", "").strip()
        for el in root.iterfind(".//head//link[@rel]")
        if "canonical" in el.get("rel", "").lower().split()
    ]
    if not links or not links[0]:
        return None
    bases = [el.get("href", "").strip() for el in root.iterfind(".//head//base[@href]")]
    base = urljoin(url or "", bases[0]) if bases else url or ""
    valid, parsed = validate_url(urljoin(base, links[0]))
    return normalize_url(parsed) if valid and parsed else None


#: A page is a live blog when at least this many of its entries open with their time.
LIVE_ENTRIES = 3
#: Blocks after an entry's time that may open its text (its heading, its first paragraph).
ENTRY_OPENING = 2


def _with_entry_times(content: bytes | str, text: str) -> str:
    """A live blog's text with each entry's time line put back before the entry: extractors
    drop the short `23:15` over each entry, yet it is the article's text (a reader sees it) and
    the only date of what the entry tells. Only when at least `LIVE_ENTRIES` entries open with
    a time of their own (a block of the page that is only a time, not a table cell, one of
    whose next `ENTRY_OPENING` blocks opens a paragraph of the text: the entry's heading may be
    dropped too); any other text is returned as it is."""
    paras = text.split("\n\n")
    keys = [_norm(p) for p in paras]
    blocks = _text_blocks(_decoded(content))
    times: dict[int, str] = {}  # paragraph -> the time line before it
    at = 0
    for i, (el, block) in enumerate(blocks):
        if not CLOCK_TIME.match(block) or getattr(el, "tag", "") in ("td", "th"):
            continue
        k = _entry_opening(keys, at, [b for _, b in blocks[i + 1 : i + 1 + ENTRY_OPENING]])
        if k is None or (k and keys[k - 1] == _norm(block)):
            continue
        times[k], at = block, k + 1
    if len(times) < LIVE_ENTRIES:
        return text
    return "\n\n".join(p for k, para in enumerate(paras) for p in (times.get(k), para) if p)


def _entry_opening(keys: list[str], at: int, after: list[str]) -> int | None:
    """The first paragraph from `at` on that one of the blocks `after` a time opens (the blocks
    up to the next time), by normalised text."""
    for block in after:
        if CLOCK_TIME.match(block):
            return None
        opening = _norm(block)
        k = next((j for j in range(at, len(keys)) if keys[j].startswith(opening)), None)
        if k is not None:
            return k
    return None


def _in_page_order(removals: list[Removal]) -> list[Removal]:
    """Removals by their place in the page; those with no position last, in their order."""
    return sorted(removals, key=lambda r: r.start if r.start >= 0 else float("inf"))


_PAGE_MARKUP = re.compile(r"<(?:html|body)\b", re.I)


def _main_text(content: bytes | str, url: str | None) -> tuple[object, str]:
    """trafilatura's document and main text. trafilatura finds no text in an HTML fragment of
    one paragraph (a JSON record's or a feed entry's `html`), so a fragment it gives nothing for
    is read again inside a page shell, and failing that its own text is taken when it is prose.
    Only the extractor sees the shell: the stored input, hence its id, is unchanged."""
    doc = _trafilatura(content, url)
    text = _doc_text(doc)
    if text:
        return doc, text
    page = _decoded(content)
    if _PAGE_MARKUP.search(page, 0, 65536):
        return doc, text
    shelled = _trafilatura(f"<html><body>{page}</body></html>", url)
    if text := _doc_text(shelled):
        return shelled, text
    paras = [t for _, t in _text_blocks(page)]
    fallback = "\n".join(paras)
    return (shelled or doc), (fallback if _prose(fallback) else "")


def _trafilatura(content: bytes | str, url: str | None) -> object:
    import trafilatura

    return trafilatura.bare_extraction(
        content,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params=_date_params(),
        config=_config(),
    )


#: How far past the machine's today a date the extractor *guesses* may lie: a page published in
#: a time zone ahead of the machine's is dated tomorrow. A declared date has no such bound.
GUESS_SLACK = timedelta(days=1)


def _date_params() -> dict[str, object]:
    """htmldate's parameters as trafilatura passes them, but with `max_date` today plus
    `GUESS_SLACK` (its default, today, throws away every date of a page written ahead of the
    machine's clock and falls back on a `© YEAR` footer)."""
    return {
        "original_date": True,
        "extensive_search": True,
        "max_date": (date.today() + GUESS_SLACK).isoformat(),
    }


def _doc_text(doc: object) -> str:
    return (getattr(doc, "text", None) or "").strip() if doc is not None else ""


#: a sentence's end: a word in lower case closed by `.`, `!` or `?` (and a quote or bracket)
_SENTENCE = re.compile(r"[a-z]\w*[.!?][\"'”’)\]]*(?:\s|$)")


def _prose(text: str) -> bool:
    """Text that reads as an article's prose, not a label or a menu: eight words or more, most
    of them lower case, and a finished sentence."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and lower * 2 >= len(words) and bool(_SENTENCE.search(text))


# -- what the extractor dropped (product review 12): the page's visible text blocks not in the
# extracted text, each named by the element it came from, so `--removed` audits HTML too -----

#: Elements whose text is never shown (or is not the page's text).
_HIDDEN = frozenset(
    "script style noscript template svg math head title iframe object canvas select "
    "option textarea button".split()
)
#: Elements that start a block of text of their own (inline ones such as <a> or <b> do not).
_BLOCK_TAGS = frozenset(
    "html body address article aside blockquote caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup li main menu nav ol p pre "
    "section summary table tbody thead tfoot td th tr ul".split()
)
#: The reason an element gives its text, nearest element first: its tag, then its class, id
#: or ARIA role (`role="navigation"`, `complementary`, `contentinfo`, `banner`).
_TAG_REASONS = {
    "nav": "navigation",
    "menu": "navigation",
    "aside": "aside",
    "figcaption": "figure caption",
    "figure": "figure caption",
    "footer": "footer",
    "header": "header",
    "form": "form",
}
_WB, _WE = r"(?:^|[-_\s])", r"(?:$|[-_\s])"  # a class name's word boundaries (`site-nav`)
#: The class of a headline's standfirst (a magazine's `dek`, a paper's `standfirst`): the
#: summary the page prints under its headline, which the article's text goes on to tell. Not
#: `subtitle` or `strapline`: on WCXB's tuning pages a blog's subtitle is as often part of the
#: article as not; nor `deck`, a card list's class (`card-deck`) as often (session 21).
_STANDFIRST = re.compile(rf"{_WB}(?:dek|standfirst){_WE}")
_STANDFIRST_HINT = re.compile(r"(?i)dek|standfirst")
_CLASS_REASONS = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (
            rf"{_WB}(?:nav|navbar|navigation|menu|breadcrumbs?|skip|share|social|follow|tags?)"
            rf"{_WE}|topics|keywords",
            "navigation",
        ),
        (r"caption|credit", "figure caption"),
        (rf"byline|author|dateline|timestamp|{_WB}date{_WE}", "byline or date"),
        (r"related|recommend|more-stories|read-more|popular|trending", "related link"),
        (r"comment", "comments"),
        (
            rf"{_WB}ads?{_WE}|advert|sponsor|promo|newsletter|subscribe|sign-?up|paywall|cookie"
            r"|consent",
            "boilerplate",
        ),
        (rf"sidebar|widget|complementary|{_WB}rail{_WE}", "aside"),
        (r"footer|copyright|contentinfo", "footer"),
        (r"header|masthead|topbar|banner", "header"),
    )
)
#: What a block the extractor left out is called when no element it lies in says more.
OTHER_REASON = "page text not extracted"
#: Bounds of what is stored for one page (a huge page must not store megabytes of removals):
#: blocks listed, characters of text listed, characters kept of one block.
MAX_DROPPED, MAX_DROPPED_CHARS, MAX_BLOCK_CHARS = 100, 20000, 1000
#: How far past its element's line a block's text is looked for in the page.
_SEARCH_WINDOW = 65536
#: Words of a block's start (and end) that find its span in the page.
_ANCHOR_WORDS = 4


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


_WORDS = re.compile(r"\w+")
_GRAM = 3  # word n-grams up to this length index the extracted text


class _Body:
    """The extracted text, normalised, with an index of its word n-grams: a block is looked
    for in the text only when all its n-grams are there, so a page of thousands of dropped
    blocks costs linear time, not blocks x text."""

    def __init__(self, text: str) -> None:
        self.text = _norm(text)
        words = _WORDS.findall(self.text)
        self.grams = {
            tuple(words[i : i + n]) for n in range(1, _GRAM + 1) for i in range(len(words))
        }

    def holds(self, block: str) -> bool:
        """Whether the text holds `block` (normalised) as whole words: a nav label `Home` is
        not kept by a text that says `homes`."""
        words = _WORDS.findall(block)
        grams = [tuple(words[i : i + _GRAM]) for i in range(max(1, len(words) - _GRAM + 1))]
        if not all(g in self.grams for g in grams):
            return False
        body, at = self.text, self.text.find(block)
        while at >= 0:
            end = at + len(block)
            if not (at and body[at - 1].isalnum()) and not (
                end < len(body) and body[end].isalnum()
            ):
                return True
            at = body.find(block, at + 1)
        return False


def dropped_blocks(
    content: bytes | str, text: str, metadata: list[str | None] | None = None
) -> list[Removal]:
    """The page's visible text blocks that are not in the extracted `text` (nor one of the
    `metadata` strings it was read as: the headline, the byline), as removals in page order,
    each with the reason its element gives. Bounded: at most `MAX_DROPPED` blocks and
    `MAX_DROPPED_CHARS` characters, then one removal that counts the rest."""
    page = _decoded(content)
    body = _Body(text)
    known = {_norm(m) for m in metadata or [] if m}
    listed: list[Removal] = []
    more = more_chars = chars = 0
    finder = _SpanFinder(page)
    for el, block in _text_blocks(page):
        key = _norm(block)
        if key in known or not _WORDS.search(key) or body.holds(key):
            continue  # read as metadata, punctuation only (a `|` between links), or kept
        if len(listed) >= MAX_DROPPED or chars >= MAX_DROPPED_CHARS:
            more, more_chars = more + 1, more_chars + len(block)
            continue
        shown = block if len(block) <= MAX_BLOCK_CHARS else block[: MAX_BLOCK_CHARS - 1] + "…"
        chars += len(shown)
        start, end = finder.span(el, block)
        listed.append(Removal(start, end, shown, _block_reason(el)))
    if more:
        note = f"{more} more text blocks ({more_chars} characters) not listed"
        listed.append(Removal(NO_POSITION, NO_POSITION, note, "not listed: size limit"))
    return listed


@lru_cache(maxsize=2)
def _document(page: str) -> object | None:
    """The page's lxml document, or None when lxml cannot read it. Cached: its canonical link
    and its text blocks are read from one parse (read only)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(
            page.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError):
        return None


@lru_cache(maxsize=2)
def _text_blocks(page: str) -> list[tuple[object, str]]:
    """(element, text) of each block of visible text in the page, in page order: the text
    that lies in a block element (a paragraph, a list item, a div...) outside its child blocks,
    whitespace collapsed. Script, style and other hidden elements give none. Cached: a page's
    blocks are read for its live blog's times and for what the extractor dropped (read only)."""
    root = _document(page) if page.strip() else None
    if root is None:
        return []
    blocks: list[tuple[object, list[str]]] = []
    index: dict[int, int] = {}

    def add(block: object, s: str | None) -> None:
        if s and s.strip():
            if id(block) not in index:
                index[id(block)] = len(blocks)
                blocks.append((block, []))
            blocks[index[id(block)]][1].append(s)
        elif s and id(block) in index:
            blocks[index[id(block)]][1].append(" ")

    # iterative walk (a deep page must not exhaust the stack); a tail comes after the children
    stack: list[tuple[object, object, bool]] = [(root, root, False)]
    while stack:
        el, block, is_tail = stack.pop()
        if is_tail:
            add(block, el.tail)  # type: ignore[attr-defined]
            continue
        tag = el.tag if isinstance(el.tag, str) else None  # type: ignore[attr-defined]
        if tag is None or tag.lower() in _HIDDEN or el.get("hidden") is not None:  # type: ignore[attr-defined]
            continue
        own = el if tag.lower() in _BLOCK_TAGS else block
        if tag.lower() == "br":
            add(block, " ")
        add(own, el.text)  # type: ignore[attr-defined]
        for child in reversed(list(el)):  # type: ignore[call-overload]
            stack.append((child, own, True))
            stack.append((child, own, False))
    out = []
    for el, parts in blocks:
        text = " ".join("".join(parts).split())
        if text:
            out.append((el, text))
    return out


def _block_reason(el: object) -> str:
    """Why the extractor left a block out, as its element says: the nearest element (itself
    first) whose tag (`nav`, `aside`, `figcaption`...) or class/id names a kind of furniture."""
    if _in_post(el):
        return "embedded post"
    for node in [el, *el.iterancestors()]:  # type: ignore[attr-defined]
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if _pull_quote(node):
            return "pull quote"
        if tag in _TAG_REASONS:
            return _TAG_REASONS[tag]
        names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('role') or ''}".lower()
        if names.strip():
            for pattern, reason in _CLASS_REASONS:
                if pattern.search(names):
                    return reason
    return OTHER_REASON


class _SpanFinder:
    """Finds each dropped block's markup in the page, in page order: from its element's line
    (lxml's `sourceline`) or the last span found, whichever is later, within a bounded window."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.cursor = 0
        self.lines: list[int] | None = None

    def _line_start(self, line: int | None) -> int:
        if not line:
            return 0
        if self.lines is None:
            self.lines = [0] + [m.end() for m in re.finditer("\n", self.page)]
        return self.lines[min(line, len(self.lines)) - 1]

    def span(self, el: object, block: str) -> tuple[int, int]:
        words = block.split()
        lo = max(self.cursor, self._line_start(getattr(el, "sourceline", None)))
        head = _find_words(self.page, words[:_ANCHOR_WORDS], lo, lo + _SEARCH_WINDOW)
        if head is None:
            return NO_POSITION, NO_POSITION
        start, end = head
        if len(words) > _ANCHOR_WORDS:
            tail_words = words[max(_ANCHOR_WORDS, len(words) - _ANCHOR_WORDS) :]
            tail = _find_words(self.page, tail_words, end, end + _SEARCH_WINDOW)
            if tail is None:
                return NO_POSITION, NO_POSITION
            end = tail[1]
        self.cursor = end
        return start, end


_GAP_RE = re.compile(_GAP)


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """One word as markup may spell it (`_printed_pattern`); cached, as pages repeat words
    and one pattern per block cost more to compile than the search itself."""
    return _printed_pattern(word)


def _find_words(page: str, words: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of the first run of `words` in page[lo:hi], tags, whitespace and `&nbsp;`
    between them (what `_printed_pattern` matches, word by word)."""
    hi = min(hi, len(page))
    for first in _word_pattern(words[0]).finditer(page, lo, hi):
        pos = first.end()
        for word in words[1:]:
            gap = _GAP_RE.match(page, pos, hi)
            found = gap and _word_pattern(word).match(page, gap.end(), hi)
            if not found:
                break
            pos = found.end()
        else:
            return first.start(), pos
    return None


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


@lru_cache(maxsize=2)
def _title_element(content: bytes | str) -> str | None:
    """The text of the page's `<title>` element, or None. Cached: the title pieces and the
    outlet both read it."""
    head = content[:262144]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    m = _TITLE_ELEMENT.search(head)
    return _clean(_plain(m.group(1))) if m else None


def _title_outlet(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The `<title>`'s site suffix (`outlets.title_site`) when the page vouches for it: it reads
    as a publication's name ("Quayside Monitor"), or the host spells it (quaysidemonitor.example),
    or the page prints it again as a masthead (an element of its own), a copyright line or in
    the byline ("Quayside Monitor staff"). A headline's own dash ("Talks resume - and fail")
    names no site."""
    from newsgraph.extract.outlets import host_of, title_site
    from newsgraph.extract.textclean import publication_name

    element = _title_element(content)
    if not element:
        return None
    site = title_site(element, _clean(getattr(doc, "title", None)))
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


# The page's own statement of when it was published (product reviews 8 and 13). Declared metadata
# beats the date extractor's guess, in this order: Open Graph/article, schema.org microdata,
# Dublin Core, schema.org JSON-LD, a `<time datetime>` the page marks as its publication
# (`itemprop`, `pubdate`), the first `<time datetime>` in its `<article>`. A declared datetime
# keeps its time and offset (htmldate keeps only the day: an evening report and a morning one of
# the same day would sort by outlet name).
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
_TIME_TAG = re.compile(r"<time\b[^>]*>", re.I)
_ARTICLE_TAG = re.compile(r"<article\b", re.I)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=$|[T ]\d{2}:\d{2})")
#: A declared date before this is a placeholder (`1970-01-01`, a CMS's zero date) ...
EARLIEST_DECLARED = date(1990, 1, 1)
#: ... and so is one more than this past today (`2099-12-31`); within it, a date after today is
#: kept: the page says so (a time zone ahead of the machine's, a wrong clock, embargoed copy).
DECLARED_AHEAD = timedelta(days=366)


def _head(content: bytes | str) -> str:
    head = content[:262144]
    return head.decode("utf-8", "replace") if isinstance(head, bytes) else head


def _declared_values(head: str) -> list[str]:
    """The page's declared publication values, most explicit first."""
    metas: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = _attrs(tag)
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_KEYS and attrs.get("content"):
            metas.setdefault(key, attrs["content"])
    found = [metas[k] for k in _PUBLISHED_KEYS if k in metas]
    found += _JSONLD_PUBLISHED.findall(head)
    times = [_attrs(tag) for tag in _TIME_TAG.findall(head)]
    found += [t["datetime"] for t in times if t.get("datetime") and _marks_published(t)]
    article = _ARTICLE_TAG.search(head)
    if article and (stamp := _article_time(head, article.end())):
        found.append(stamp)
    return found


#: How a `<time>` stamp is labelled, by the words just before it in its element, its own text
#: or its attributes (`Updated <time ...>`, `class="date-modified"`, `itemprop="dateModified"`).
_UPDATE_LABEL = re.compile(r"(?i)updated?|modified|edited|revised")
_PUBLISH_LABEL = re.compile(r"(?i)published|posted|pubdate")
#: `<time>` stamps read at the head of an `<article>`, and letters of label before each.
ARTICLE_TIMES, LABEL_CHARS = 3, 40
_TIME_END = re.compile(r"</time\s*>", re.I)
#: The end of a block before a stamp: the label is what follows it (not a headline's words).
_BLOCK_END = re.compile(r"</(?:h[1-6]|p|div|li|ul|ol|header|section|figure|table)\s*>", re.I)


def _article_time(head: str, start: int) -> str | None:
    """The publication stamp among the first `<time>` stamps of an `<article>`: the one
    labelled published or posted, else the first not labelled updated or modified (an
    `Updated` stamp printed before the `Published` one is no publication date). The words a
    reader sees label a stamp before its class, id or itemprop do. That first
    stamp may give no `datetime` (then none is declared: a later one dates a related link),
    unless a `<time datetime>` nested in it does."""
    first: str | None = None
    lo = start
    for m in islice(_TIME_TAG.finditer(head, start), ARTICLE_TIMES):
        attrs = _attrs(m.group())
        end = _TIME_END.search(head, m.end(), m.end() + 200)
        if "datetime" not in attrs and _TIME_TAG.search(
            head, m.end(), end.start() if end else m.end()
        ):
            continue  # `<time class="date"><time datetime="…">`: the inner one is the stamp
        before = head[max(lo, m.start() - 400) : m.start()]
        if blocks := list(_BLOCK_END.finditer(before)):
            before = before[blocks[-1].end() :]
        shown = (
            _plain(before)[-LABEL_CHARS:]
            + " "
            + (_plain(head[m.end() : end.start()]) if end else "")
        )
        named = " ".join(attrs.get(k, "") for k in ("class", "id", "itemprop"))
        lo = end.end() if end else m.end()
        value = attrs.get("datetime", "")
        kind = _stamp_kind(shown) or _stamp_kind(named)
        if kind == "updated":
            continue
        if value and kind == "published":
            return value
        first = value if first is None else first
    return first or None


def _stamp_kind(label: str) -> str | None:
    """`published` or `updated` as a stamp's label says (published first: WordPress classes a
    never-edited post's stamp `entry-date published updated`), else None."""
    if _PUBLISH_LABEL.search(label):
        return "published"
    return "updated" if _UPDATE_LABEL.search(label) else None


def _attrs(tag: str) -> dict[str, str]:
    return {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}


def _marks_published(attrs: dict[str, str]) -> bool:
    return attrs.get("itemprop", "").lower() == "datepublished" or "pubdate" in attrs


def declared_published(content: bytes | str) -> str | None:
    """The page's declared publication date: a datetime as given (`2026-03-05T21:40+01:00`),
    else the ISO day; None when the page declares none that is a real date (see
    `EARLIEST_DECLARED`, `DECLARED_AHEAD`). Only the first 256 KB are read."""
    for value in _declared_values(_head(content)):
        value = value.strip()
        m = _ISO_DAY.match(value)
        if not m:
            continue
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        if EARLIEST_DECLARED <= day <= date.today() + DECLARED_AHEAD:
            return value if len(value) > 10 else day.isoformat()
    return None


#: A day in the URL's path as sites print them (`/2026/12/30/`, `/2026-12-30-slug`).
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?=/|$|[-_.?#])")


def published_date(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The page's publication date: what it declares (`declared_published`), else the date
    extractor's guess (`guessed_day`). A day in its URL's path is declared too and, where the
    two disagree, wins: a datetime given in UTC crosses midnight (`/2025/12/18/` published
    `2025-12-19T01:10Z`), and a page re-dated for an update keeps its first URL."""
    declared = declared_published(content)
    page_url = url or _clean(getattr(doc, "url", None)) or ""
    m = _URL_DAY.search(page_url)
    if m and declared and declared[:10] != f"{m[1]}-{m[2]}-{m[3]}":
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    return declared or guessed_day(content, doc, url)


def guessed_day(content: bytes | str, doc: object, url: str | None) -> str | None:
    """The date extractor's day for a page that declares none, unless it is only a year: a
    1 January that nothing in the page or its URL prints as a day is htmldate's reading of a
    `© 2026` footer or a bare year (its last resorts), and a year is no publication day."""
    from newsgraph.extract.dates import iter_dates

    guess = _clean(getattr(doc, "date", None))
    if not guess or guess[4:10] != "-01-01":
        return guess
    day = guess[:10]
    page_url = url or _clean(getattr(doc, "url", None)) or ""
    if any(iso == day for iso, _, _ in iter_dates(page_url)):
        return guess
    plain = _plain(_decoded(content))
    return guess if any(iso == day for iso, _, _ in iter_dates(plain)) else None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
