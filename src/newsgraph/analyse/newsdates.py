"""Dates as news writes them, resolved against the article's publication date.

News names days relative to when it was published: `on Thursday`, `last month`, `earlier this
week`, `in early February`, `Friday`. The convention (AP style and common practice):

- a weekday is the day of publication when it is the same weekday (`met on Thursday` in a
  Thursday paper is that Thursday), otherwise the most recent past one;
- for a future or planned event (`will meet on Friday`) it is the next one on or after the
  publication day;
- `last Thursday` is the one before the most recent, when that is the publication day itself
  (a week back), and `next Friday` the next one strictly after it;
- `until Friday` / `till April` names the end of something still going on at publication, so
  it resolves forwards whatever tense the caller passes;
- a bare month name follows the tense the caller gives: for a future, planned or conditional
  event (`will meet in April`, `if the session in April ends`) the next such month (this year's
  when it is later in the year than publication), otherwise the most recent one. The tense is
  the caller's to read (events.py passes `future` for planned events);
- a weekday written with its day and month (`Thursday 26 November`, `Thu 26 Nov`, `26
  November, a Thursday`) names that day: the weekday only picks the year, the one where the day
  falls on it within half a year of publication, whatever the tense. A weekday that fits no
  such year is a typo: the day and month win, the year is the tense's;
- a range written with one month (`Thursday 26 - Saturday 28 November`, `26-28 Nov`) names
  the day it begins, as one written with two months (`26 November to 4 December`) does.

General-purpose parsers resolve a same-weekday `on Thursday` to the previous week, so weekday
names, relative weeks, months and years are resolved here; dateparser only reads absolute dates
(`15 September 2022`, `Sept. 15`), where it is right.

`ResolvedDate.iso` is the most specific ISO 8601 form the expression supports: `2022-09-15`
(day), `2022-W37` (week), `2022-09` (month), `2022` (year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {w[:3]: i for i, w in enumerate(WEEKDAYS)} | {"tues": 1, "thur": 3, "thurs": 3}
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Every written form of a month (full name, three-letter abbreviation, `sept`) -> 1..12.
MONTH_FORMS = (
    {m: i + 1 for i, m in enumerate(MONTHS)}
    | {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
    | {"sept": 9}
)
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
    "few": 3,
    "couple of": 2,
    "a couple of": 2,
}
#: Words around a date that change nothing about the day it names.
_NOISE = re.compile(
    r"\b(?:on|in|at|by|of|the|during|since|until|till|from|as|early|earlier|late|later|mid|"
    r"middle|end|beginning|start|morning|afternoon|evening|night|overnight|day|local|time)\b"
    r"|[-,.]",
    re.I,
)
_DAY_PARTS = re.compile(r"\b(?:morning|afternoon|evening|night|overnight)\b", re.I)


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    iso: str
    precision: str  # day | week | month | year


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def _week(d: date) -> ResolvedDate:
    year, week, _ = d.isocalendar()
    return ResolvedDate(f"{year}-W{week:02d}", "week")


def _month(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _shift_month(d: date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def parse_published(published: str | date | None) -> date | None:
    """The publication date of an ISO 8601 date or datetime string (None when unreadable)."""
    if published is None or isinstance(published, date):
        return published
    text = published.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def weekday_date(
    weekday: int, published: date, *, future: bool = False, modifier: str | None = None
) -> date:
    """The news convention for a bare weekday (`modifier` is `last`, `next` or `this`)."""
    delta = (weekday - published.weekday()) % 7
    if modifier == "next":
        return published + timedelta(days=delta or 7)
    if modifier == "last":
        back = (published.weekday() - weekday) % 7
        return published - timedelta(days=back or 7)
    if future:
        return published + timedelta(days=delta)
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back)


def _number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


_REL_UNIT = re.compile(
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"(?:a )?couple of|(?:a )?few)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|"
    r"before|later|from now|hence)\b",
    re.I,
)
_IN_UNIT = re.compile(
    r"^\s*(?:with)?in\s+(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"(?:a )?couple of|(?:a )?few)\s+(?P<unit>day|week|month|year)s?(?:'|’)?(?:\s+time)?\s*$",
    re.I,
)
_THIS_NEXT_LAST = re.compile(
    r"\b(?P<mod>this|next|last|past|previous|coming|following)\s+(?P<unit>week|month|year|"
    r"weekend)\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


# "until Friday" names the end of a state that holds at publication (a summit running until
# Friday, a ban until April): it points forward whatever the tense the caller read.
_UNTIL = re.compile(r"^(?:un)?till?\b|^'til\b")


def resolve_date(expr: str, published: date, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression against the publication date; None when it names no date.

    `future` says the event is planned or expected (`will meet on Friday`): a bare weekday or
    month then resolves forwards.
    """
    text = " ".join(expr.replace("’", "'").split()).strip()
    low = text.lower()
    if not low:
        return None
    if _UNTIL.match(low):
        future = True  # "until Friday", "till April": the end of something still going on
    # absolute dates first: a weekday beside a full date defers to the date
    found = _absolute(text, published, future)
    if found is not None:
        return found
    found = _holiday(low, published, future)
    if found is not None:
        return found
    if re.search(r"\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b|\bnow\b", low):
        return _day(published)
    if re.search(r"\byesterday\b|\blast night\b", low):
        return _day(published - timedelta(days=1))
    if re.search(r"\btomorrow\b", low):
        return _day(published + timedelta(days=1))
    if re.search(r"\bday before yesterday\b", low):
        return _day(published - timedelta(days=2))
    m = _REL_UNIT.search(low)
    if m:
        if m["dir"] == "later":
            return None  # `a week later`: after a moment the story tells, not after publication
        return _relative(m, published, forward=m["dir"] in ("from now", "hence"))
    m = _IN_UNIT.match(low)
    if m and future:
        return _relative(m, published, forward=True)
    wd = _weekday(low)
    if wd is not None:
        week_m = _WEEKDAY_OF_WEEK.search(low)
        if week_m is not None:
            # `Tuesday last week`: that week's Tuesday, not the last Tuesday (this week's, told
            # on a Thursday)
            step = {"last": -1, "past": -1, "previous": -1, "this": 0}.get(week_m["mod"], 1)
            monday = published - timedelta(days=published.weekday())
            return _day(monday + timedelta(weeks=step, days=wd))
        mod_m = re.search(
            r"\b(last|next|this|coming|past|previous)\s+\w+$|"
            r"\b(last|next|this|coming|past|previous)\s+(?:\w+\s+)?" + WEEKDAYS[wd][:3],
            low,
        )
        modifier = None
        if mod_m:
            word = mod_m.group(1) or mod_m.group(2)
            modifier = {"coming": "next", "past": "last", "previous": "last"}.get(word, word)
        if modifier == "this":
            modifier = None
        return _day(weekday_date(wd, published, future=future, modifier=modifier))
    m = _THIS_NEXT_LAST.search(low)
    if m:
        mod, unit = m["mod"], m["unit"]
        if mod == "following":
            return None  # `the following week`: the week after one the story tells
        step = {"this": 0, "coming": 1, "next": 1}.get(mod, -1)
        if unit == "weekend":
            # the weekend before (Sat) or after publication
            sat = published - timedelta(days=(published.weekday() - 5) % 7)
            if step > 0 or (step == 0 and future and published.weekday() < 5):
                sat = published + timedelta(days=(5 - published.weekday()) % 7 or 7)
            return _week(sat)
        if unit == "week":
            return _week(published + timedelta(weeks=step))
        if unit == "month":
            return _month(*_shift_month(published, step))
        return ResolvedDate(f"{published.year + step:04d}", "year")
    if re.search(r"\b(?:this|earlier this|later this) week\b", low):
        return _week(published)
    if re.search(r"\b(?:the )?weekend\b", low):
        sat = published - timedelta(days=(published.weekday() - 5) % 7)
        if future and published.weekday() < 5:
            sat = published + timedelta(days=5 - published.weekday())
        return _week(sat)
    month = _month_name(low)
    if month is not None:
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return _month(year, month)
    m = _YEAR.search(low)
    if m and not re.search(r"\d{5}|\d+(?:\.\d+)?\s*%|\$", low):
        return ResolvedDate(m[1], "year")
    return None


