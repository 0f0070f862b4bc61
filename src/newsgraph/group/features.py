"""Cheap per-article features for story grouping: words, names, numbers, years, dates.

No parser: a word written with a capital letter where a sentence does not start is taken as a
name (the cheap proxy for named entities), a run of such words as one multi-word name. Numbers
and years are kept as their own features because two similar events (two summits, two attacks)
most often differ in exactly these: who, where, when, how many.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache

from unidecode import unidecode

from newsgraph.analyse.newsdates import (
    MONTH_FORMS,
    NUMERIC_DAY,
    near_publication,
    resolve_date,
    weekday_before,
)
from newsgraph.analyse.newsdates import MONTHS as MONTH_NAMES
from newsgraph.extract.genre import alert_label
from newsgraph.numberwords import SCALES, spelled_value
from newsgraph.wordlists import INSTITUTION_NOUNS

STOPWORDS = frozenset(
    """a about above after again against all also although am among an and any are around as at
    be because been before being below between both but by can could did do does doing down during
    each even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just last least less like made make many
    may me more most much must my myself new no nor not now of off on once one only or other our
    ours ourselves out over own per said same say says she should since so some still such than that
    the their theirs them themselves then there these they this those through to told too two under
    until up upon us very via was we were what when where whether which while who whom whose why
    will with within without would yet you your yours yourself yourselves year years week weeks day
    days time times according mr mrs ms dr people first three another near later earlier back well
    including news report reports reported reuters ap afp told tell""".split()
)

MONTHS = MONTH_FORMS
#: The smallest number word counted as a figure (`_figure_word`): not `one` (`no one`, `one of
#: them`). Counting `two` to `nine` as well was measured to help, not hurt (docs/stories.md).
MIN_NUMBER_WORD = 2
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_UNITS = STOPWORDS | frozenset(MONTHS)  # words after a number that do not say what it counts
#: A clock time or a recording's timestamp (`17:45 GMT`, `9:15pm`, `[00:01:31]`), with its
#: `am`/`pm` and a time zone written in capitals, or an hour told with `am`/`pm` however its
#: minutes are written (`9.15am`, `9 a.m.`, `11.30 PM`): the hour a report was filed or
#: updated, or a place in a recording, no figure of the story (a transcript's timestamps made
#: dozens of `d:` features, and `published at 12:30` matched `30 days`).
_CLOCK = re.compile(
    r"\[\d{1,2}(?::[0-5]\d){1,2}\]"
    r"|(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
    r"(?:[ \t]?[ap]m\b)?(?:[ \t]+(?:[A-Z]{1,4}T|UTC)\b)?"
    r"|(?<![\d:.,])(?:1[0-2]|0?\d)(?:\.[0-5]\d)?[ \t]?[AaPp]\.?[Mm]\b\.?"
    r"(?:[ \t]+(?:[A-Z]{1,4}T|UTC)\b)?"
)


def _norm(text: str) -> str:
    return unidecode(text) if not text.isascii() else text


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A very light suffix stripper: plurals and the commonest verb endings."""
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_TOKEN_OR_BREAK = re.compile(
    r"(?P<b>[.!?\n\"`]|'')|(?P<t>[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*)"
    r"|(?P<c>[,;:()\u2013\u2014]| - )"
)


def _bare(tok: str) -> str:
    """A weekday or month without its possessive `'s`: `Monday's earthquake` names the day,
    not a name (a curly apostrophe already ends the token there). Other words keep it:
    dropping it from every name was measured and cost ECB+ grouping (docs/stories.md)."""
    if len(tok) > 5 and tok[-2:] in ("'s", "'S"):
        low = tok[:-2].lower()
        if low in WEEKDAYS or low in MONTHS:
            return tok[:-2]
    return tok


def tokens(text: str) -> list[tuple[str, bool, bool]]:
    """(token, starts_sentence, starts_clause) for every word or number in `text`: a clause
    starts after a sentence break or a comma, semicolon, colon, bracket or dash (a run of
    names does not run across it: `Edwin Tolle, Blue Heron's director` names two). A
    weekday's or month's possessive `'s` is dropped (`_bare`)."""
    out: list[tuple[str, bool, bool]] = []
    sentence_start = clause_start = True
    for m in _TOKEN_OR_BREAK.finditer(text):
        tok = m.group("t")
        if tok is not None:
            out.append((_bare(tok), sentence_start, clause_start))
            sentence_start = clause_start = False
        elif m.group("b") is not None:
            sentence_start = clause_start = True
        else:
            clause_start = True
    return out


