"""Find publication dates in short lines of scraped text ("September 15, 2022", "15.09.2022").

Pure regex, bounded quantifiers only, so any line is scanned in linear time. Dates are returned
as ISO `YYYY-MM-DD`; a time of day on a scraped date line is too often in an unknown zone to be
worth reporting, so it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

#: Month number by its English name or abbreviation, lower case (`june`, `jun`, `sept`).
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
#: The month names and abbreviations as a text capitalises them (`June`, `Sept`), a regex
#: alternation, longest first.
MONTH_NAMES = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a scrape joins what the page set apart: "June 29, 2020November 12, 2021", "By Jane DoeMar 5,
# 2025", "October 17, 20236:01 PM ET"; a month name may start after a lower-case letter when it
# is capitalised, and a year may run into a word, a time of day or a count ("20255 mins read")
_MON_START = r"(?:\b|(?<=[a-z])(?=(?-i:[A-Z])))"
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d)|(?=\d{1,3}\s?[^\W\d_]))"
_PATTERNS = [
    # 2022-09-15, 2022/09/15, 2022-09-15T10:30:00Z
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    # September 15, 2022 / Sept. 15 2022 / Thursday, September 15th, 2022
    re.compile(rf"{_MON_START}{_MON}\s{{0,3}}{_DAY},?\s{{0,3}}{_YEAR}{_YEAR_END}", re.I),
    # 15 September 2022 / 15. September 2022 / 15 Sep, 2022 / 19-Dec-2025
    re.compile(rf"\b{_DAY}\.?\s{{0,3}}(?:of\s)?{_MON},?\s{{0,3}}{_YEAR}{_YEAR_END}", re.I),
    re.compile(rf"\b{_DAY}-{_MON}-{_YEAR}{_YEAR_END}", re.I),
    # 15.09.2022 (European) and 09/15/2022 (US unless impossible)
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
]

#: Time-zone abbreviations as printed after a clock time (`15:20 BST`, `8am EST`). Written out
#: because pycountry and zoneinfo hold zone names (`Europe/London`), not the abbreviations.
TIME_ZONES = frozenset(
    "UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT "
    "HST AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT PHT WIB ICT SAST EAT WAT CAT GST "
    "PKT AST ADT NST NDT ART BRT".split()
)
#: One of `TIME_ZONES`, upper case as printed, for a regex (case-sensitive even inside `(?i)`:
#: `EAT`, `CAT`, `WEST` are English words in lower case).
TIME_ZONE = "(?-i:" + "|".join(sorted(TIME_ZONES, key=lambda z: (-len(z), z))) + ")"

# Words that may surround a date on a date line without making it prose.
_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(?:published|posted|updated|last|modified|first|on|at|date|dated|am|pm|a\.m|p\.m|"
    r"gmt|utc|cet|cest|est|edt|pst|pdt|bst|msk|ist|et|pt|ct|local|time|hrs?|mins?|minutes?|read|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|"
    r"fri|sat|sun|ago|and|created|released|issued|edited|reviewed)\b"
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso(m: re.Match[str]) -> str | None:
    """The ISO date a pattern's match spells, or None when it is no calendar day."""
    gd = m.groupdict()
    y = int(gd["year"])
    if gd.get("mon"):
        return _valid(y, MONTHS[gd["mon"].lower().rstrip(".")], int(gd["day"]))
    if gd.get("mnum"):
        return _valid(y, int(gd["mnum"]), int(gd["day"]))
    a, b = int(gd["a"]), int(gd["b"])
    # slashes: US order where it is possible; dots and dashes: day first
    us = gd["sep"] == "/" and a <= 12
    return _valid(y, a, b) if us else _valid(y, b, a) or _valid(y, a, b)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in `text` as (ISO date, start, end), or None."""
    best: tuple[str, int, int] | None = None
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            iso = _iso(m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
            if iso:
                break
    return best


def iter_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Every date in `text` as (ISO date, start, end), pattern by pattern (not in text order):
    to ask whether a text prints a given day anywhere (a page's `1 January 2026`)."""
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if iso := _iso(m):
                yield iso, m.start(), m.end()


def date_line(line: str) -> str | None:
    """ISO date when `line` is essentially a date line ("Published: Sept 15, 2022 10:30 GMT")."""
    if len(line) > 120:
        return None
    found = find_date(line)
    if not found:
        return None
    iso, s, e = found
    rest = line[:s] + " " + line[e:]
    rest = re.sub(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?", " ", rest)
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return iso if len(words) <= 1 else None


def dateline_date(paragraph: str, text: str | None = None) -> str | None:
    """ISO date of the dateline opening a paragraph, when it prints a full date: `SELVIK, 17
    November 2026 - The commission ...`, `PORT CITY, November 17, 2026 — ...` (a hyphen, an en
    or an em dash after it), or, given the `text` it is from, a colon (`SELVIK, 17 November
    2026: The ...`, `credits.opening_dateline`). A release or a wire story without a date line
    of its own gives its day there; a dateline without a year (`SELVIK, Nov 17 (CPS) -`) gives
    none, and neither does a date later in the sentence."""
    from newsgraph.extract.credits import opening_dateline

    m = opening_dateline(paragraph[:200], text)
    rest = m.group("rest") if m else None
    found = find_date(rest) if rest else None
    return found[0] if found else None