_SPAN = re.compile(
    r"^(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week)s?$",
    re.I,
)


def span_days(expr: str) -> int | None:
    """The days a span of time names (`three days` 3, `a week` 7, `two weeks` 14), else None."""
    m = _SPAN.match(" ".join(expr.split()))
    n = _number(m["n"]) if m else None
    if m is None or n is None:
        return None
    return n * (7 if m["unit"].lower() == "week" else 1)


#: Holidays on one fixed day of the year (month, day), which NER tags as events, not dates.
_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
}
_HOLIDAY = re.compile(
    r"\b(?P<name>" + "|".join(re.escape(h) for h in _HOLIDAYS) + r")(?:,?\s+(?P<y>\d{4}))?\b"
)


def is_holiday(expr: str) -> bool:
    """Whether the words name a holiday on a fixed day (`New Year's Day`, `Christmas Eve`)."""
    return _HOLIDAY.search(" ".join(expr.replace("’", "'").split()).lower()) is not None


def _holiday(low: str, published: date, future: bool) -> ResolvedDate | None:
    """A fixed-day holiday: the one of the year it names, else the latest on or before
    publication (the next on or after it for a planned event), as for a weekday."""
    m = _HOLIDAY.search(low)
    if m is None:
        return None
    month, day = _HOLIDAYS[m["name"]]
    if m["y"]:
        return _day(date(int(m["y"]), month, day))
    this_year = date(published.year, month, day)
    if future:
        return _day(
            this_year if this_year >= published else this_year.replace(year=this_year.year + 1)
        )
    return _day(this_year if this_year <= published else this_year.replace(year=this_year.year - 1))


