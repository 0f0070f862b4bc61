"""Split a digest (a newsletter roundup, a wire briefs page) into its items.

A digest is one document holding several short, unrelated reports: an email newsletter with a
heading over each item, a briefs page whose items each open with a dateline (`PORT CITY, Nov 20
(XNA) — ...`). Taken as one article, its unrelated items are dragged into one story and fill
its dossier; each item is a report of its own. An article with subheadings is one narrative:
its sections share the names and words of its subject, and it opens with a lead before its
first subheading, so it never splits.

A text is a digest when, after cleaning:
- at least `MIN_ITEMS` items open with a heading line or a dateline paragraph, and no more
  than a short preamble comes before the first;
- every item is short (`MAX_ITEM_WORDS`) and has a body;
- its headings are not mostly a listicle's numbers, a Q&A's questions or a live blog's clock
  times, and most items name someone or somewhere (an explainer's sections do not);
- most items say when (`DATED_SHARE`), in English or in the text's language (`_day_names`);
- the items are not one narrative: no name recurs in half of them, and two items share few
  content words (`MAX_OVERLAP`).

`split_digest` gives one `Extraction` per item (its heading as its title, the parent's date,
outlet and URL); the pipeline makes each an article (`pipeline.articles_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from newsgraph.extract.credits import DATELINE
from newsgraph.extract.html import NO_POSITION
from newsgraph.extract.language import detect_language
from newsgraph.extract.textclean import STOPWORDS
from newsgraph.records import Extraction, Removal
from newsgraph.textshapes import CLOCK_TIME

#: Fewest items a digest has: two sections are an article and its sidebar as often as not.
MIN_ITEMS = 3
#: Most words in one item's body: a digest's items are briefs, an article's sections may be long.
MAX_ITEM_WORDS = 250
#: Most words before the first item (a newsletter's line of contents); an article has a lead.
MAX_PREAMBLE_WORDS = 40
#: Fewest words in one item's body: a brief is at least a sentence.
MIN_ITEM_WORDS = 15
#: Share of items that must say when (a day, a month, `yesterday`, a dateline): news briefs do,
#: a list's or a guide's entries (films to stream, trails to ride, books of the year) do not.
DATED_SHARE = 0.75
#: Most items a name or a content word may be in: more (and at least 3) is a subject or a
#: theme (`Portavel`, `trail`, `novel`).
THEME_SHARE = 0.6
#: Most words in a heading line.
MAX_HEADING_WORDS = 14
#: Most content words two items may share, as a share of the smaller item's (Szymkiewicz-Simpson
#: overlap): sections of one story share its subject's words, unrelated briefs only chance ones.
MAX_OVERLAP = 0.25
#: Why the text before a digest's first item is left out of every item.
PREAMBLE_REASON = "digest preamble"

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A name: capitalised words, with `of`/`the` inside (`Bank of Brenland`), kept whole so that a
#: country does not tie together the items that name an institution after it.
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de|and)\s+)?[A-Z][\w'’-]*)*")
#: Words of time shared by any two reports of one week: no sign of one subject.
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday "
    "january february march april june july august september october november december".split()
)
#: The named days and months of `_WHEN`: a report's, where `today` is also a greeting's.
_DAYS = _WHEN - {"today", "tonight", "tomorrow", "yesterday"}
_TIME_WORDS = _WHEN | frozenset(
    "week weekend month year morning afternoon evening night may".split()
)


@dataclass(frozen=True, slots=True)
class _Item:
    heading: str | None
    body: list[str]  # paragraphs

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)

    @property
    def prose(self) -> str:
        """The body without its dateline: every brief of one wire shares its month and sender."""
        return DATELINE.sub("", self.text, count=1)


def split_digest(extraction: Extraction) -> list[Extraction] | None:
    """The items of a digest as extractions of their own, or None for any other text.

    Deterministic: the same text gives the same items. The parent's removals stay with the
    first item (with the raw input, `pipeline`); the preamble, if any, is recorded there too."""
    paragraphs = [p.strip() for p in extraction.text.split("\n\n") if p.strip()]
    parts = _items(paragraphs)
    if parts is None:
        return None
    preamble, items = parts
    if not _shaped(preamble, items):
        return None  # most texts: no language to detect
    days = _DAYS | _day_names(detect_language(extraction.text))
    if not _is_digest(preamble, items, days):
        return None
    out = []
    for i, item in enumerate(items):
        removals = list(extraction.removals) if i == 0 else []
        if i == 0 and preamble:
            text = "\n\n".join(preamble)
            removals.append(Removal(NO_POSITION, NO_POSITION, text, PREAMBLE_REASON))
        out.append(
            replace(
                extraction,
                text=item.text,
                title=item.heading or _lead_title(item.body[0]),
                agencies=list(extraction.agencies),
                removals=removals,
            )
        )
    return out


def _is_digest(preamble: list[str], items: list[_Item], days: frozenset[str] = _DAYS) -> bool:
    """Whether items of a digest's shape (`_shaped`) are a digest's: news, unrelated; `days`:
    the names of days and months that date a report (`_day_names`)."""
    if any(_news(p, days) for p in preamble):
        return False  # a lead that tells news: an explainer's, or a digest's first item whose
        # heading was read as the title (split, it would be lost as preamble)
    if sum(_dated(item, days) for item in items) < DATED_SHARE * len(items):
        return False  # a guide's or a list's entries (trails, books, films) tell no news
    return not _one_narrative(items)


def _shaped(preamble: list[str], items: list[_Item]) -> bool:
    """Whether the items have a digest's shape, whatever their language: enough, a short
    preamble, short bodies, headings that are no listicle's, Q&A's or live blog's, names."""
    if len(items) < MIN_ITEMS or _words(" ".join(preamble)) > MAX_PREAMBLE_WORDS:
        return False
    if any(not MIN_ITEM_WORDS <= _words(item.text) <= MAX_ITEM_WORDS for item in items):
        return False
    if sum(map(_numbered, items)) * 2 >= len(items):
        return False  # a listicle's numbered points (`1. Leading lines`)
    if sum(map(_asked, items)) * 2 >= len(items):
        return False  # a Q&A's or an explainer's questions (`Who is affected?`)
    if sum(map(_timed, items)) * 2 >= len(items):
        return False  # a live blog's entries (`14:05 GMT`, `9.58pm Exit poll published`)
    # an explainer's sections tell rules in common nouns (`Anyone born after 1965 retires
    # later`); a report names who or where (`the harbour council of Portavel`)
    return sum(not _names(item, past_openers=True) for item in items) * 2 < len(items)


