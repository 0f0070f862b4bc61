"""Normalising metadata values that inputs give in many shapes."""

from __future__ import annotations

import re
from datetime import datetime

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise_date(value: object) -> str | None:
    """ISO 8601 date (or datetime, when a time is given) from whatever an input supplies.

    ISO strings pass through; anything else goes to dateparser, which knows many languages and
    formats. Returns None rather than guessing when nothing parses.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    s = " ".join(str(value).split())
    if not s:
        return None
    if _ISO_DATE.match(s):
        return s if _valid_iso(s) else None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        dt = _dateparser(s)
        if dt is None:
            return None
    if (dt.hour, dt.minute, dt.second, dt.microsecond) == (0, 0, 0, 0) and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat()


def _valid_iso(s: str) -> bool:
    try:
        datetime.strptime(s, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _dateparser(s: str) -> datetime | None:
    import dateparser

    return dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})


_YEAR_DAY = re.compile(r"\b(?:19|20)\d\d\b")
#: A date line is short: a weekday, a day, a month, a year, perhaps a time ("Samstag, 2. Januar
#: 2027, 15:00"); a longer line is a sentence that mentions a date.
DATE_LINE_WORDS = 8


def date_line_in(line: str, language: str | None) -> str | None:
    """ISO date when `line` is nothing but a date written in `language` ("lundi 3 mars 2025",
    "3 de marzo de 2025", "Samstag, 2. Januar 2027"): the English date-line reader knows only
    English month names, dateparser knows those of many languages. A day, a month and a year
    must all be printed, so a year alone or a headline with a number is no date."""
    s = " ".join(line.split())
    if not language or not s or len(s.split()) > DATE_LINE_WORDS or not _YEAR_DAY.search(s):
        return None
    import dateparser

    try:
        dt = dateparser.parse(
            s, languages=[language], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
        )
    except (ValueError, OverflowError):  # dateparser has no data for this language
        return None
    return dt.date().isoformat() if dt is not None else None