def _weekday(low: str) -> int | None:
    for word in re.findall(r"[a-z]+", low):
        if word in WEEKDAYS:
            return WEEKDAYS.index(word)
        stem = word[:-1] if word.endswith("s") and word[:-1] in WEEKDAYS else None
        if stem:
            return WEEKDAYS.index(stem)
    m = re.search(r"\b(mon|tues?|wed|thur?s?|fri|sat|sun)\.?(?=\s|$)", low)
    if m and (len(low) <= 8 or re.match(r"^(?:on\s+)?\w+\.?$", low)):
        return _WEEKDAY_ABBR.get(m[1])
    return None


def _month_name(low: str) -> int | None:
    for word in re.findall(r"[a-z]+\.?", low):
        w = word.rstrip(".")
        if w in MONTHS or (word.endswith(".") and w in MONTH_FORMS) or w == "sept":
            return MONTH_FORMS[w]
    return None


def _relative(m: re.Match[str], published: date, *, forward: bool) -> ResolvedDate | None:
    n = _number(m["n"])
    if n is None:
        return None
    n = n if forward else -n
    unit = m["unit"]
    if unit == "day":
        return _day(published + timedelta(days=n))
    if unit == "week":
        return _week(published + timedelta(weeks=n))
    if unit == "month":
        return _month(*_shift_month(published, n))
    return ResolvedDate(f"{published.year + n:04d}", "year")


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# month words only, so that a weekday before the day (`Thursday 26 November`, `Thu 26 Nov`) is
# not taken for a month and the day after it left unread
_MONTH_WORD = "|".join(sorted(MONTH_FORMS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORD})\b\.?"
    rf"|(?P<m2>{_MONTH_WORD})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>\d{4})\b)?",
    re.I,
)
_WEEKDAY_FULL = "|".join(WEEKDAYS)
_WEEKDAY_ANY = f"{_WEEKDAY_FULL}|{'|'.join(_WEEKDAY_ABBR)}"
# a full stop only after an abbreviation (`Thu. 26 Nov`): after a full name (`on Friday. 27
# November was ...`) it ends a sentence
_WEEKDAY_WORD = rf"\b(?P<wd>{_WEEKDAY_ANY})\b(?:(?<!day)\.)?"
#: A weekday of a week told (`Tuesday last week`, `Friday of next week`).
_WEEKDAY_OF_WEEK = re.compile(
    rf"\b(?:{_WEEKDAY_ANY})\.?\s+(?:of\s+)?(?P<mod>last|next|this|coming|past|previous)\s+week\b"
)
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY_WORD},?\s*\(?\s*(?:the\s+)?$", re.I)
# the first day of a range written with one month (`Thursday 26 - Saturday 28 November`,
# `26 to 28 Nov`): the day it begins, as `Thursday 26 November to Friday 4 December` reads
_RANGE_START = re.compile(
    rf"(?:{_WEEKDAY_WORD},?\s+(?:the\s+)?)?\b(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*"
    rf"(?:(?:{_WEEKDAY_ANY})\b(?:(?<!day)\.)?,?\s+)?(?:the\s+)?$",
    re.I,
)
_WEEKDAY_AFTER = re.compile(
    rf"\s*\)?,?\s*\(?\s*(?:(?:which\s+(?:was|is|will\s+be)\s+)?an?\s+)?(?P<wd>{_WEEKDAY_FULL})\b",
    re.I,
)
#: How far from publication a weekday may move a day and month written without a year.
_WEEKDAY_YEAR_REACH = 183
_MONTH_YEAR = re.compile(r"\b(?P<m>[a-z]{3,9})\.?,?\s+(?:of\s+)?(?P<y>\d{4})\b", re.I)
#: A day and month in figures (`27/11`, `11/27`, `27/11/2026`, `27.11.26`).
NUMERIC_DAY = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/])"
)
#: How near publication the one reading of an ambiguous `5/11` must be (and the other not).
_NEAR_DAYS = 45
#: Figures that name an event, not a day, when written without a year (`after 9/11`: the
#: attacks of 11 September 2001).
_NAMED_FIGURES = frozenset({"9/11"})


