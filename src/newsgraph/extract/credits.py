"""Credits: the lines that say who wrote, sent or owns a text rather than what it reports.

Copyright and rights notices, agency and editor sign-offs, and datelines are found by several
stages: the text cleaner labels them as furniture, the HTML extractor drops closing notices, the
entity reader takes a dateline's places, the dossier lists the agencies a text credits, and the
claims skip notices. Each used to keep its own copy of the pattern, and the copies drifted (one
knew `Reproduced with permission`, another `Published under licence`; one read a dateline's
`(Reuters, AFP)`, another only `(Reuters)`). Here each is defined once, as the union of what
those copies matched, with named groups for the parts a caller reads. A caller that needs less
asks for it by name (a closing paragraph is a notice only when it *opens* as one,
`RIGHTS_NOTICE`; a dateline's parenthesis names agencies only when it has their shape,
`CREDITS`) rather than keeping a narrower copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsgraph.extract.outlets import canonical_outlet, is_agency, paper_word
from newsgraph.names import NAME_WORD, is_name_word
from newsgraph.wordlists import (
    ADDRESS_ONLY,
    EVERYDAY_GIVEN_NAMES,
    NAME_PART_HONORIFICS,
    NAME_PARTICLES,
)
from newsgraph.wordlists import OFFICE_TITLES as OFFICE_TITLES  # its old home, for callers

# -- copyright and rights ---------------------------------------------------------------------

#: The sign of a rights notice anywhere in a line: `©`, `(c)`, the word `copyright`.
COPYRIGHT_MARK = r"(?:©|\(c\)|\bcopyright\b)"
#: How a rights notice opens: `Copyright 2025`, `Copyright ©`, `© X`, `(c) 2025`. The bare word
#: (`Copyright law ...`) opens prose, not a notice.
RIGHTS_OPENING = r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})"
#: A republication's terms: `Republished with permission`, `published here under licence`,
#: `distributed by arrangement with`, `reproduced with the kind permission of`, `used with
#: permission` (not `produced under licence`, `used under licence`: said of goods in prose).
PERMISSION = (
    r"\b(?:(?:re)?(?:published|printed|posted|distributed)\s+(?:here\s+)?(?:with|by|under)\s+"
    r"(?:the\s+)?(?:kind\s+)?(?:permission|arrangement|licen[cs]e|agreement)|"
    r"(?:reproduced|used)\s+with\s+(?:the\s+)?(?:kind\s+)?permission)\b"
)
ALL_RIGHTS = r"\ball rights reserved\b"

#: A line of page furniture about rights: the mark within its first 80 characters (`Site name
#: © 2025`, `Photo: © Agency`), or `All rights reserved.` alone.
COPYRIGHT_LINE = re.compile(rf"(?i)^(?:.{{0,80}}{COPYRIGHT_MARK}.{{0,200}}|{ALL_RIGHTS}\.?)$")
#: A paragraph that is a rights notice and nothing else: it opens as one, or it is a
#: permission line (`This article is republished with permission from X.`).
RIGHTS_NOTICE = re.compile(
    rf"(?i)^(?:{RIGHTS_OPENING}.{{0,200}}|.{{0,120}}{PERMISSION}.{{0,80}}|{ALL_RIGHTS}\.?)$"
)
#: A sentence that carries a rights notice: `©` or `(c) 2025` anywhere, a notice's opening at
#: its start, `all rights reserved`, or a permission (the caller bounds the paragraph's size).
RIGHTS_IN_SENTENCE = re.compile(
    rf"(?i)©|\(c\)\s*\d{{4}}|^{RIGHTS_OPENING}|{ALL_RIGHTS}|{PERMISSION}"
)
_YEARS = r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?"
#: The holder a notice names: `© 2025 Harbour Times. All rights reserved.` -> `Harbour Times`
#: (after an optional year or range of years; up to `.`, `|`, `,`, `;` or `all rights`). A
#: year printed after the name (`© Harbour Times 2025.`) is the notice's, not the name's.
COPYRIGHT_HOLDER = re.compile(
    rf"(?im){COPYRIGHT_MARK}\s*(?:{_YEARS}\s*)?,?\s*"
    rf"(?P<holder>[^\W\d_][^.|,;©\n]{{1,60}}?)\s*(?:,?\s*{_YEARS}\s*)?(?:[.|,;]|\ball rights\b|$)"
)

# -- agency credits and sign-offs -------------------------------------------------------------

#: One credit as printed: an acronym or short name (`AFP`, `dpa`, `Reuters`) or a capitalised
#: name of up to four words (`Agence France-Presse`).
CREDIT = r"(?:[A-Z][A-Za-z]{1,9}|[a-z]{2,4})(?:[ -][A-Z][A-Za-z&.]{1,15}){0,3}"
#: Several credits: `AP, AFP`, `AFP/dpa`, `Reuters and AP` (at most five).
CREDITS = rf"{CREDIT}(?:\s*[,/;]\s*{CREDIT}|\s+and\s+{CREDIT}){{0,4}}"
_CREDITS = re.compile(CREDITS)

#: A sign-off line: editors' initials (`ab/cd`, `xy, zz`), the agencies that sent the text in
#: parentheses (`(AP, AFP)`, `(with Reuters)`), or both (`ab/cd (XNA, ZPA)`, any space but a
#: line break between them, a no-break space too). One line (re.M): `initials`, `with` and
#: `credits` (the parenthesis' text after `with`) are the parts found.
SIGNOFF = re.compile(
    r"^(?=\S)(?P<initials>[a-z]{1,4}(?:\s?[,/]\s?[a-z]{1,4})+)?[^\S\n]*"
    r"(?:\((?P<with>with\s+)?(?P<credits>[^()\n]{1,80})\))?[^\S\n]*$",
    re.M,
)


def credit_list(text: str | None) -> list[str]:
    """The credits of `AP, AFP` / `AFP/dpa` / `Reuters and AP` when the whole text has the shape
    of credits (`CREDITS`), else []."""
    if not text or not _CREDITS.fullmatch(text.strip()):
        return []
    return [p.strip() for p in re.split(r"\s*[,/;]\s*|\s+and\s+", text.strip()) if p.strip()]


# -- datelines --------------------------------------------------------------------------------

_PLACE_WORD = r"[A-Z][A-Z'’.-]+"
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD})*"
#: A dateline opening a paragraph: upper-case places (`PORT CITY`, `NORTH/SOUTH BAY`), then an
#: optional `, country or date` (`rest`) and a parenthesis (`agency`: the sender, checked by the
#: caller, e.g. with `credit_list`), then the dash that opens the report: `LYON —`,
#: `HARBOUR CITY, March 6 (XNA) -`, `PORT CITY, Ruritania (AP, AFP) —`.
DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s?/\s?{_PLACE})*)"
    r"(?P<rest>,[^\n—–()]{1,40}?)?[^\S\n]*(?:\((?P<agency>[A-Za-z][^()\n]{0,79})\)[^\S\n]*)?"
    r"[—–-]{1,2}\s",
    re.M,
)
#: A dateline closed by a colon instead of a dash (`NEW DELHI: The ministers ...`, `LOMARI, 25
#: November 2026: ...`), as South Asian papers and some wires print it; the same groups as
#: `DATELINE`. A transcript's turn label has its shape (`DANA RUSU: We ...`): read it through
#: `opening_dateline`, which tells them apart.
COLON_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s?/\s?{_PLACE})*)"
    r"(?P<rest>,[^\n:—–()]{1,40}?)?[^\S\n]*(?:\((?P<agency>[A-Za-z][^()\n]{0,79})\)[^\S\n]*)?"
    r":[^\S\n]+(?=[A-Z\"“‘'])",
    re.M,
)
#: Words of a label in capitals before a colon that is no place (`UPDATE:`, `EDITOR'S NOTE:`,
#: `KEY POINTS:`).
_COLON_LABEL_WORDS = frozenset(
    "breaking urgent flash alert developing update updated correction clarification note "
    "editor's editors' editor warning advisory summary background context key points watch "
    "live exclusive analysis opinion".split()
)


def opening_dateline(paragraph: str, text: str | None = None) -> re.Match[str] | None:
    """The dateline opening a paragraph: a dash's (`DATELINE`: `LYON —`), or, given the `text`
    the paragraph is from, a colon's (`COLON_DATELINE`: `LOMARI: The ministers ...`) whose
    words are no label's (`UPDATE:`) and when no label in capitals and a colon opens two of
    the text's paragraphs: a transcript's speakers speak again, a dateline is printed once."""
    if m := DATELINE.match(paragraph):
        return m
    if text is None or (m := COLON_DATELINE.match(paragraph)) is None:
        return None
    if {w.lower() for w in re.split(r"[\s/]+", m["places"])} & _COLON_LABEL_WORDS:
        return None
    labels = [c["places"] for c in COLON_DATELINE.finditer(text)]
    return None if len(labels) != len(set(labels)) else m


# -- a newsletter's framing -------------------------------------------------------------------

#: What a newsletter calls itself: `the Harbour Brief`, `this week's digest`, `today's edition`.
_LETTER = r"(?:brief|briefing|digest|round-?up|newsletter|bulletin|edition|dispatch|recap|issue)"
#: One sentence of a newsletter's greeting or sign-off, said to its readers about the letter,
#: not the news: `Good morning.`, `Here is what you need to know today.`, `That's all for
#: today.`, `See you on Monday.`, `Until tomorrow.` A welcome names the letter (`Welcome to the
#: Harbour Brief`: `Welcome to the new normal.` closes an essay), and an `until` looks ahead to
#: the next one (`Until Friday.`; `Until yesterday.` is a story's turn).
_FRAME_SENTENCE = (
    r"(?:good (?:morning|afternoon|evening)|hello|hi there|welcome(?: back)?"
    rf"(?: to (?:the |this |your |today['’]s )?[\w'’ -]{{0,40}}\b{_LETTER})?)"
    r"(?:,? (?:everyone|all|readers))?"
    rf"|here(?: is|['’]s| are) (?:what you need to know|your [\w'’ -]{{1,30}}{_LETTER})"
    r"(?: (?:today|this (?:morning|evening|week)|now))?"
    r"|that['’]s (?:all|it) for (?:today|now|this (?:morning|evening|week))"
    r"|see you (?:on \w+|tomorrow|next \w+|then|soon)"
    r"|until (?:tomorrow|next (?:time|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|thanks for reading(?: (?:today|this week))?"
)
#: A paragraph made only of such sentences (the greeting under a newsletter's headline, its
#: closing line): the letter's framing, furniture around its items.
NEWSLETTER_FRAME = re.compile(
    rf"(?i)(?:(?:{_FRAME_SENTENCE})[.!,]?\s*)+",
)


def newsletter_frame(paragraph: str) -> bool:
    """Whether a paragraph is only a newsletter's greeting or sign-off (`Good morning. Here is
    what you need to know today.`, `That's all for today. See you on Monday.`)."""
    p = paragraph.strip()
    return 0 < len(p) <= 160 and NEWSLETTER_FRAME.fullmatch(p) is not None