def _figure_word(low: str) -> int | None:
    """A number word as the figure it names (`numberwords.spelled_value`, from
    `MIN_NUMBER_WORD`): `fourteen` is the `d:14` of a report that writes `14` (style guides
    spell out one to nine and a sentence's first figure, translators more)."""
    value = spelled_value(low)
    return value if value is not None and value >= MIN_NUMBER_WORD else None


#: Words that multiply the number spelled before them, as a report in digits writes the whole
#: figure (`two hundred`: `200`, `three thousand`: `3,000`; `2 million` keeps its `2`).
_MULTIPLIERS = {w: SCALES[w] for w in ("hundred", "thousand")}
#: Words that open a number only before a multiplier (`a hundred`, `One thousand`).
_ONE_WORDS = frozenset({"one", "a", "an"})
#: The kinds of word a number word may follow: a unit after a round ten, a multiplier or
#: `and` (`twenty one`, `two hundred and one`); a ten or a teen after a multiplier; `hundred`
#: after a unit or a teen (`fifteen hundred`); `thousand` after anything but itself.
_FOLLOWS = {
    "unit": {"start", "ten", "hundred", "thousand", "and"},
    "teen": {"start", "hundred", "thousand", "and"},
    "ten": {"start", "hundred", "thousand", "and"},
    "hundred": {"unit", "teen"},
    "thousand": {"unit", "teen", "ten", "hundred"},
}


def _number_word(low: str) -> tuple[str, int] | None:
    """(kind, value) of one number word: unit (`one` to `nine`, and `twenty-five`), teen
    (`ten` to `nineteen`), ten (`twenty`), hundred, thousand."""
    if low in _MULTIPLIERS:
        return low, _MULTIPLIERS[low]
    value = spelled_value(low)
    if not value:  # `zero` opens and continues no figure
        return None
    if value < 20:
        return ("unit" if value < 10 else "teen"), value
    return ("ten" if value % 10 == 0 else "unit"), value


def _spelled_number(toks: list[tuple[str, bool, bool]], i: int) -> tuple[int, int] | None:
    """The number spelled from `toks[i]` and how many tokens spell it, in one clause:
    `twenty-five`, `twenty one`, `two hundred and fifty`, `a hundred`, `two hundred
    thousand`; None when `toks[i]` opens no number (`one` alone, `no one`, is none)."""
    first = toks[i][0].lower()
    nxt = toks[i + 1][0].lower() if i + 1 < len(toks) and not toks[i + 1][2] else ""
    if first in _ONE_WORDS and nxt in _MULTIPLIERS:
        total, current, last, k = 0, 1, "unit", i + 1
    elif _figure_word(first) is not None:
        total, current, last, k = 0, 0, "start", i
    else:
        return None
    used = k  # the token after the last number word read
    while k < len(toks) and (k == i or not toks[k][2]):
        low = toks[k][0].lower()
        if low == "and" and last in ("hundred", "thousand"):
            last, k = "and", k + 1
            continue
        word = _number_word(low)
        if word is None or last not in _FOLLOWS[word[0]] or word[0] == "hundred" and current > 99:
            break  # `two hundred five hundred` is two numbers
        kind, value = word
        if kind == "hundred":
            current *= value
        elif kind == "thousand":
            total, current = total + current * value, 0
        else:
            current += value
        last, k = kind, k + 1
        used = k
    return total + current, used - i


#: A figure written with a decimal comma (`96,4`, `2,9`, `84,50`: most of Europe): one comma
#: with one or two digits after it, which a thousands comma never has.
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def figure_value(tok: str) -> str:
    """A number token as one figure however it is written: thousands commas dropped (`1,200`:
    `1200`), a decimal comma read as a point (`96,4`: `96.4`, not `964`), trailing decimal
    zeros dropped (`96.00`, `96,00`: `96`; `13.60`: `13.6`), so a report that writes `96.4`,
    a markets table that writes `96.40` and a foreign article that writes `96,4` share it."""
    val = tok.replace(",", ".") if _DECIMAL_COMMA.fullmatch(tok) else tok.replace(",", "")
    head, dot, tail = val.rpartition(".")
    if dot and head and len(tail) <= 2 and tail.isdigit():
        tail = tail.rstrip("0")
        val = f"{head}.{tail}" if tail else head
    return val