def resolve_absolute(expr: str) -> ResolvedDate | None:
    """A date that needs no publication date: one with its year (`March 2, 2030`, `2030-03`)."""
    text = " ".join(expr.replace("’", "'").split()).strip()
    found = _absolute(text, None, False)
    if found is not None:
        return found
    m = _YEAR.search(text)
    if m and re.fullmatch(r"(?:in |the year )?\d{4}", text.lower()):
        return ResolvedDate(m[1], "year")
    return None


def _absolute(text: str, published: date | None, future: bool) -> ResolvedDate | None:
    m = _ISO.search(text)
    if m:
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    for m in _DAY_MONTH.finditer(text):
        month = _month_of(m, text)
        if month is None:
            continue
        first = _range_start(text, m)
        day = int(first["d0"] if first else m["d1"] or m["d2"])
        if m["y"]:
            try:  # a year given: the date stands, whatever weekday is written beside it
                return _day(date(int(m["y"]), month, day))
            except ValueError:
                return None
        if published is None:
            return None
        weekday = _weekday_index(_day_weekday(text, m, first))
        if weekday is not None:
            found = _year_by_weekday(month, day, weekday, published)
            if found is not None:
                return _day(found)
        return _dateparser_day(f"{day} {MONTHS[month - 1]}", published, future)
    m = _MONTH_YEAR.search(text)
    if m and m["m"].lower() in MONTH_FORMS:
        return _month(int(m["y"]), MONTH_FORMS[m["m"].lower()])
    m = NUMERIC_DAY.search(text)
    if m and (m["sep"] == "/" or m["y"]):  # `27.11` alone is a decimal
        found = _numeric_day(m, published, future)
        if found is not None:
            return _day(found)
    return None