# -- job titles beside a byline ---------------------------------------------------------------

#: A newsroom job title printed after a byline's name (`security correspondent`, `Staff
#: Writer`, `Senior Political Reporter`, `Chief Economics Editor`): up to three words before a
#: newsroom role noun, whole. An author list split at the byline's comma (trafilatura: `Jo Lane;
#: Security Correspondent`) holds it as a co-author; no person's name ends in such a noun.
BYLINE_ROLE = re.compile(
    r"(?i)(?:[^\W\d_][\w'’&-]*\s+){0,3}"
    r"(?:correspondents?|editors?|reporters?|writers?|columnists?|journalists?|contributors?|"
    r"producers?|photographers?|commentators?|critics?|analysts?)"
)


#: Titles of degree or courtesy a byline may print before a name (`By Dr Mara Quist`): no part
#: of the author's name; one that is as often a given name (`wordlists.NAME_PART_HONORIFICS`:
#: `By Kumari Selvan`) only before an initial (`Sri P. Ramadas`).
_HONORIFIC_WORDS = "|".join(sorted(ADDRESS_ONLY - NAME_PART_HONORIFICS | {"prof", "professor"}))
_NAME_PART_WORDS = "|".join(sorted(NAME_PART_HONORIFICS))
HONORIFIC_LEAD = re.compile(
    rf"(?i)^(?:(?:{_HONORIFIC_WORDS})\.?\s+|(?:{_NAME_PART_WORDS})\.?\s+(?=(?-i:[A-Z])\.?\s))+"
    r"(?=(?-i:[A-Z]))"
)