def _year(tok: str) -> int | None:
    if len(tok) == 4 and tok.isdigit():
        y = int(tok)
        if 1900 <= y <= 2099:
            return y
    return None


def article_features(
    title: str | None, text: str, lead_chars: int = 0, *, dated: bool | date = False
) -> Counter[str]:
    """Feature counts of one article. Keys are prefixed by kind:

    - `w:` a content word (lowercase, lightly stemmed, stopwords dropped);
    - `n:` a word that the article writes capitalised inside a sentence (a name), and `p:` a
      run of two or more such words (`p:tara reid`);
    - `d:` a number (not a year), also one spelled out (`fourteen`: `_figure_word`); `y:` a
      year; `m:` a month-year or day-month (`m:2013-05`,
      `m:05-03`).

    The title counts twice: it names the event. `dated`: the article has a publication date;
    then the date of its dateline (`SELMONT, 13 October 2026 —`) is left out
    (`without_dateline_date`): it is the day the report was filed, which the publication date
    already gives, not a fact of the event. When `dated` is that date, its year and month
    (`y:2026`, `m:2026-11`) are left out too: they say no more than the publication date, and
    reports of a current event seldom print them while a release or a statement writes every
    date in full (`held on Sunday, 15 November 2026`), which made it unlike them all. The
    day-month date (`m:11-15`) stays: reports that give the event's day share it.

    A table's cells (`table_cells`) are read as lines of their own: a name does not run from
    one cell into the next (`Aurel Vantrescu    National Unity` names two), and a cell's first
    capital is its position's, as a sentence's is (`Party  Votes  Share` names nothing).
    Clock times and timestamps (`_CLOCK`) are no figures and are left out; a figure is read
    as `figure_value` writes it (`96.00` is `d:96`). A date in figures (`27/11`) is read as
    the written date it names (`written_figure_dates`: `m:11-27`), not as two numbers.
    """
    published = dated if isinstance(dated, date) else None
    title, text = _without_show_furniture(_unlabelled(title), _unlabelled(text))
    body = written_figure_dates(_CLOCK.sub(" ", table_cells(_norm(text or ""))), published)
    if dated:
        body = without_dateline_date(body)
    head = written_figure_dates(_CLOCK.sub(" ", _norm(title or "")), published)
    feats: Counter[str] = Counter()
    # Which words does the body write capitalised mid-sentence, and which lowercase anywhere?
    body_toks = tokens(body)
    cap_mid: set[str] = set()
    lower_seen: set[str] = set()
    for tok, start, _ in body_toks:
        if tok[0].isupper():
            if not start and len(tok) > 1:
                cap_mid.add(tok.lower())
        elif tok[0].islower():
            lower_seen.add(tok)
    names = {w for w in cap_mid if w not in lower_seen and w not in STOPWORDS and len(w) > 1}
    names -= WEEKDAYS
    names -= set(MONTHS)
    parts = [(head, 2), (body, 1)]
    if lead_chars:
        cut = body.find(".", lead_chars)
        parts.append((body[: cut if cut > 0 else lead_chars], 1))
    for part, weight in parts:
        toks = body_toks if part is body else tokens(part)
        run: list[str] = []
        prev_month: int | None = None
        prev_num: str | None = None
        skip_to = 0  # past the words of a number spelled over several (`two hundred`)
        for i, (tok, _start, clause) in enumerate(toks):
            if i < skip_to:
                continue
            low = tok.lower()
            if clause and run:
                _flush(run, feats, weight)
                run = []
            if tok[0].isdigit():
                year = _year(tok)
                if year is not None:
                    feats[f"y:{year}"] += weight
                    if prev_month is not None:
                        feats[f"m:{year}-{prev_month:02d}"] += weight
                elif prev_month is not None and tok.isdigit() and int(tok) <= 31:
                    feats[f"m:{prev_month:02d}-{int(tok):02d}"] += weight
                elif not _day_of_month(tok, toks, i):  # `13 October`: the date, not a count
                    feats[f"d:{figure_value(tok)}"] += weight
                prev_num = tok
                prev_month = None
                _flush(run, feats, weight)
                run = []
                continue
            spelled = _spelled_number(toks, i)
            if spelled is not None:  # `Twenty-five rescued`: the `d:25` of `25 rescued`
                feats[f"d:{spelled[0]}"] += weight
                skip_to = i + spelled[1]
                prev_month = prev_num = None
                _flush(run, feats, weight)
                run = []
                continue
            month = MONTHS.get(low) if (low != "may" or tok == "May") else None
            if month is not None and low in MONTHS:
                if prev_num is not None and prev_num.isdigit() and int(prev_num) <= 31:
                    feats[f"m:{month:02d}-{int(prev_num):02d}"] += weight
                prev_month = month
                prev_num = None
                _flush(run, feats, weight)
                run = []
                continue
            prev_month = None
            prev_num = None
            if low in names:
                run.append(low)
                continue
            _flush(run, feats, weight)
            run = []
            if low in STOPWORDS or len(low) < 3:
                continue
            feats[f"w:{stem(low)}"] += weight
        _flush(run, feats, weight)
    if isinstance(dated, date):
        feats.pop(f"y:{dated.year}", None)
        feats.pop(f"m:{dated.year}-{dated.month:02d}", None)
    return feats