def _numeric_day(m: re.Match[str], published: date | None, future: bool) -> date | None:
    """The day a figure date names. Day-first (`27/11`, British and European) or month-first
    (`11/27`, American) is plain when one part is over 12; `5/11` is read the way that falls
    within `_NEAR_DAYS` of publication when the other does not, else not at all. Without a
    year, the nearest year on the tense's side of publication.

    extract/dates.py reads a page's own date line otherwise, on purpose: there `5/11/2026` is
    May 11 (slashes: American order where possible; dots and dashes day first), since a date
    line has no publication date to weigh the readings by; here both readings of a dated
    `5/11/2026` are weighed by publication, and `27-11-2026` (dashes) is no figure date."""
    if not m["y"] and m.group(0) in _NAMED_FIGURES:
        return None
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
    if year is None and published is None:
        return None
    found = [
        d
        for day, month in {(a, b), (b, a)}
        if (d := _dated(year, month, day, published, future)) is not None
    ]
    if len(found) == 2 and published is not None:
        near = [d for d in found if abs((d - published).days) <= _NEAR_DAYS]
        found = near
    return found[0] if len(found) == 1 else None


def weekday_before(text: str, pos: int) -> bool:
    """Whether a weekday is written just before `pos` (`Friday, 5/11`, `Fri 5/11`, `Thursday
    (26 November`): a lower-case `sat` or `wed` is a verb, and `Friday.` ends a sentence."""
    return _is_weekday(_WEEKDAY_BEFORE.search(text, max(0, pos - 40), pos))


def near_publication(day: int, month: int, published: date, days: int = _NEAR_DAYS) -> bool:
    """Whether `day`/`month` in the publication's year or the one before or after lies within
    `days` of `published` (a `29/12` told on 3 January is last year's), whatever the tense.
    `_numeric_day` weighs a dated reading on its tense's side instead."""
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            if abs((date(year, month, day) - published).days) <= days:
                return True
        except ValueError:  # 29 February of a common year
            continue
    return False


def _dated(
    year: int | None, month: int, day: int, published: date | None, future: bool
) -> date | None:
    """A day and month in the given year, else the nearest year before (or, for a `future`
    act, after) publication; None when no such day exists."""
    try:
        if year is not None:
            return date(year, month, day)
        assert published is not None
        d = date(published.year, month, day)
        if not future and d > published + timedelta(days=1):
            d = date(published.year - 1, month, day)
        elif future and d < published:
            d = date(published.year + 1, month, day)
        return d
    except ValueError:
        return None


def _dateparser_day(text: str, published: date, future: bool) -> ResolvedDate | None:
    """A day and month without a year: dateparser reads it, nearest past (or future) year."""
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"],
        "PREFER_DAY_OF_MONTH": "first",
    }
    got = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if got is None:
        return None
    d = got.date()
    # dateparser's "past" preference may still pick a date after publication for a same-month
    # day: news without a year means the nearest one on the right side of publication
    if not future and d > published + timedelta(days=1):
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    elif future and d.year > published.year:
        # and its "future" preference skips the publication day itself (`will vote on 25
        # November` in a 25 November paper is that day, not next year's)
        try:
            this_year = d.replace(year=published.year)
        except ValueError:
            this_year = None
        if this_year is not None and this_year >= published:
            d = this_year
    return _day(d)


def _month_of(m: re.Match[str], text: str) -> int | None:
    """The month of a `_DAY_MONTH` match; None for a lower-case `may 5` (the verb)."""
    word = (m["m1"] or m["m2"]).lower()
    if word == "may" and m["m2"] and not m["y"] and text[m.start()].islower():
        return None
    return MONTH_FORMS.get(word)