def without_honorific(byline: str | None) -> str | None:
    """A byline's names without a leading honorific (`Dr Mara Quist; Ms Ana Roos` gives `Mara
    Quist; Ana Roos`)."""
    if not byline:
        return byline
    return "; ".join(HONORIFIC_LEAD.sub("", n.strip(), count=1) for n in byline.split(";"))


def byline_case(byline: str | None) -> str | None:
    """A byline whose person's name is printed in capitals (`LENA HOLT`, a page's style) in
    the name's own case (`Lena Holt`); a name with any lowercase letter, an agency (`AFP`, `BBC
    NEWS`) or a desk (`REUTERS STAFF`) stays as printed."""
    if not byline:
        return byline
    parts = re.split(r"(\s*[,;/&|]\s*|\s+(?i:and)\s+)", byline)
    cased = set()
    for k in range(0, len(parts), 2):
        name = parts[k]
        capitals = any(c.isalpha() for c in name) and name == name.upper()
        if capitals and _person_credit(_name_case(name), None):
            parts[k] = _name_case(name)
            cased.add(k)
    for k in range(1, len(parts), 2):
        if {k - 1, k + 1} <= cased:
            parts[k] = parts[k].replace("AND", "and")
    return "".join(parts)


def _name_case(name: str) -> str:
    """A capitals name in the name's case: each word capitalised at its start and after a
    hyphen or apostrophe (`JEAN-PAUL O'NEIL` gives `Jean-Paul O'Neil`), a particle inside in
    lowercase (`ANA DE LA CRUZ` gives `Ana de la Cruz`), `Mc` followed by a capital
    (`MCALLISTER` gives `McAllister`: a lowercase letter after `Mc` is no spelling). `Mac` is
    left in title case (`MACLEAN` gives `Maclean`): `Maclean` and `MacLean` are both names, and
    `Machado`, `Mackie` are no `Mac` names at all."""
    words = name.split()
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        inside = 0 < k < len(words) - 1
        cased = _MC.sub(lambda m: f"Mc{m[1].upper()}", word.title())
        out.append(low if inside and low in NAME_PARTICLES else cased)
    return " ".join(out)