def _unlabelled(text: str | None) -> str | None:
    """`text` without the alert label that opens it (`BREAKING: Quake strikes …`,
    `genre.alert_label`): the label is no word of the event, and the capital after its colon
    opens the headline (`Magnitude 7.2 …` is no name), as it does the reports that tell it."""
    label, rest = alert_label(text)
    return text if label is None else rest


#: A label in capitals at a line's start (`DANA RUSU: `, `MINISTER BRANCU: `, `DR. LEE: `): a
#: transcript's turn label when it opens two lines or more (a dateline, `NEW DELHI: `, opens
#: one), and a recording's serial number (`Ep. 212`, `Episode 4`).
_TURN_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,4}):[ \t]")
#: `EP` in capitals without a period is also the European Parliament's (`the EP 2031 budget`):
#: its number is an episode's only when it is no year.
_EPISODE_NUMBER = re.compile(
    r"\b(?:[Ee]p\.?|EP\.|[Ee]pisode|EPISODE|EP(?![ \t]*(?:1[89]|20)\d\d\b))[ \t]*#?\d+\b"
)


#: A show's series name before its episode number at a title's start (`The Lenmora Briefing,
#: Ep. 212: …`, `The Long Wire — Episode 218: …`).
_SERIES_PREFIX = re.compile(
    r"[^\n:,|\u2013\u2014]{1,60}?[ \t]*[,:|\u2013\u2014-][ \t]*(?=" + _EPISODE_NUMBER.pattern + ")"
)
#: The host of a show named where its page introduces it (`host Dana Rusu speaks to …`,
#: `presented by Ana Lind`): read only on a show's page, as `host Qatar` names a country.
_HOST = re.compile(
    r"\b(?:[Hh]ost(?:ed[ \t]+by)?|[Pp]resenter|[Pp]resented[ \t]+by)[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})"
)


def _without_show_furniture(title: str | None, text: str | None) -> tuple[str | None, str | None]:
    """A podcast's or broadcast's title and text without what every episode of the show
    prints: the series name before the episode number in the title (`_SERIES_PREFIX`), the
    host's name (`_HOST`) and the turn labels and episode numbers (`_without_turn_labels`).
    The series and host names led the page's vector (the host is named in every turn), so it
    stayed apart from the reports of the story its guest spoke about."""
    turns = _turn_labels(text)
    show = any(t and _EPISODE_NUMBER.search(t) for t in (title, text)) or bool(turns)
    if show and title:
        m = _SERIES_PREFIX.match(title)
        title = title[m.end() :] if m else title
    title, text = _without_turn_labels(title), _without_turn_labels(text, turns)
    if show and text:
        for host in dict.fromkeys(m[1] for m in _HOST.finditer(text)):
            gone = re.compile(rf"\b{re.escape(host)}\b")
            text, title = gone.sub(" ", text), gone.sub(" ", title) if title else title
    return title, text


def _turn_labels(text: str | None) -> Counter[str]:
    """A transcript's turn labels (`_TURN_LABEL` opening two lines or more) and how often."""
    labels = Counter(m[1] for m in _TURN_LABEL.finditer(text or ""))
    return Counter({k: n for k, n in labels.items() if n > 1})