def _written_end(m: re.Match[str]) -> int:
    """Where the day and month of a `_DAY_MONTH` match end: before a full stop after a full
    month name (`held 26 November. Thursday's ...` ends a sentence), not an abbreviation's."""
    if m.group().endswith(".") and (m["m1"] or "").lower() in MONTHS:
        return m.end() - 1
    return m.end()


def _range_start(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The first day (group `d0`, its weekday in `wd` when written) of a range that ends with
    the day and month of `m` (`Thursday 26 - Saturday 28 November`); None when none does, or
    when the number before is no earlier day (`won 3-1 28 November` has no range)."""
    if not m["d1"]:
        return None
    first = _RANGE_START.search(text, max(0, m.start() - 40), m.start())
    return first if first and 0 < int(first["d0"]) < int(m["d1"]) else None


def _weekday_beside(text: str, start: int, end: int) -> re.Match[str] | None:
    """The weekday written beside the day and month at text[start:end] (`Thursday 26
    November`, `Thu, 26 Nov`, `Thursday (26 November)`, `26 November, a Thursday`), its word
    in group `wd`; a lower-case `sat` or `wed` is a verb (`the court sat 26 May`), not one."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 40), start) or _WEEKDAY_AFTER.match(text, end)
    return m if _is_weekday(m) else None


def _is_weekday(m: re.Match[str] | None) -> bool:
    """Whether a match's group `wd` holds a weekday: a lower-case `sat` or `wed` is a verb."""
    return bool(m and m["wd"] and (m["wd"].lower() in WEEKDAYS or not m["wd"].islower()))


def _day_weekday(text: str, m: re.Match[str], first: re.Match[str] | None) -> re.Match[str] | None:
    """The weekday written with the day of `m`: a range's first day's (`Thursday 26 -
    Saturday 28 November`), or the one beside the day and month."""
    if first is not None:
        return first if _is_weekday(first) else None
    return _weekday_beside(text, m.start(), _written_end(m))


def _weekday_index(m: re.Match[str] | None) -> int | None:
    """0 (Monday) .. 6 for a `_weekday_beside` match."""
    if m is None:
        return None
    word = m["wd"].lower()
    return WEEKDAYS.index(word) if word in WEEKDAYS else _WEEKDAY_ABBR[word]


def written_day_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The date mention text[start:end] widened to the whole day written around it: the
    weekday, day, month and year. NER cuts such a date in pieces (`Thursday` and `26 November`
    for `Thursday (26 November)`, `Thu. 4` for `Thu. 4 Mar.`, `November` for `26 November, a
    Thursday`), and the weekday piece alone resolves to another day. Unchanged when no day and
    month are written there."""
    for m in _DAY_MONTH.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if _month_of(m, text) is None:
            continue
        lo, hi = m.start(), _written_end(m)
        first = _range_start(text, m)
        lo = first.start() if first else lo
        wd = _day_weekday(text, m, first)
        if wd is not None:
            lo, hi = min(lo, wd.start("wd")), max(hi, wd.end("wd"))
        if text[lo:hi].count("(") > text[lo:hi].count(")") and text[hi : hi + 1] == ")":
            hi += 1  # `Thursday (26 November)`: its closing bracket
        if lo < end and start < hi:
            return min(lo, start), max(hi, end)
    return start, end


def _year_by_weekday(month: int, day: int, weekday: int, published: date) -> date | None:
    """The day and month, in the year where it falls on the weekday written beside it, when
    that is within half a year of publication: the weekday then says which year is meant
    whatever the tense (`takes effect on Thursday 26 November` a day after a paper the caller
    read as past). None when no such year fits: the weekday is a typo or the date further off,
    and the day and month are read as without it."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and abs((d - published).days) <= _WEEKDAY_YEAR_REACH:
            fits.append(d)
    return fits[0] if len(fits) == 1 else None