#: `Mc` opening a name or a hyphenated part of one, two letters or more after it (`Mcallister`).
_MC = re.compile(r"(?:^|(?<=[-'’]))Mc([a-z])(?=[a-z])")


# -- the people a byline credits --------------------------------------------------------------

#: Where a byline's credits part: `,` `;` `/` `&` `|` or `and` (`Ana Vidic and Tomas Hult`,
#: `Jo Lane; Security Correspondent`, `Teodor Vance, Continental Press Service`).
_CREDIT_SPLIT = re.compile(r"\s*[,;/&|]\s*|\s+and\s+")
#: Words of a byline that make it a desk or a staff credit, not one person's name.
_DESK_WORDS = frozenset("staff desk team reporters editors correspondents agencies wire".split())
#: Last words of a news agency's name in a byline (`Continental Press Service`), no person's.
AGENCY_HEADS = frozenset(
    "press service services news wire agency agencies bureau media network radio television "
    "broadcasting syndicate".split()
)


def byline_credits(byline: str | None) -> list[str]:
    """The credits of a byline, in order, without its `By`: `By Ana Vidic and Tomas Hult` gives
    `Ana Vidic`, `Tomas Hult`; `Teodor Vance, Continental Press Service` a person and an
    agency. What each credit is the caller judges (`byline_people`)."""
    if not byline:
        return []
    rest = re.sub(r"^[Bb]y\s+", "", byline.strip())
    return [c for c in (c.strip() for c in _CREDIT_SPLIT.split(rest)) if c]


def byline_people(byline: str | None, not_person: Callable[[str], bool] | None = None) -> list[str]:
    """The credits of a byline that are people's names, in order: two to four capitalised
    words (`names.NAME_WORD`; a particle inside, `Ana de la Cruz`), none a desk's or an agency's
    word (`Northern Ledger staff`, `Meridian Wire`), not a newsroom job (`Security
    Correspondent`) nor an outlet or agency the table knows (`BBC News`, `Associated Press`).
    `not_person` adds what only the caller knows (the analysis' organisation words and
    country names; the cleaner's publication shapes, which cannot be read from here)."""
    return [c for c in byline_credits(byline) if _person_credit(c, not_person)]


def _person_credit(credit: str, not_person: Callable[[str], bool] | None) -> bool:
    words = credit.split()
    if not 2 <= len(words) <= 4 or not all(
        _name_word(w, k, len(words)) for k, w in enumerate(words)
    ):
        return False
    low = {w.lower() for w in words}
    if low & _DESK_WORDS or low & AGENCY_HEADS or BYLINE_ROLE.fullmatch(credit):
        return False
    if canonical_outlet(credit) is not None or is_agency(credit) or _paper_credit(credit):
        return False
    return not_person is None or not not_person(credit)


def _paper_credit(credit: str) -> bool:
    """A credit shaped as a paper's name (`outlets.paper_word`: `Kieler Nachrichten`, `Northern
    Echo`, `Hamburger Abendblatt`), unless it is two words opening with a given name: a surname
    may hold or be a newspaper's word (`Ilse Rosenblatt`, `Karl Bote`, `Nina Echo`)."""
    words = credit.split()
    return paper_word(credit) and not (len(words) == 2 and given_name(words[0]))


def _name_word(word: str, k: int, n: int) -> bool:
    """A capitalised name word, or a particle between two (`de`, `van der`)."""
    if 0 < k < n - 1 and word in NAME_PARTICLES:
        return True
    return word[:1].isupper() and NAME_WORD.fullmatch(word) is not None


# -- given names ------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def given_name(word: str) -> bool:
    """Whether a capitalised word may be a person's given name: one that is also an everyday
    word (`EVERYDAY_GIVEN_NAMES`), or a word the analysis' dictionaries hold as a person's name
    (`names.is_name_word`: `Marta`, `Ilse`, `Karl`) that is neither an everyday word nor a
    particle (`Key`, `Der` are not). Cached: the cleaner asks it of the same words many times
    a text, and the answer depends on the word alone."""
    from newsgraph.extract.lexicon import everyday_word

    low = word.lower()
    if low in EVERYDAY_GIVEN_NAMES:
        return True
    return low not in NAME_PARTICLES and is_name_word(word) and not everyday_word(low)
