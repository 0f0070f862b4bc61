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