def _items(paragraphs: list[str]) -> tuple[list[str], list[_Item]] | None:
    """(preamble, items): each item opens with a heading paragraph or a dateline paragraph; a
    dateline right under a heading opens the heading's item."""
    preamble: list[str] = []
    items: list[_Item] = []
    for n, p in enumerate(paragraphs):
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if nxt is not None and _heading(p) and not _heading(nxt):
            items.append(_Item(p, []))
        elif DATELINE.match(p) and not (items and items[-1].heading and not items[-1].body):
            items.append(_Item(None, [p]))
        elif items:
            items[-1].body.append(p)
        else:
            preamble.append(p)
    return (preamble, items) if items else None


def _heading(paragraph: str) -> bool:
    """A heading line: one short line that is no sentence (no closing stop, comma or colon),
    opening with a capital or a digit."""
    if "\n" in paragraph or not paragraph[:1].isupper() and not paragraph[:1].isdigit():
        return False
    n = _words(paragraph)
    return 1 <= n <= MAX_HEADING_WORDS and not re.search(r"[.,;:…]$|[\"”’]$", paragraph)


def _one_narrative(items: list[_Item]) -> bool:
    """Whether the items read as sections of one story: a name or a content word that runs
    through them (`_runs_through`), or two items sharing many of their content words."""
    words = [_content_words(item.prose) for item in items]
    if _runs_through([_names(item) for item in items]) or _runs_through(words):
        return True
    return any(
        len(a & b) > MAX_OVERLAP * min(len(a), len(b)) for a, b in combinations(words, 2) if a and b
    )