def _without_turn_labels(text: str | None, turns: Counter[str] | None = None) -> str | None:
    """`text` without a transcript's turn labels and episode numbers (`_TURN_LABEL`,
    `_EPISODE_NUMBER`): printed once per turn, the host's and the guest's names would lead
    the vector of a podcast or interview page, and its episode number is no figure of the
    event, so the page stayed apart from the reports of its story. `turns`: its
    `_turn_labels`, when already at hand."""
    if not text:
        return text
    turns = _turn_labels(text) if turns is None else turns
    if turns:
        text = _TURN_LABEL.sub(lambda m: "" if m[1] in turns else m[0], text)
    return _EPISODE_NUMBER.sub(" ", text)


#: Cells of a plain-text table: text parted by a tab or by two spaces or more.
_CELL_GAP = re.compile(r"\t+|[ \u00a0]{2,}")
#: A table cell is a label, a name or a figure: a few words, no sentence end.
CELL_WORDS = 6


def _row_cells(line: str) -> list[str] | None:
    """The cells of a line shaped as a table row (two or more short cells), else None."""
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    if len(cells) < 2 or any(len(c.split()) > CELL_WORDS or c[-1] in ".!?:" for c in cells):
        return None
    return cells


#: A row of a table written with bars (`| USD/DRM | 84.50 | 96.00 |`, as HTML tables are
#: extracted): group 1 its cells; a rule row (`|---|---|`) has no cell.
_BAR_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a bar table row (none for a rule row), else None."""
    m = _BAR_ROW.match(line)
    if m is None:
        return None
    return [c for c in (c.strip() for c in m.group(1).split("|")) if c.strip("-: ")]


def table_cells(text: str) -> str:
    """`text` with each cell of a plain-text table on a line of its own. A table row is a line
    of two or more short cells parted by a tab or by two spaces or more, next to another such
    line (`Aurel Vantrescu    National Unity   1,247,300`), or a line of cells between bars
    (`| EUR/DRM | 91.20 |`); prose with two spaces after its full stops is no table (its parts
    end a sentence or are long)."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    rows = [_row_cells(ln) for ln in lines]
    out = []
    for i, (line, cells) in enumerate(zip(lines, rows, strict=True)):
        near = (i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])
        barred = _bar_cells(line)
        if barred is not None:
            out.append("\n".join(barred))
        else:
            out.append("\n".join(cells) if cells and near else line)
    return "\n".join(out)


_DATELINE_DATE = re.compile(
    r"\A[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'\- ]{1,30})?"
    r"(?P<date>,[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
    r"(?:(?P<d1>\d{1,2})[ \t]+(?P<m1>[A-Z][a-z]+)\.?|(?P<m2>[A-Z][a-z]+)\.?[ \t]+(?P<d2>\d{1,2}))"
    r"(?:,?[ \t]+(?:19|20)\d\d)?)"
    r"(?=[ \t]*(?:[\u2013\u2014]|--?[ \t]|\())"
)


#: An opening line that is only a date, maybe with its weekday and year (a page's print of
#: when it was published: `Wednesday 25 November 2026, 17:45 GMT`, its time already gone).
_DATE_LINE = re.compile(
    r"\A\s*(?P<date>(?:[A-Z][a-z]+day,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+(?P<m1>[A-Z][a-z]+)\.?|(?P<m2>[A-Z][a-z]+)\.?[ \t]+\d{1,2})"
    r"(?:,?[ \t]+(?:19|20)\d\d)?)[ \t,]*(?:\n|\Z)"
)


def without_dateline_date(text: str) -> str:
    """`text` without the date of its dateline: `SELMONT, 13 October 2026 — Aid ...` becomes
    `SELMONT — Aid ...`. A dateline is the opening place written in capitals, maybe a region
    or country after a comma, then the date, then a dash or a bracketed agency. An opening
    line that is only a date (`_DATE_LINE`) goes too: it is the page's publication date."""
    for pattern in (_DATELINE_DATE, _DATE_LINE):
        m = pattern.match(text)
        if m is not None and (m.group("m1") or m.group("m2")).lower().rstrip(".") in MONTHS:
            return text[: m.start("date")] + text[m.end("date") :]
    return text


#: Figure pairs that are also set phrases (`open 24/7`: round the clock; in a report without a
#: publication date `near_publication` cannot refuse it): a day only after `_DAY_WORD_BEFORE`.
_FIGURE_PHRASES = frozenset({"24/7"})
#: `on` or `since` just before a figure pair (`held on 24/7`, `since 24/7`): it names a day.
_DAY_WORD_BEFORE = re.compile(r"\b(?:on|since)[ \t]+\Z", re.I)
#: A lower-case word just after a figure pair: the noun a set phrase qualifies (`on 24/7 call`)
#: when it is no function word (`on 24/7 at the hall`, `on 24/7 and 25/7`).
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def written_figure_dates(text: str, published: date | None = None) -> str:
    """`text` with each date written in figures as the written date it names (`27/11`:
    `27 November`, `27/11/2026`: `27 November 2026`), so that `article_features` counts it
    as it counts `27 November` (`m:11-27`), one day, not the two numbers `d:27`, `d:11`
    (British and European pages write the day first). `newsdates.NUMERIC_DAY` finds them.
    The order is plain when one part is over 12; a `5/11` is a date only with a weekday
    before it and a publication date to read it by (`newsdates.resolve_date`): alone it is
    as often a score or a share (`won 5/11`, `3/4`) and stays as it was. `27.11` without a
    year is a decimal."""
    if "/" not in text and "." not in text:
        return text
    return NUMERIC_DAY.sub(lambda m: _written_date(m, text, published), text)


def _written_date(m: re.Match[str], text: str, published: date | None) -> str:
    """The written date of one `NUMERIC_DAY` match, or the match as it was."""
    if (m["sep"] != "/" and not m["y"]) or _set_phrase(m, text):
        return m[0]
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
    if max(a, b) > 12:
        day, month = (a, b) if a > 12 else (b, a)
    elif published is not None and weekday_before(text, m.start()):
        found = resolve_date(m[0], published)
        if found is None or found.precision != "day":
            return m[0]
        month, day = int(found.iso[5:7]), int(found.iso[8:10])
    else:
        return m[0]
    try:
        date(year or 2000, month, day)  # 2000: a leap year, for a `29/2` without its year
    except ValueError:
        return m[0]
    if (
        year is None
        and published is not None
        and not near_publication(day, month, published, _NEAR_DAYS)
    ):
        return m[0]
    written = f"{day} {MONTH_NAMES[month - 1].capitalize()}"
    return f"{written} {year}" if year else written


def _set_phrase(m: re.Match[str], text: str) -> bool:
    """Whether a `NUMERIC_DAY` match is a set phrase (`_FIGURE_PHRASES`): always, but after a
    day's word (`on`, `since`, a weekday) with no noun after it (`held on 24/7, ...`)."""
    if m[0] not in _FIGURE_PHRASES:
        return False
    if not _DAY_WORD_BEFORE.search(text, max(m.start() - 16, 0), m.start()) and not (
        weekday_before(text, m.start())
    ):
        return True
    after = _WORD_AFTER.match(text, m.end())
    return after is not None and after[1] not in STOPWORDS


#: How far from the publication date a figure date without its year may lie
#: (`newsdates.near_publication`): a report tells the days of its story, and a pair far from
#: them is no date (`open 24/7`: round the clock). Wider than newsdates' own 45 days, which
#: choose between the two readings of a `5/11`; here the reading is already plain (`27/11`)
#: or chosen by its weekday, and only a far-off pair is refused.
_NEAR_DAYS = 60


def _day_of_month(tok: str, toks: list[tuple[str, bool, bool]], i: int) -> bool:
    """Whether the number `tok` at `toks[i]` is the day of a day-month date (`13 October`),
    which `article_features` counts as the date (`m:10-13`) alone, as it does `October 13`."""
    if not tok.isdigit() or int(tok) > 31 or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    return nxt.lower() in MONTHS and (nxt.lower() != "may" or nxt == "May")