def _runs_through(found: list[set[str]]) -> bool:
    """Whether one of the found names or words is in at least 3 items and more than
    `THEME_SHARE` of them: a story's subject or a list's theme; two briefs of a country's
    wire may both name its people (`Kestrian`)."""
    counts: dict[str, int] = {}
    for each in found:
        for key in each:
            counts[key] = counts.get(key, 0) + 1
    return any(c >= 3 and c > THEME_SHARE * len(found) for c in counts.values())


def _numbered(item: _Item) -> bool:
    return bool(item.heading and re.match(r"\d{1,2}[.)]\s", item.heading))


def _timed(item: _Item) -> bool:
    """Whether an item's heading opens with a clock time: one story's live entries do."""
    first = item.heading.split()[0].rstrip(",:-–—") if item.heading else ""
    return bool(CLOCK_TIME.match(first))


def _asked(item: _Item) -> bool:
    return bool(item.heading and item.heading.rstrip().endswith("?"))


def _news(paragraph: str, days: frozenset[str] = _DAYS) -> bool:
    """Whether a paragraph before the first item reads as a report (a brief's length, and a
    weekday, a month or a dateline): a newsletter's greeting or contents line does not."""
    if _words(paragraph) < MIN_ITEM_WORDS:
        return False
    return bool(DATELINE.match(paragraph)) or any(
        w.lower() in days for w in _WORD.findall(paragraph)
    )


def _dated(item: _Item, days: frozenset[str] = _DAYS) -> bool:
    """Whether an item says when: a dateline, or a day or month word in its body."""
    if DATELINE.match(item.body[0]):
        return True
    return any(w.lower() in _WHEN or w.lower() in days for w in _WORD.findall(item.text))


@lru_cache(maxsize=64)
def _day_names(language: str | None) -> frozenset[str]:
    """The days' and months' full names in `language` (`mardi`, `novembre`), lower case, from
    dateparser's locale data (the reader of other languages' dates, `metadata.date_line_in`):
    a French newsletter's items are dated in French. Only the longest name of each: the short
    forms (`lu`, `mo`, `mar`) are everyday words. Empty for English and unknown languages."""
    if not language or language == "en":
        return frozenset()
    from dateparser.languages import default_loader

    try:
        info = default_loader.get_locale(language).info
    except Exception:  # noqa: BLE001 - dateparser has no data for this language
        return frozenset()
    names = (max(info.get(key) or [""], key=len).lower() for key in _DAYS | {"may"})
    return frozenset(n for n in names if n.isalpha())


def _names(item: _Item, past_openers: bool = False) -> set[str]:
    """The names an item's body uses (not its heading, whose capitals are style), lower case,
    without the stop words or words of time a sentence opens with; `past_openers`: without any
    sentence's first word (`Unions said`, `Anyone born after 1965`), a capital of grammar."""
    found = set()
    prose = item.prose
    for m in _NAME.finditer(prose):
        words = m.group().lower().split()
        if past_openers and prose[: m.start()].rstrip(' \n"“‘”’(')[-1:] in ("", ".", "!", "?", ":"):
            words.pop(0)
        while words and (words[0] in STOPWORDS or words[0] in _TIME_WORDS):
            words.pop(0)  # a capital opening a sentence: `On Friday`, `The Bank of ...`
        if words:
            found.add(" ".join(words))
    return found


def _content_words(text: str) -> set[str]:
    """The words an item writes in lower case, stop words aside: its common nouns and verbs
    (`trail`, `novel`, `strike`). Names are `_names`: as words, a country would tie together
    the items that name its bank and its cup."""
    return {
        w
        for w in _WORD.findall(text)
        if len(w) > 3 and w[0].islower() and w not in STOPWORDS and w not in _TIME_WORDS
    }


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _lead_title(paragraph: str) -> str:
    """A title for an item with no heading: its first sentence, after the dateline."""
    m = DATELINE.match(paragraph)
    rest = paragraph[m.end() :] if m else paragraph
    sentence = re.split(r"(?<=[.!?])\s", rest.strip(), maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