def _flush(run: list[str], feats: Counter[str], weight: int) -> None:
    """End a run of names: each name counts as `n:`, and two or more make a `p:` phrase. One
    institution noun alone (`the Commission`, `the Board`: an issuer's house style for its own
    name) is counted as the word it is (`w:commission`), as reports write it (`the commission
    said`); inside a full name (`Central Electoral Commission`) it stays a name."""
    if len(run) == 1 and run[0] in INSTITUTION_NOUNS:
        feats["w:" + stem(run[0])] += weight
        return
    for name in run:
        feats["n:" + name] += weight
    if len(run) >= 2:
        feats["p:" + " ".join(run[:4])] += weight


def parse_time(published: str | None) -> datetime | None:
    """The UTC instant an ISO date or datetime (or a feed's RFC 822 date) names, as an aware
    datetime, or None. A date alone is midnight UTC; a time without an offset is taken as UTC.
    Publication times must be compared as instants, not as text: `2026-03-05T23:30:00-05:00`
    is 04:30 UTC on March 6, after `2026-03-06T01:00:00+00:00`, though it sorts before it as a
    string, and its UTC day is the 6th, not the 5th its text starts with."""
    if not published or not published.strip():
        return None
    text = published.strip()
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        dt = None
    if dt is None:
        try:  # RFC 822 dates as feeds write them: "Fri, 07 Mar 2025 14:20:00 +0100"
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None:
        try:  # a date followed by something else: the date
            d = date.fromisoformat(text[:10])
        except ValueError:
            return None
        dt = datetime(d.year, d.month, d.day)
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def parse_day(published: str | None) -> int | None:
    """Days since 1970-01-01 of the UTC day of an ISO date or datetime (`parse_time`), or
    None."""
    dt = parse_time(published)
    return None if dt is None else (dt.date() - date(1970, 1, 1)).days


def day_date(day: int | None) -> date | None:
    """The calendar date of a `parse_day` number, or None."""
    return None if day is None else date(1970, 1, 1) + timedelta(days=day)


def time_key(published: str | None) -> tuple[bool, float]:
    """A sort key in publication order, undated last: the UTC instant (`parse_time`), never
    the text."""
    dt = parse_time(published)
    return (True, 0.0) if dt is None else (False, dt.timestamp())


def specifics(
    title: str | None, text: str, lead_chars: int = 300, feats: Counter[str] | None = None
) -> list[str]:
    """The event's own specifics an article states, as `slot=value` strings: the years
    (`y=2013`), weekdays (`wd=tuesday`) and counted things (`u:year-old=33`, a number and the
    word after it: `7 people`, `33-year-old`) of its title and lead, and the day-month dates of
    its whole text (`m=05-03`). Two articles that both fill a slot agree on it when they share a
    value and conflict when they do not; `stories.specifics_evidence` counts both.

    Articles of one event that both name a year in their leads, or both give a day-month date,
    name the same one; articles of two similar events often name different ones, and so with the
    weekday of the event and the numbers of its victims, ages, magnitudes. `feats`: the
    article's `article_features`, when already at hand.
    """
    body = _norm(text or "")
    cut = body.find(".", lead_chars)
    lead = _norm(title or "") + "\n" + body[: cut if cut > 0 else lead_chars]
    out: set[str] = set()
    toks = [
        (m.group("t"), m.start(), m.end())
        for m in _TOKEN_OR_BREAK.finditer(lead)
        if m.group("t") is not None
    ]
    for i, (tok, start, end) in enumerate(toks):
        low = tok.lower()
        if tok[0].isdigit():
            year = _year(tok)
            if year is not None:
                out.add(f"y={year}")
            elif i + 1 < len(toks) and _counts(lead, start, end, toks[i + 1][1]):
                nxt = toks[i + 1][0].lower()
                if nxt[0].isalpha() and len(nxt) > 2 and nxt not in _NOT_UNITS:
                    out.add(f"u:{stem(nxt)}={tok}")
        elif low in WEEKDAYS:
            out.add(f"wd={low}")
    if feats is None:
        feats = article_features(title, text)
    out.update(f"m={k[2:]}" for k in feats if k.startswith("m:") and not k[2:6].isdigit())
    return sorted(out)


def _counts(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the number at text[start:end] counts the word at `next_start`: one space or a
    hyphen between them (`7 people`, `33-year-old`), not part of a word (`76ers`, `3D`) nor the
    minutes of a time (`05:31 GMT`, `05: 31 GMT`)."""
    before = text[max(start - 2, 0) : start].rstrip()
    if before.endswith(":"):
        return False
    return next_start == end + 1 and text[end] in " -"
