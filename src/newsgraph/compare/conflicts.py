"""Conflicts: the same event, fact or statement reported with different values.

Each kind with every side's value and span, none resolved:
- `attribution`: one utterance (a quote group) credited to different speakers;
- `date` / `place`: one event told in aligned sentences of two reports with different dates or
  places. Two mentions are only compared when they can be one occurrence: two meetings of the
  same leaders on two days are two events, not a conflict, so a date pair that one report tells
  both of, or a pair where exactly one mention tells its event as a repeat (`met again on
  Friday, a day after their first talks`), is not one (nor are its places compared);
- `number`: related sentences of two articles (wire copies included) giving different numbers
  for the same counted noun or unit (`nine nautical miles` / `13 nautical miles`, `met for six
  hours` / `lasted nine hours`) in the same role (`number_facts`: people killed, injured or
  arrested whatever the synonym, a length / an offset / a deadline, a planned figure / a done
  one) and the same scope: a running total (`arrested since the protests began`), a part of
  the period (`arrested 112 people overnight`) and a count that names no scope are three
  facts, compared only with their own kind. A toll's subject is its people and event: its
  sources (`according to the Bar Association, which represents those held`, `Interior
  Minister X said`) and a common-noun agent (`Police arrested`) are left out, and two scoped
  tolls need no other shared words, only no different place, day or starting event (`since
  the protests began` / `since the dock strike began`). A number may follow its noun: a tally
  (`the death toll ... rose to 40`) is a toll, a magnitude (`magnitude 6.9`, `6.2 on the
  Richter scale`) the story's quake's (an aftershock's another). A toll is dated by the day
  its sentence names, else by its publication day: a toll rising over days is no conflict.
  The jobs a deal or plan cuts (`will cost 1,100 jobs`) are one figure of the story. One
  report's two sources' figures are two sides (`_told_back`: `put the number at more than
  60`, a count after `disputes the official toll`); figures in plain-text tables count too
  (`_table_facts`); a toll that rose from one publication day to the next is labelled an
  update (`_mark_update`), not dropped;
- `date` / `time` of a start or end (`_time_facts`): one thing said to start or end (`The truce
  will begin at midnight on Wednesday` / `took effect at midnight on Thursday`, `Protests
  erupted on Monday evening` / `The protests, which began on Sunday night`, `mourning starting
  on Thursday`, `from Friday`), or an event held (`would be held on Saturday`, `Friday's
  state funeral`), on days that, resolved against each article's publication date
  (`newsdates.resolve_date`), differ, or at different times of one day;
- `place` of status: a ship or aircraft in international waters (airspace) in one report and
  in a state's in another, both told of one craft (`_jurisdiction`, `_craft`);
- `stance`: one actor's act refused in one report and committed to in another (`We will not
  pay …` in a quote of the actor's side / `Taldmark had agreed to pay …`: `_stances`), one act
  being one verb on one object (a ransom is not the crew's wages) and a denied or rumoured
  commitment none.
An estimate (`nearly 30`, `about 25`, `about 300` of a round figure) or a bound of a round
figure (`more than 2,000`) differs from another figure only outside its range (`_range`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from itertools import groupby, pairwise
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.analyse.newsdates import MONTHS, WEEKDAYS, parse_published, resolve_date
from newsgraph.compare.claims import Sentence
from newsgraph.compare.contrasts import family_keys as _family_keys
from newsgraph.compare.money import (
    SIGN_BEFORE,
    currency,
    local_dollar,
    money_scale,
    naira_signs,
    sentence_dollar,
    sign_start,
)
from newsgraph.compare.notices import about_the_text, amendments
from newsgraph.compare.text import (
    Idf,
    Word,
    concept,
    content_keys,
    normalise,
    number_value,
    publication_moment,
    sentences,
    stem,
    synonym_keys,
    verb_form,
    weighted_dice,
    weighted_overlap,
    words,
)
from newsgraph.extract.credits import DATELINE
from newsgraph.extract.dates import TIME_ZONE
from newsgraph.numberwords import SCALES
from newsgraph.wordlists import AIRCRAFT_GENERAL, CRAFT_KINDS, RELATIVE_DAY_WORDS, VESSEL_GENERAL

#: Number facts of two sentences are compared when the sentences share this much content.
MIN_NUMBER_CONTEXT = 0.25
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


#: Units a number measures in (`six hours`, `13 nautical miles`, `2 percent`): the measured
#: thing's head even before another noun (`a 300-kilometre frontier`).
_MEASURES = frozenset(
    "second minute hour day week month year decade km kilometre kilometer mile metre meter "
    "feet foot yard acre hectare tonne ton kilogram kg pound percent cent dollar euro".split()
)


#: Units of time: `N days of talks` is how long the talks went on (of a distance, `nine
#: miles of the coast` is how far from it, the distance itself).
_TIME_UNITS = frozenset("second minute hour day week month year decade".split())
#: Spellings and abbreviations of one unit (`km`, `kilometres`, `kilometers`), by stem.
_UNIT_FORMS = {
    "km": "kilometre",
    "kms": "kilometre",
    "kilometr": "kilometre",
    "kilometer": "kilometre",
    "metr": "metre",
    "meter": "metre",
    "mi": "mile",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "kg": "kilogram",
    "kilo": "kilogram",
    "lb": "pound",
    "lbs": "pound",
}


def _unit_head(w: Word) -> str:
    """The key a counted noun is compared by: its stem, plural `-s` off (`miles`, `hours`),
    one spelling per unit (`km` / `kilometres` / `kilometers`)."""
    s = w.stem
    s = s[:-1] if s.endswith("s") and len(s) > 3 and not s.endswith("ss") else s
    return _UNIT_FORMS.get(s, _UNIT_FORMS.get(w.norm, s))


#: Kinds of party a list of designations counts (`14 entities` / `fifteen companies and
#: individuals`): a count of two of them joined is a count of entities, by stem.
_PARTIES = frozenset("entiti compani firm individual person people bank".split())


def _party_pair(ws: list[Word], j: int, text: str, base: int) -> bool:
    """`N companies and individuals`, `N individuals or entities`: the counted noun joined
    by `and`/`or` to another kind of party counts parties of either kind."""
    if j + 1 >= len(ws) or ws[j].norm not in ("and", "or"):
        return False
    gap = text[ws[j - 1].end - base : ws[j + 1].start - base]
    return gap.strip() == ws[j].text and _unit_head(ws[j + 1]) in _PARTIES


def _plural(w: Word) -> bool:
    return w.norm.endswith("s") and not w.norm.endswith(("ss", "us", "is")) and len(w.norm) > 3


#: Words that make a count a casualty count, by what happened to the people counted: the
#: verb before the number (`killing two`, `injuring nine`), or the word after it or after its
#: noun (`42 people were killed`, `eleven were hurt`, `9 injured`, `three deaths`).
#: Synonyms are one role (`injured` / `hurt` / `wounded`).
_CASUALTY = {
    **dict.fromkeys(
        "killed killing kill kills dead died die dies death deaths fatality fatalities".split(),
        "killed",
    ),
    **dict.fromkeys(
        "injured injuring injure injures injury injuries hurt hurting wounded wounding "
        "wound wounds".split(),
        "injured",
    ),
    **dict.fromkeys(
        "arrested arresting arrest detained detaining detain".split(),
        "arrested",
    ),
    # a disaster's count of people still below (trapped, missing) and of those brought out
    **dict.fromkeys("trapped missing".split(), "missing"),
    **dict.fromkeys("rescued".split(), "rescued"),
}
#: Words between a casualty count and its verb (`were killed`, `have reportedly died`).
_AUX = frozenset("were was are is have has had been being be reportedly also later still".split())
#: Words between a verb and the count it takes (`killed more than 40`, `injuring at least 9`).
_QUALIFIERS = frozenset(
    "more than at least about some nearly almost over around roughly another up to a total "
    "of an estimated".split()
)
#: Words after a unit that say which fact the measure is: an offset between two events
#: (`four days after talks began`) is not a length (`talks lasted four days`).
_OFFSETS = frozenset("after before later earlier ago since into".split())
#: A figure under these words is expected or planned (`will send 60 monitors`, `expected the
#: talks to last three days`), not one reported as done: another fact than `50 arrived`.
_PLANNED = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:due|set|"
    r"scheduled|planned|supposed|to)\b|plans? to|aims? to|intends? to|wants? to)\b|\w'll\b",
    re.I,
)
#: `expected the talks to last`: in one clause, to its nearest `to` (see `_planned_at`).
_EXPECT_TO = re.compile(r"\bexpect(?:s|ed)?\b[^,;:(\u2014\u2013]*?\bto\b", re.I)
#: A clause ends at these marks (modality and scope are read from a number's own clause): a
#: comma, semicolon, colon, bracket or dash; not the comma of a thousands group a typist
#: spaced (`170, 000`: after one to three digits, before three), one number, while a list's
#: comma before a figure (`12 in Harl, 150 in Tarsk`) still ends a clause.
_CLAUSE_END = re.compile(r"[;:(\u2014\u2013]|,(?!\s?\d{3}\b)|(?<!\d),|(?<=\d{4}),")


def _casualty(
    ws: list[Word], i: int, run: list[Word], text: str, base: int
) -> tuple[str, Word] | None:
    """(role, casualty word) when the number at `ws[i]` counts people killed or injured."""
    for w in run:
        if w.norm in _CASUALTY:
            return _CASUALTY[w.norm], w
    last = run[-1] if run else ws[i]
    if run and _unit_head(run[-1]) in _MEASURES:
        return None
    for at, nxt in enumerate(ws[i + len(run) + 1 : i + len(run) + 5], i + len(run) + 1):
        if text[last.end - base : nxt.start - base].strip():
            break  # punctuation: another clause
        if nxt.norm in _CASUALTY:
            if not nxt.norm.endswith(("ed", "dead", "died", "hurt", "deaths", "ies", "missing")):
                return None  # `earthquake injures dozens`: the run is who did it
            k = at + 1
            while k < len(ws) and ws[k].norm in _QUALIFIERS:
                k += 1
            if (
                k < len(ws)
                and number_value(ws[k].text) is not None
                and not text[nxt.end - base : ws[k].start - base].strip()
            ):
                return None  # `two bombs killed 40 people`: the 40 are the casualties
            return _CASUALTY[nxt.norm], nxt
        if nxt.norm not in _AUX:
            break
        last = nxt
    first = ws[i]
    for k in range(i - 1, max(i - 5, -1), -1):
        prev = ws[k]
        if text[prev.end - base : first.start - base].strip():
            break
        if prev.norm in _CASUALTY and prev.norm.endswith(("ed", "ing", "kill", "kills", "hurt")):
            return _CASUALTY[prev.norm], prev
        if prev.norm not in _QUALIFIERS:
            break
        first = prev
    return None


#: A running or whole-period total (`600 have been killed so far`, `2,302 career points`,
#: `793 yards this season`): another fact than one incident's or one game's count. A span of
#: several days, weeks or months up to the report (`600 have been arrested this month`, `over
#: the past three weeks`) is one too, as `this year` is: never one night's count. `this week`
#: / `this month` is one only with a perfect tense or so-far words in its clause (`_SO_FAR`):
#: `the bombing this week killed 60` is one event's count.
#: What `since` must be followed by to start a running total: a time (`since Monday`, `since
#: 2019`, `since dawn`, `since last week`), a determined noun or a name (`since the protests
#: began`, `since the start of the year`) or an event that began (`since fighting broke out`);
#: not a pronoun and its verb (`since they refused to leave`: because), nor a subject whose
#: verb tells a will, a need or a negation rather than an event (`since the crowd refused to
#: leave`, `since the talks could not resume`, `since the law did not allow it`: because).
_SINCE_CAUSE = (
    r"(?!(?:the|its|their|his|her|our|a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:refused|declined|"
    r"failed|wanted|needed|tried|chose|decided|agreed|vowed|insisted|threatened|promised|"
    r"wished|preferred|hoped|expected|intended|planned)\s+to|would|could|should|can|cannot|"
    r"can't|must|might|may|did|does|do|didn't|doesn't|don't|won't|wouldn't|couldn't|never|"
    r"(?:is|are|was|were|has|have|had)\s+(?:not|no|never))\b)"
)
_SINCE_FROM = (
    _SINCE_CAUSE
    + r"(?!(?:i|you|he|she|it|we|they|there)\b)(?:(?-i:[A-Z0-9])|(?:the|its|their|his|her|our|"
    r"last|early|late|mid|then|dawn|daybreak|midnight|noon|nightfall|yesterday|today|"
    r"morning|afternoon|evening)\b|(?:this|that)\s+(?:week|weekend|month|year|morning|"
    r"afternoon|evening|night|spring|summer|autumn|winter)\b|(?:[\w'’-]+\s+){1,3}?"
    r"(?:began|begun|started|broke\s+out|erupted|flared\s+up)\b)"
)
_TOTAL = re.compile(
    r"\b(?:so far|to date|in all|in total|overall|cumulative|career|all-time|"
    r"(?:this|last|the) season|this year|(?:in|over|during) the (?:past|last) (?:[\w-]+ )?"
    r"(?:days|weeks|months)|since(?=\s+(?:" + _SINCE_FROM + r")))\b",
    re.I,
)
_THIS_SPAN = re.compile(r"\bthis (?:month|week)\b(?P<alone>\s+alone\b)?", re.I)
#: A perfect tense counts up to the report, unless it is the reporting verb's (`The governor
#: has confirmed the blast … this week killed 57`: one event's count, told in a perfect).
_SO_FAR = re.compile(
    r"\b(?:(?:has|have|had|'ve|’ve)\b(?!(?:\s+\w+ly)?\s+(?:said|told|confirmed|announced|"
    r"reported|stated|added|claimed|warned|insisted|acknowledged|admitted|denied|revealed|"
    r"disclosed|written|posted|briefed)\b)|(?:total|tally|bringing|brings|brought|risen|rose|"
    r"climbed)\b)",
    re.I,
)
#: A count of several events or places over the span is its total, no one event's count:
#: `Blasts in Orlin killed 57 this week`, `Bombings across Orlin`, `killed this week alone`.
_SEVERAL = re.compile(
    r"\b(?:across|(?:attacks|bombings|blasts|explosions|raids|strikes|clashes|incidents|"
    r"shootings|shellings|landslides|floods|fires|storms|earthquakes|quakes)\b)",
    re.I,
)


#: A figure scoped to a part of the period told (`arrested 40 people overnight`, `in the past
#: 24 hours`, `on the first night`): not a running total nor a count that names no scope.
_PERIOD = re.compile(
    r"\b(?:overnight|during the night|(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours?|"
    r"night|day)|on the (?:first|second|third|fourth|fifth|latest) (?:night|day|evening))\b",
    re.I,
)
#: One named night of a count of people (arrested, hurt, killed): `more than 240 were arrested
#: on Tuesday night` is one night's count (`_scope`'s `|night`); a game `on Sunday night` is
#: none (the rule reads counts of people only).
_NAMED_NIGHT = re.compile(
    r"\b(?:(?:" + "|".join(WEEKDAYS) + r")\s+night|last\s+night|tonight)\b", re.I
)
#: One night of the story, which runs into the next day: `on Tuesday night`, `last night`,
#: `tonight`, and `overnight` / `during the night` (the night before the report, told on the
#: morning after).
_NIGHT = re.compile(
    r"(?P<day>" + _NAMED_NIGHT.pattern + r")|\b(?P<unnamed>overnight|during\s+the\s+night)\b",
    re.I,
)


#: A toll of one part of what was hit (`six children died in one mosque`, `at a single
#: school`, `in one of the villages`, `twelve of the dead`): not the whole toll (`40 dead`).
_PART = re.compile(
    r"\b(?:(?:in|at|inside|near)\s+(?:one|a\s+single|just\s+one|only\s+one)\b"
    r"(?!\s+(?:point|time|stage|moment)\b)|"  # `at one point`: a time, not a part
    r"(?:of|among)\s+the\s+(?:dead|victims|wounded|injured|killed)\b)",
    re.I,
)


@lru_cache(maxsize=256)
def _marks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the text's clause marks (`_CLAUSE_END`), found once per text: a
    line of hundreds of numbers asks for each number's clause."""
    ms = list(_CLAUSE_END.finditer(text))
    return [m.start() for m in ms], [m.end() for m in ms]


def _cut(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts: the end of the last mark before it."""
    ends = _marks(text)[1]
    i = bisect_right(ends, at)
    return ends[i - 1] if i else 0


def _bounds(text: str, at: int) -> tuple[int, int]:
    """The clause of the text that holds offset `at`: [its start, its end)."""
    starts = _marks(text)[0]
    j = bisect_left(starts, at)
    return _cut(text, at), starts[j] if j < len(starts) else len(text)


#: A superlative (`the driest autumn since records began`, `the lowest level since 1990`): a
#: `since` after one compares with the past, it starts no running total.
_SUPERLATIVE = re.compile(
    r"\b(?:most|least|worst|best|first|(?-i:[a-z]\w+est))\b(?=(?:\W+\w+){0,3}\W+$)", re.I
)  # lower case only: a name in -est (`Dravest`, `the Midwest`) is no superlative
#: Words in `-est` that are no superlatives.
_NOT_SUPERLATIVE = frozenset(
    "arrest protest interest request forest west rest test contest harvest unrest suggest "
    "invest honest modest manifest chest nest guest quest conquest digest".split()
)


def _record(text: str, at: int) -> bool:
    """The `since` at `at` follows a superlative in its clause (`_SUPERLATIVE`)."""
    before = text[_cut(text, at) : at]
    return any(m.group().lower() not in _NOT_SUPERLATIVE for m in _SUPERLATIVE.finditer(before))


@lru_cache(maxsize=256)
def _scopes(text: str) -> tuple[list[int], list[int], list[int], list[frozenset[str]]]:
    """Starts of the text's `_TOTAL` and `_PERIOD` matches, and of its `since` events with
    their keys (`_since`), found once per text: a line of hundreds of numbers with no comma
    is one clause, which each of its numbers would scan again. No match crosses a clause
    mark, so a clause holds one when a start lies in it."""
    totals = [m.start() for m in _TOTAL.finditer(text) if not _record(text, m.start())]
    totals = sorted(totals + [m.start() for m in _THIS_SPAN.finditer(text) if _so_far(text, m)])
    periods = [m.start() for m in _PERIOD.finditer(text)]
    at, keys = [], []
    for m in re.finditer(r"\bsince\b", text):
        # matched in its own clause (`_SINCE` may run over a bracket or a dash)
        got = _SINCE.match(text, m.start(), _bounds(text, m.start())[1])
        if got is not None:
            at.append(m.start())
            keys.append(_since_key(got["head"]))
    return totals, periods, at, keys


def _so_far(text: str, m: re.Match[str]) -> bool:
    """The clause of `this week` / `this month` at `m` counts up to the report (`_SO_FAR`) or
    over several events (`_SEVERAL`, `this week alone`)."""
    if m["alone"]:
        return True
    lo, hi = _bounds(text, m.start())
    return _SO_FAR.search(text, lo, hi) is not None or _SEVERAL.search(text, lo, hi) is not None


def _holds(starts: list[int], lo: int, hi: int) -> int:
    """The index of the first of `starts` in [lo, hi), -1 when none is."""
    i = bisect_left(starts, lo)
    return i if i < len(starts) and starts[i] < hi else -1


def _clause_scope(s: Sentence, start: int) -> tuple[bool, bool, frozenset[str]]:
    """(a running total, a part of the period, the total's starting event) of the clause
    holding the number at `start` (see `_scope`, `_since`)."""
    lo, hi = _bounds(s.text, start - s.start)
    totals, periods, since_at, since_keys = _scopes(s.text)
    k = _holds(since_at, lo, hi)
    return (
        _holds(totals, lo, hi) >= 0,
        _holds(periods, lo, hi) >= 0,
        since_keys[k] if k >= 0 else frozenset(),
    )


@lru_cache(maxsize=256)
def _nights(text: str) -> list[int]:
    """Starts of the text's `_NAMED_NIGHT` matches, found once per text (as `_scopes`)."""
    return [m.start() for m in _NAMED_NIGHT.finditer(text)]


def _scope(s: Sentence, start: int, people: bool = False) -> str:
    """The key suffix of the period a count covers: `|total` for a running or whole-period
    total (`since the protests began`), `|period` for a part of it (`overnight`), `|part`
    for a toll of one part of what was hit (`six died in one mosque`, `_PART`). Each is a
    fact of its own: `112 arrested overnight` neither conflicts with `about 150 arrested since
    the protests began` nor with a count that tells no scope (`arrested 130 people`); only
    figures of one scope are compared. A count of `people` told for one named night (`more
    than 240 were arrested on Tuesday night`, `_NAMED_NIGHT`) is `|night`: one night's count,
    compared with an overnight count and with one that names no scope (`_same_head`)."""
    total, period, _ = _clause_scope(s, start)
    lo, hi = _bounds(s.text, start - s.start)
    part = _holds(_parts(s.text), lo, hi) >= 0
    night = people and not (total or period) and _holds(_nights(s.text), lo, hi) >= 0
    return (
        ("|total" if total else "")
        + ("|period" if period else "")
        + ("|night" if night else "")
        + ("|part" if part else "")
    )


@lru_cache(maxsize=256)
def _parts(text: str) -> list[int]:
    """Starts of the text's `_PART` matches, found once per text (as `_scopes`)."""
    return [m.start() for m in _PART.finditer(text)]


@lru_cache(maxsize=256)
def _planned_at(text: str) -> tuple[tuple[list[int], list[int]], ...]:
    """(starts, ends) of the text's `_PLANNED` and of its `_EXPECT_TO` matches, found once
    per text. Neither's matches overlap, so their ends rise with their starts."""
    out = []
    for rx in (_PLANNED, _EXPECT_TO):
        ms = list(rx.finditer(text))
        out.append(([m.start() for m in ms], [m.end() for m in ms]))
    return tuple(out)


def _planned(s: Sentence, start: int) -> bool:
    """The number at `start` stands in a clause that tells it as expected or planned: a
    match between its clause's start and the number (the first one there ends first)."""
    at = start - s.start
    lo = _cut(s.text, at)
    for starts, ends in _planned_at(s.text):
        i = bisect_left(starts, lo)
        if i < len(starts) and starts[i] < at and ends[i] <= at:
            return True
    return False


_NUM = r"(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
_QUAL = r"(?:(?:" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)*"
#: A number after its noun: a tally that rises or stands at a figure (`the death toll rose to
#: 40`, `the number of dead had risen to 73`, `the toll stood at 12`) and a measure named
#: before its figure (`magnitude 6.9`, `a magnitude of 6.8`) or by its scale after it (`6.2 on
#: the Richter scale`).
_AFTER_NOUN = re.compile(
    r"\b(?:(?P<toll>(?:death\s+|casualty\s+)?toll|number\s+of\s+(?:the\s+)?(?:people\s+)?"
    r"(?P<who>dead|deaths|fatalities|killed|victims|injured|wounded|injuries|casualties|"
    r"arrested|arrests|detained))\b(?P<mid>[^,;:.!?()]{0,80}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:rose|risen|rises|rise|rising|climbed|climbs|jumped|increased|grew|grown|reached|reaches|"
    r"reach|hit|hits|stood|stands|stand)\s+(?:to\s+|at\s+)?"
    r"|(?P<mag>magnitude)(?:\s+of)?[\s-]+)" + _QUAL + _NUM + r"\b"
    r"|\b" + _NUM.replace("?P<n>", "?P<r>") + r"\s+on\s+the\s+Richter\s+scale\b",
    re.I,
)
#: What a tally counts by its noun (`the number of injured`): killed unless it says otherwise.
_TALLY_ROLE = {
    **dict.fromkeys("injured wounded injuries casualties".split(), "injured"),
    **dict.fromkeys("arrested arrests detained".split(), "arrested"),
}


#: What a magnitude measures: a main shock (its synonyms one key) or a shock before or after
#: it, another fact (`An aftershock of magnitude 5.1` is no figure for the quake).
_SHOCKS = {
    **dict.fromkeys("earthquake earthquakes quake quakes tremor tremors temblor".split(), ""),
    **dict.fromkeys("aftershock aftershocks".split(), " aftershock"),
    **dict.fromkeys("foreshock foreshocks".split(), " foreshock"),
}
#: Words that tell one shock among several (`the first quake`, `a second, smaller tremor`).
_WHICH_SHOCK = re.compile(
    r"\b(?:first|second|third|another|new|latest|earlier|later|smaller|larger|bigger|"
    r"separate|previous)\b[\w\s,-]{0,20}$",
    re.I,
)
_SHOCK_RE = re.compile(r"\b(?:" + "|".join(_SHOCKS) + r")\b", re.I)


def _shock(text: str, start: int, end: int) -> str | None:
    """The shock a magnitude at `start`..`end` is of: the word right after it (`magnitude
    6.8 quake`), else the nearest before it in its sentence (`An aftershock of magnitude
    5.1`, `the quake had a magnitude of 6.8`); `" quake"` and the like, `""` for none, None
    for one of several (`smaller quakes`, `the first quake`)."""
    after = re.match(r"[ \t-]*([\w-]+)(?:[ \t]+(\w+))?", text[end:])
    ahead = [w.lower() for w in after.groups() if w] if after else []
    got = next(((w, end) for w in ahead if w in _SHOCKS), None)
    if got is None:
        before = list(_SHOCK_RE.finditer(text, 0, start))
        got = (before[-1][0].lower(), before[-1].start()) if before else None
    if got is None:
        return ""
    word, at = got
    if word.endswith("s") or _WHICH_SHOCK.search(text[max(0, at - 30) : at]):
        return None  # `smaller quakes`, `the first quake`: which one?
    return f" quake{_SHOCKS[word]}".replace("quake ", "")


def _after_noun(s: Sentence) -> list[tuple[float, str, int, int, int]]:
    """Facts whose number follows its noun (`_AFTER_NOUN`): a tally is `people <role>` with
    its scope, as a count of the people themselves; a magnitude is `magnitude`. Each with the
    end of its number, which the scan of numbers before their nouns leaves alone."""
    out = []
    for m in _AFTER_NOUN.finditer(s.text):
        num = m["n"] or m["r"]
        value = number_value(num)
        if value is None or (m["toll"] and not value.is_integer()):
            continue
        at = s.start + m.start("n" if m["n"] else "r")
        end = s.start + (m.end("n") if m["n"] else m.end())
        if m["toll"]:
            key = f"people {_TALLY_ROLE.get((m['who'] or '').lower(), 'killed')}"
            key += _scope(s, at, True)
            start = s.start + m.start()
        else:
            shock = _shock(s.text, m.start(), m.end())
            if shock is None:
                continue  # one shock of several, told by no more than its rank or size
            key, start = f"magnitude{shock}", s.start + m.start()
        if key == "magnitude" and _planned(s, at):
            key += "|planned"
        out.append((value, key, start, end, s.start + m.end("n" if m["n"] else "r")))
    return out


_VOTE_NUM = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
_VOTERS = (
    r"(?:members|countries|states|lawmakers|MPs|senators|delegates|deputies|councillors|"
    r"councilors|governments|nations)"
)
#: Who cast the votes, between a count and its verb (`of the council's 15 members`).
_VOTE_WHO = (
    rf"(?:{_VOTERS}\s+)?(?:of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+)?(?:{_VOTERS}\s+)?"
)
#: A tally told as two counts after the vote or the decision it settled (`by a vote of 6-3`,
#: `The vote was 4-3`, `approved the budget 7-2`, `ruled 5-2`), or before its noun (`a 5-4
#: ruling`): the first count for, the second against. No preposition between the verb and the
#: counts: they would be the preposition's range (`upheld the ban on ages 12-15`, `backed the
#: mayor in districts 4-6`).
_TALLY_LEAD = (
    r"\bvotes?\s+(?:of|was|were|is|stood\s+at|ended)\s+|"
    r"\b(?P<verb>voted|ruled|approved|passed|rejected|backed|upheld|adopted|overturned|decided)"
    r"(?:\s+(?!(?:by|of|on|in(?!\s+favou?r\b)|at|for|from|with|into|over|under|among|across|"
    r"between|within|during|since)\b)[a-z'’]+){0,4}?\s+"
)
#: Verbs whose tally counts the winning side first: after them a first count below the second
#: is a range (`approved hiring for grades 10-12`), not a tally.
_WINNERS_FIRST = frozenset("approved passed backed upheld adopted".split())
_TALLY_NOUN = r"(?=\s+(?:votes?|ruling|decision|verdict|majority|split)\b)"
_TALLY_TO = r"\s*(?:-|–|\s+to\s+)\s*"
#: … a count of up to three digits or in words (not `the 2025-26 budget`), the tally ending
#: the clause or followed by a preposition or conjunction (not `a 10-15 percent rise`).
_TALLY_NUM = r"\d{1,3}(?![\d,])|[a-z]+(?:-[a-z]+)?"
_TALLY_END = (
    r"(?=\s*(?:[,.;:)]|$|(?:on|in|at|with|after|before|to|and|but|as|for|against|that|when|"
    r"while|votes?|decision|ruling|majority|verdict)\b))"
)
#: A vote's tally, each count with its side: for (`13 votes in favour`, `13 in favor`, `Fourteen
#: of the council's 15 members voted for`, the first of `31 votes to 9`), against (`nine voted
#: against`, `1 against` after a count in favour, the second of `31 votes to 9`) or abstained
#: (`4 abstentions`, `six members abstained`, `with 2 abstaining`). The counts are `vote for` /
#: `vote against` / `vote abstained` facts, whatever noun counts the voters.
_VOTE_SIDES = (
    (
        "vote for",
        re.compile(
            rf"\b(?P<n>{_VOTE_NUM})\s+(?:votes?\s+(?:in\s+favou?r|for)|in\s+favou?r"
            rf"|votes?(?=\s+to\s+(?:{_VOTE_NUM})\b|\s+and\s+(?:{_VOTE_NUM})\s+against\b)"
            rf"|{_VOTE_WHO}voted\s+(?:for|in\s+favou?r))"
            rf"(?=[\s,.;:)]|$)"
            rf"|\bvoted\s+(?P<v>{_VOTE_NUM})\s*(?:to|-|–)\s*(?:{_VOTE_NUM})\b"
            rf"|(?:{_TALLY_LEAD})(?P<w>{_TALLY_NUM}){_TALLY_TO}(?:{_TALLY_NUM}){_TALLY_END}"
            rf"|\b(?P<x>\d{{1,3}})\s*[-–]\s*\d{{1,3}}{_TALLY_NOUN}",
            re.I,
        ),
    ),
    (
        "vote against",
        re.compile(
            # (`1,274,300 votes against 1,088,000 for Feszak` sets a count against a rival's)
            rf"\b(?P<n>{_VOTE_NUM})\s+(?:votes?\s+against|{_VOTE_WHO}voted\s+against)\b"
            rf"(?!\s+(?:\d|[a-z]+(?:-[a-z]+)?\s+(?:votes?\s+)?for\b))"
            rf"|(?:\bvotes?|\bin\s+favou?r)\s+to\s+(?P<t>{_VOTE_NUM})\b"
            rf"|(?:\bvotes?|\bin\s+favou?r|\bfor\b[^,;.]{{0,40}}?)\s*(?:,|\band\b)\s+(?P<a>{_VOTE_NUM})"
            rf"\s+(?:votes?\s+)?against\b"
            rf"|\bvoted\s+(?:{_VOTE_NUM})\s*(?:to|-|–)\s*(?P<v>{_VOTE_NUM})\b"
            rf"|(?:{_TALLY_LEAD})(?:{_TALLY_NUM}){_TALLY_TO}(?P<w>{_TALLY_NUM}){_TALLY_END}"
            rf"|\b\d{{1,3}}\s*[-–]\s*(?P<x>\d{{1,3}}){_TALLY_NOUN}",
            re.I,
        ),
    ),
    (
        "vote abstained",
        re.compile(
            rf"\b(?P<n>{_VOTE_NUM})\s+(?:abstentions?|abstaining|{_VOTE_WHO}abstained)\b",
            re.I,
        ),
    ),
)


#: A tally's two counts (`by 12 votes to 3`, `voted 12 to 3`, `14 to 1 that …`, `13-2`).
_TALLY = re.compile(
    rf"\b(?P<a>{_VOTE_NUM})\s*(?:votes?\s+)?(?:to|-|–)\s*(?P<b>{_VOTE_NUM})\b", re.I
)


def _vote_point(s: Sentence, start: int) -> str | None:
    """The stretch of a sentence of two or more tallies that tells what the tally at `start`
    decided: from the tally before it to the next (`voted 12 to 3 for the boundary and 14 to
    1 that Tolvenia broke the law`): a vote on one point is no figure for one on another.
    None when the sentence holds one tally (all of it tells its point)."""
    spans = [
        m.span()
        for m in _TALLY.finditer(s.text)
        if number_value(m["a"]) is not None and number_value(m["b"]) is not None
    ]
    if len(spans) < 2:
        return None
    at = start - s.start
    k = next((n for n, (lo, hi) in enumerate(spans) if lo <= at < hi), None)
    if k is None:
        return None
    lo = spans[k - 1][1] if k else 0
    hi = spans[k + 1][0] if k + 1 < len(spans) else len(s.text)
    return s.text[lo:hi]


def _vote_facts(s: Sentence) -> list[tuple[float, str, int, int, int]]:
    """A vote's tally (`_VOTE_SIDES`): `vote for`, `vote against` and `vote abstained` facts,
    each with the end of its number, which the scan of numbers before their nouns then leaves
    alone. A number read as two sides (`votes to 9 against`) keeps the first."""
    found: dict[int, tuple[float, str, int, int, int]] = {}
    for key, pattern in _VOTE_SIDES:
        for m in pattern.finditer(s.text):
            g = next(g for g in ("n", "t", "a", "v", "w", "x") if g in m.re.groupindex and m[g])
            if g == "w" and _a_range(m):
                continue
            if (v := number_value(m[g])) is not None:
                start, end = s.start + m.start(g), s.start + m.end(g)
                found.setdefault(start, (v, key, start, end, end))
    return [found[k] for k in sorted(found)]


#: The two counts closing a tally after its verb (`_TALLY_LEAD`).
_TALLY_PAIR = re.compile(rf"\b(?P<a>{_TALLY_NUM}){_TALLY_TO}(?P<b>{_TALLY_NUM})$", re.I)


def _a_range(m: re.Match[str]) -> bool:
    """A tally after a verb of the winners (`_WINNERS_FIRST`) whose first count is the smaller:
    a range (`approved hiring for grades 9-12`), for a tally's winners outnumber."""
    pair = _TALLY_PAIR.search(m[0])
    if not m["verb"] or m["verb"].lower() not in _WINNERS_FIRST or pair is None:
        return False
    a, b = number_value(pair["a"]), number_value(pair["b"])
    return a is not None and b is not None and a < b


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORD = r"(?P<o>" + "|".join(_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
#: A count of an actor's repeated act told as an ordinal: its possessor's `third veto` (`its`,
#: `Oskaria's`), or the `fourth time` the act of the clause it follows happened (`vetoed the text,
#: the fourth time it has blocked council action`; `met for the second time`). Both are the
#: act's `|ordinal` fact, keyed by its stem, so the two wordings compare.
_ORDINAL_OWNED = re.compile(
    rf"\b(?:its|their|his|her|[\w-]+['’]s?)\s+{_ORD}\s+(?P<noun>(?-i:[a-z])[a-z-]+)\b", re.I
)
_ORDINAL_TIME = re.compile(
    rf"(?:(?P<c>,\s+(?:the|its|their|his|her|marking\s+the|a)\s+)|\bfor\s+the\s+){_ORD}\s+time\b"
    r"(?(c)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:has|have|had)\b)",
    re.I,
)
#: Parts of a run of time or of a contest, which an ordinal picks rather than counts.
_PARTS_OF_A_SERIES = frozenset(
    stem(w)
    for w in (
        *_TIME_UNITS,
        *"time times quarter half round leg stage phase set game match period inning innings "
        "lap wave floor reading session term-time place".split(),
    )
)
#: A past-tense verb of a clause (`vetoed`), whose act a following `the fourth time` counts.
_PAST_VERB = re.compile(r"\b(?-i:[a-z])[a-z]{2,}ed\b", re.I)


def _ordinal_value(word: str) -> float | None:
    """`third` -> 3, `4th` -> 4; None for anything else."""
    low = word.lower()
    if low in _ORDINAL_WORDS:
        return float(_ORDINAL_WORDS.index(low) + 1)
    return float(low[:-2]) if low[:-2].isdigit() else None


def _ordinal_facts(s: Sentence) -> list[tuple[float, str, int, int, int]]:
    """Ordinal counts of an act (`_ORDINAL_OWNED`, `_ORDINAL_TIME`): `<act>|ordinal` facts, the
    act's stem as key (`Oskaria's third veto` / `vetoed …, the fourth time it has …`)."""
    out = []
    for m in _ORDINAL_OWNED.finditer(s.text):
        noun = m["noun"].lower()
        if noun in STOP_WORDS or stem(noun) in _PARTS_OF_A_SERIES:
            continue  # `its second day`, `the firm's third quarter`: which part, not how often
        out.append((m, stem(noun)))
    # the clause's act: the sentence's first past-tense verb (read once: a long line holds
    # many matches)
    verb = next((v for v in _PAST_VERB.finditer(s.text) if v[0].lower() not in STOP_WORDS), None)
    for m in _ORDINAL_TIME.finditer(s.text):
        if verb is not None and verb.end() <= m.start():
            out.append((m, stem(verb[0].lower())))
    facts = []
    for m, act in out:
        value = _ordinal_value(m["o"])
        if value is not None:
            start, end = s.start + m.start("o"), s.start + m.end()
            digits = s.start + m.end("o") - (2 if m["o"][0].isdigit() else 0)  # `4` of `4th`
            facts.append((value, f"{act}|ordinal", start, end, digits))
    return facts


#: Offsets from UTC in minutes of the time-zone words (`extract.dates.TIME_ZONES`) that name
#: one offset (not IST, CST, AST, GST ...: each names several). One moment told in two zones
#: (`14:00 GMT` / `15:00 CET`) is one moment.
_ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "MSK": 180, "SAST": 120, "EAT": 180, "WAT": 60, "CAT": 120, "PKT": 300,
    "WIB": 420, "ICT": 420, "HKT": 480, "SGT": 480, "PHT": 480, "JST": 540, "KST": 540,
    "AWST": 480, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "ADT": -180, "NST": -210, "NDT": -150,
    "ART": -180, "BRT": -180,
}  # fmt: skip
_ZONE = rf"(?:{TIME_ZONE}|local\s+time)"
#: A clock time in running text (`10:15 GMT`, `9.05am`, `10.15 GMT`): a moment, never a
#: figure. With a stop (`10.15`) only where am/pm or a time-zone word follows: else a decimal
#: (`1.45 EUR a litre`, `12.50 MW`). Groups: `ampm`, `zone`.
_CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\.[0-5]\d(?=\s?(?:[ap]\.?m\b|" + _ZONE + r"\b)))"
    r"(?:\s?(?P<ampm>[ap])\.?m\b\.?)?(?:\s(?P<zone>" + _ZONE + r")\b)?",
    re.I,
)
#: A clock time of the telling (`, the commission told reporters at 10:00`): when a figure
#: was said, not the moment it is of.
_TOLD_AT = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|wrote|posted|tweeted|briefed|added|"
    r"stated)\b(?:\s+[\w'’-]+){0,3}?\s+at\s+$",
    re.I,
)


#: A market's session moment (`closed up 2.9%`, `at the close`, `in early trading`): a price
#: told at it is no other figure for one told at a clock time or at another session moment.
_SESSION = re.compile(
    r"\b(?P<close>closed|ended|finished|settled)\s+(?:the\s+(?:day|session)\s+)?"
    r"(?:up|down|higher|lower|flat|unchanged|at)\b"
    r"|\b(?P<open>opened)\s+(?:up|down|higher|lower|flat|unchanged|at)\b"
    r"|\bat\s+the\s+(?P<close2>close)\b|\bat\s+the\s+(?P<open2>open(?:ing)?)\b"
    r"|\bin\s+(?P<early>early|late|morning|afternoon)\s+trad(?:e|ing)\b",
    re.I,
)


def _moments(text: str) -> frozenset[str]:
    """The moments a sentence tells its figures at: clock times as `HH:MM` (am/pm read, in
    UTC where a zone word tells its offset, `+1` for a next day), but for a clock time of the
    telling (`_TOLD_AT`); and a market's session moments (`close`, `open`, `early trading` …)."""
    out = set()
    for m in _CLOCK.finditer(text):
        if _TOLD_AT.search(text, max(0, m.start() - 60), m.start()):
            continue
        hour, minute = (int(x) for x in re.findall(r"\d+", m.group())[:2])
        if m["ampm"]:
            hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
        at = hour * 60 + minute - _ZONE_OFFSETS.get(m["zone"] or "", 0)
        day = {-1: "-1", 0: "", 1: "+1"}[at // 1440]
        out.add(f"{at % 1440 // 60:02d}:{at % 60:02d}{day}")
    for m in _SESSION.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v)
        out.add(m[name].lower() if name == "early" else name.rstrip("2"))
    return frozenset(out)


#: A sum with no noun after it is a figure only in a frame that tells what it measures: what a
#: thing costs (`would cost about $2.4 billion`, `The cost of the line has been estimated at
#: $4.2 billion`, `at a cost of €30m`), what it is worth (`_WORTH`), or the same sum in
#: another currency in brackets after one of those (`worth 11.4 billion crowns ($1.07
#: billion)`). Its currency is its key (`cost` in front for a cost): sums in two currencies
#: are never compared.
_SUM_QUALIFIER = (
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|over|less\s+than|"
    r"under|up\s+to|at\s+least|an\s+estimated)\s+)?"
)
_COST = re.compile(
    r"(?:\bcost(?:s|ing)?|\b(?:total|estimated|final)?\s*(?:cost|price|bill)\s+of|"
    r"\b(?:cost|price|bill|budget)\b[^,;:.()]{0,60}?\b(?:estimated|put|priced|set|pegged|"
    r"budgeted|projected)\s+at)\s+" + _SUM_QUALIFIER + SIGN_BEFORE + r"$",
    re.I,
)
#: A sum in brackets right after another (`11.4 billion crowns (`, `N2.5bn (`): what is left
#: before it tells the frame of both.
_CONVERTED = re.compile(
    r"(?:(?-i:[A-Z]{1,3})?[$€£¥₹₦]\s?|(?-i:[A-Z]{3})\s)?\d[\d,.]*\s?(?:[a-z]{1,8}\s)?"
    r"(?:[a-z]+\s?)?\(\s*" + SIGN_BEFORE + r"$",
    re.I,
)


#: What a cost is of: the noun after `cost of` (`the cost of the new line`) or the subject
#: noun of `cost` (`the 640-km railway would cost`, `the barrier is expected to cost`).
_COSTED = re.compile(
    r"\b(?:cost|price|bill)\s+of\s+(?P<of>[^,;:.]*?)(?:\s+(?:has|have|had|is|are|was|were|"
    r"will|would|could|in|at|for|to|on|over|between)\b|$)"
    r"|(?:\b(?:the|a|an|its|their|this|that)\s+)(?P<subject>(?:[^\s,;:.]+\s+){0,6}?[^\s,;:.]+)"
    r"\s+(?:(?:will|would|"
    r"could|may|might|is\s+expected\s+to|was\s+expected\s+to|is\s+set\s+to)\s+)?cost(?:s|ing)?\s",
    re.I,
)


_THING_END = re.compile(
    r"\s(?:in|of|at|on|for|from|to|near|along|across|between|linking|that|which)\s", re.I
)


def _costed(before: str) -> str:
    """The stem of the thing a cost told after `before` is of (`_COSTED`), else ""."""
    found = list(_COSTED.finditer(before[-160:]))
    if not found:
        return ""
    m = found[-1]
    phrase = m["of"] if m["of"] is not None else m["subject"]
    ws = words(_THING_END.split(phrase, maxsplit=1)[0])
    nouns = [w for w in ws if w.text.isalpha() and w.text.islower() and w.norm not in STOP_WORDS]
    return nouns[-1].stem if nouns else ""


def _same_thing(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Two costs are of one thing: one noun, or each's noun among the other's words."""
    return a[0] == b[0] or a[0] in b[1] or b[0] in a[1]


def _scaled(value: float, scale: float) -> float:
    """`value` times `scale` in decimal (`4.1 billion` is 4100000000, not 4099999999.9999995)."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


#: The key of a sum no frame tells, by its scale (`pledged $1.4bn`: `bn dollar`).
_SCALE_NAMES = {1e3: "k", 1e5: "lakh", 1e6: "m", 1e7: "crore", 1e9: "bn", 1e12: "tn"}
#: The key word of a cost told with a scale but no currency (`would cost 40 million`).
NO_CURRENCY = "amount"


def _framed_sum(before: str, scaled: bool, worth: bool = True, dollar: str = "USD") -> str | None:
    """The key of a sum with no noun after it (`_COST`, `_WORTH` unless not `worth`,
    `_CONVERTED`), None where no frame or no currency sign tells one; `dollar`: a bare `$`'s.
    A cost told with a scale word but no currency (`the barrier would cost 40 million`) is
    keyed `cost amount` where the thing it is of is told (`_costed`): compared only with
    another such cost of the same thing, never with a sum in a currency."""
    sign = currency(before[-6:], scaled, dollar)
    if sign is None or (not sign and not scaled):
        return None
    before = before[-120:]
    converted = _CONVERTED.search(before)
    if converted is not None:
        before = before[: converted.start()]
    if not sign:
        return f"cost {NO_CURRENCY}" if _COST.search(before) and _costed(before) else None
    if _COST.search(before):
        return f"cost {sign}"
    return sign if worth and _WORTH.search(before) else None


#: What a rate is told per (`38 crowns a share`, `2 million barrels a day`): a rate is no other
#: figure for a total (`11.4 billion crowns`).
_RATE_NOUNS = frozenset(
    "share unit head person barrel tonne ton litre liter gallon kilo kilogram acre hectare "
    "hour day week month year".split()
)
_NOT_RATE = frozenset("ago after before earlier later".split())


def _per(ws: list[Word], j: int, text: str, base: int) -> str:
    """` per <noun>` when the words from `j` tell a rate (`a share`, `per day`), else ``."""
    if j + 1 >= len(ws) or ws[j].norm not in ("a", "an", "per", "each"):
        return ""
    noun = ws[j + 1]
    if text[ws[j - 1].end - base : noun.start - base].strip(" ") != ws[j].text:
        return ""  # punctuation between (`38 crowns, a share …`)
    if noun.norm.rstrip("s") not in _RATE_NOUNS:
        return ""
    if j + 2 < len(ws) and ws[j + 2].norm in _NOT_RATE:
        return ""  # `a year ago`: a time, not a rate
    return f" per {noun.norm.rstrip('s')}"


def number_facts(s: Sentence) -> list[tuple[float, str, int, int]]:
    """(value, key, start, end): a number and the fact it gives (see `_number_facts`).
    Claims (`differs`) and conflicts both ask for each sentence's facts: they are read once
    per text and offset, which is all they depend on."""
    return list(_number_facts(naira_signs(s.text) if s.naira else s.text, s.start, s.dollar))


@lru_cache(maxsize=4096)
def _number_facts(
    text: str, base: int, dollar: str = "USD"
) -> tuple[tuple[float, str, int, int], ...]:
    """(value, key, start, end): a number and the fact it gives (`dollar`: the currency a bare
    `$` stands for, `Sentence.dollar`). The key is what the number
    counts or measures (`6,500 dockworkers`, `nine hours`, `2,000 Ilvanian troops`: the last
    of at most two words after the number, ending at a unit, a plural noun, a verb-like `-ed`
    word, a stop word or punctuation), with its role where the words tell one:

    - people killed or injured (`killing two workers`, `eleven were hurt`, `9 wounded`) are
      `people killed` / `people injured`, whatever noun counts them;
    - a measure of something (`a 12-mile limit`, `two days of talks`) is `mile limit`,
      `day talk`; an offset between events (`four days after talks began`) is `day after`;
      a deadline (`within ten days`) is `day within`;
    - a figure told as expected or planned (`will send 60 monitors`, `expected the talks to
      last three days`) carries `|planned`: another fact than one reported done."""
    s = Sentence("", "", base, base + len(text), text, [])
    ws = _percent_words(_compound_numbers(words(s.text, s.start), text, base), text, base)
    after = _after_noun(s) + _vote_facts(s) + _ordinal_facts(s)
    taken = {f[4] for f in after}
    clocks = [at for m in _CLOCK.finditer(text) for at in m.span()]
    out = [f[:4] for f in after]
    parted: set[str] = set()  # keys of sums told as a part of another (`_PAYMENT_FORM`)
    financed: set[str] = set()  # keys of sums told in a form of finance (`$40m in loans`)
    for i, w in enumerate(ws):
        value = number_value(w.text)
        if value is None or w.end in taken:
            continue
        prev = ws[i - 1].norm if i else ""
        if prev == "no":
            continue  # `no one was killed`: none, not one
        if prev in _MONTHS or (1900 <= value <= 2100 and w.text.isdigit()):
            continue  # a date or a year, compared as dates elsewhere
        nxt_norm = ws[i + 1].norm if i + 1 < len(ws) else ""
        if (
            (w.text[:1] == "0" and len(w.text) > 1)  # `170, 000`: a thousands group cut off
            or nxt_norm in ("am", "pm", "a.m", "p.m", "a.m.", "p.m.")
            or re.match(r"\s*[ap]\.\s?m\b", text[w.end - base :], re.I)
            or text[max(0, w.start - base - 2) : w.start - base].strip() == ":"
            or bisect_right(clocks, w.start - base) % 2
        ):
            continue  # a clock time (`2:29 PM`), not a count
        if w.text.isdigit() and len(w.text) <= 3 and re.match(r",\s\d{3}\b", text[w.end - base :]):
            continue  # `1, 000`: a thousands group cut off after it
        if len(w.text) == 3 and re.search(
            r"\d,\s$", text[max(0, w.start - base - 3) : w.start - base]
        ):
            continue  # `4, 183`: the thousands group of a number cut in two
        if re.search(r"\d\s?[-\u2013]\s?$", text[max(0, w.start - base - 6) : w.start - base]) and (
            _range_low(text[max(0, w.start - base - 24) : w.start - base], value) is None
        ):
            continue  # `a 20-13 win`, `9-3`: a score, not a count; `300–400 trucks` is a range
        run: list[Word] = []
        last = w
        # A sum's scale word (`$1.2bn`, `$1.07 billion`, `$3 tn`, `Rs 5 crore`) multiplies its
        # figure after a currency sign, glued or not: one sum, however it is written.
        nxt_w = ws[i + 1] if i + 1 < len(ws) else None
        scale = None if nxt_w is None else money_scale(nxt_w.norm, nxt_w.start == w.end)
        sign = currency(
            text[max(0, w.start - base - 6) : w.start - base], scale is not None, dollar
        )
        money_scaled = bool(sign) and scale is not None
        # `10th`: the word splitter cuts the suffix off; an ordinal says which, not how many.
        suffix = ws[i + 1] if i + 1 < len(ws) and ws[i + 1].start == w.end else None
        ordinal = suffix is not None and suffix.norm in ("st", "nd", "rd", "th")
        for nxt in ws[i + 1 : i + 4 + ordinal]:
            gap = text[last.end - base : nxt.start - base]
            if ordinal and nxt is suffix:
                last = nxt
                continue
            if number_value(nxt.text) is not None or nxt.norm in _MONTHS or gap.strip(" -"):
                break  # another number, a date, or punctuation (`injuring nine, the city`)
            if money_scaled and nxt is nxt_w and scale is not None:
                value, last = _scaled(value, scale), nxt  # `$3 tn`, `Rs 1,200 crore`
                continue
            if nxt.norm in SCALES and not run:
                value = _scaled(value, SCALES[nxt.norm])  # `3 million crowns`
                last = nxt
                continue
            if nxt.norm in STOP_WORDS:
                if run or not value.is_integer() or nxt.norm not in _SKIP:
                    break
                last = nxt
                continue
            if gap.strip(" -") or (run and nxt.norm.endswith("ed")):
                break  # punctuation, or a verb (`walked`): the noun run has ended
            run.append(nxt)
            last = nxt
            if _unit_head(nxt) in _MEASURES or len(run) == 2 or _plural(nxt):
                break  # a unit, or a plural noun (`leaders spoke`): the head
        casualty = _casualty(ws, i, run, text, base) if value.is_integer() else None
        if casualty is not None:
            role, word = casualty
            start, end = min(w.start, word.start), max(w.end, word.end, *(x.end for x in run))
            out.append((value, f"people {role}{_scope(s, w.start, True)}", start, end))
            continue
        # `3bn` with no currency sign: the glued scale is the run's only word (`AKR 3m`: a sum
        # in no currency known, skipped below)
        glued = len(run) == 1 and run[0].start == w.end and money_scale(run[0].norm, True)
        if not run or glued:
            money = _framed_sum(text[: w.start - base], scale is not None, True, dollar)
            if money is None and money_scaled and not run and nxt_w is not None:
                # a sum no frame tells is keyed by its scale and currency (`pledged $1.4bn`,
                # `€850 million`: `bn dollar`, `m euro`; `Rs 40 crore`: `crore Rs`), glued or
                # spelled; but a sum `of` a whole is a part of it (`$281m of the price will be
                # in cash`), and so is the form a price is paid in (`paying $281 million in
                # cash`, `$40m in shares`: on ECB+ set against the deal's total). A form of
                # finance (`lent $40 million in loans`) is the whole lent, unless the sentence
                # tells another sum of its key (`$40m in loans and $20m in grants`).
                after = text[nxt_w.end - base : nxt_w.end - base + 24]
                before = text[max(0, w.start - base - 40) : w.start - base]
                form = _PAYMENT_FORM.match(after)
                part = (
                    (i + 2 < len(ws) and ws[i + 2].norm == "of")
                    or bool(form and form["form"].lower() in _PRICE_FORMS)
                    or bool(_PART_BEFORE.search(before))
                )
                if scale in _SCALE_NAMES and part:
                    # the sentence tells a whole and its parts (`$334 million, of which $281
                    # million in cash`, `$281m in cash and $53m in stock`): no sum of that key
                    # in it is compared, as for two values of one key
                    parted.add(f"{_SCALE_NAMES[scale]} {sign}" + _scope(s, w.start))
                elif scale in _SCALE_NAMES:
                    money, last = f"{_SCALE_NAMES[scale]} {sign}", nxt_w
                    if form:
                        financed.add(money + _scope(s, w.start))
            if money is not None:
                out.append((value, money + _scope(s, w.start), w.start, last.end))
                continue
            if not run:
                continue
        if w.norm == "one" and run[0] is not ws[i + 1]:
            continue  # `one of the…` is a pronoun, not a count
        if run[0] is not ws[i + 1] and run[-1].text[:1].isupper():
            continue  # `district 9 of Ilvane`: a name is not what a number counts
        if ordinal and run[0].text[:1].isupper():
            continue  # `near 27th Street`: an ordinal before a name is part of the name
        head = run[-1]
        key = _unit_head(head)
        j = i + len(run) + 1
        after = ws[j] if j < len(ws) else None
        tight = after is not None and not text[head.end - base : after.start - base].strip(" -")
        # `a 12-mile limit` measures the limit: only another `N-mile limit` is comparable.
        if tight and after is not None and text[w.end - base : run[0].start - base] == "-":
            key = f"{key} {_unit_head(after)}"
            if key == "year old" and j + 1 < len(ws):
                key += f" {ws[j + 1].norm}"  # one person's age: `36-year-old Lasalle`
        elif key in _TIME_UNITS and tight and after is not None:
            if after.norm in _OFFSETS:
                key = f"{key} {after.norm}"  # `four days after talks began`
            elif after.norm == "of":
                # `two days of talks`, `six hours of the strike`, `three days of national
                # mourning`: the head of the noun phrase after `of`, not its adjective
                thing = _of_head(ws, j + 1, text, base)
                if thing is not None and not thing.text[:1].isupper():
                    key = f"{key} {_unit_head(thing)}"
        if key in _PARTIES and _party_pair(ws, j, text, base):
            key = "entiti"  # `fifteen companies and individuals`: the designations counted
        if key == "percent" and not key.count(" "):
            of = _percent_of(ws, i, j, tight, text, base)
            if of is None:
                continue
            key = of
        if key == "time" and len(run) == 1:
            # `shot seven times` / `arrested four times`: how often the verb happened.
            k = i - 1
            while k >= 0 and ws[k].norm in _QUALIFIERS:
                k -= 1
            if k >= 0 and ws[k].norm not in STOP_WORDS:
                key = f"time {_unit_head(ws[k])}"
        if key in _TIME_UNITS and prev == "within":
            key = f"{key} within"
        if (key in _JOBS or _workforce(key)) and _job_cut(ws, i, j, text, base):
            key = "job cut"  # `will cost 1,100 jobs` / `expects to cut 800 jobs`
        if sign is None and glued:
            continue  # `AKR 3m`: a sum in no currency known, comparable with nothing
        sign = sign or ""  # `an IMF 3bn loan`: capitals no currency has name the lender
        if sign:
            key = f"{key} {sign}"  # `$1.2bn` / `€1.1bn`: two currencies, never compared
        elif " " not in key and not key.startswith("percent"):
            # `38 crowns a share`: a rate, not the total (after the head: `2 million barrels a day`)
            key += _per(ws, next(n for n in range(i, len(ws)) if ws[n] is head) + 1, text, base)
        if prev == "in" and i > 1 and number_value(ws[i - 2].text) is not None:
            key += " proportion"  # `1 in 500 users`: how many of all, not a count of them
        if ordinal:
            key += "|ordinal"  # `the 10th win` is which win, not how many
        key += _scope(s, w.start)
        if _planned(s, w.start) and not _owned(text, w.start - base):
            key += "|planned"  # (`will free 21 of the ship's 24 crew`: the 24 is no plan)
        part = _part_of_whole(text[: w.start - base], value)
        if part is not None:
            # `43 of 61 samples were positive`: the count is the part, the 61 is the whole
            # it is taken from (no rival of another report's `43 samples`)
            out.append((part[0], key, part[1] + base, head.end))
            noun, bar, rest = key.partition("|")
            key = f"{noun} whole{bar}{rest}"
        out.append((value, key, w.start, head.end))
    out += _none_facts(s)
    # One sentence giving two values of one key (`Carter scored 14 points and Lind 13`) tells
    # two facts the key cannot tell apart: neither is compared.
    values: dict[str, set[float]] = {}
    for f in out:
        values.setdefault(f[1], set()).add(f[0])
    # a sum in a form of finance beside another of its key, even of one value (`$40m in loans
    # and $40m in grants`), is a part of what they add up to
    parted |= {k for k in financed if sum(f[1] == k for f in out) > 1}
    return tuple(f for f in out if len(values[f[1]]) == 1 and f[1] not in parted)


#: Words before a sum that tell it as a part of another (`of which $281 million`, `including
#: $281 million`), an estimate's word between.
_PART_BEFORE = re.compile(
    r"\b(?:of\s+which|includ(?:ing|es|ed))\s+(?:(?:about|around|roughly|approximately|some|"
    r"nearly|almost|over|more\s+than|up\s+to)\s+)?(?:[A-Z]{0,3}[$€£¥₹₦]\s?)?$"
)
#: The form a payment takes, after its sum: a part of the whole (`$281 million in cash`).
_PAYMENT_FORM = re.compile(
    r"\s+in\s+(?P<form>cash|stock|shares|equity|bonds|debt|loans|grants)\b", re.I
)
#: The forms a price is paid in: always a part of the price (`paying $281 million in cash`).
_PRICE_FORMS = frozenset("cash stock shares equity".split())


#: A part told of its whole right before the whole's figure: `43 of 61 samples`, `five of 12
#: districts` (the part the smaller).
_PART_OF_WHOLE = re.compile(r"(?<![\w,.])(\d[\d,]*|[a-z]+)\s+of\s+$", re.I)


def _part_of_whole(before: str, whole: float) -> tuple[float, int] | None:
    """(value, start) of the part a figure's whole is told with (`_PART_OF_WHOLE`), or None."""
    m = _PART_OF_WHOLE.search(before[-24:])
    value = number_value(m.group(1)) if m is not None else None
    if value is None or value >= whole:
        return None
    return value, len(before) - len(m.group())


#: A casualty count denied as a count: `Not a single protester was detained`, `not one
#: person has been hurt`. A plain `no one was killed` is often another incident's (the
#: blast next door) and stays no count (`test_no_one_is_no_count_of_one`).
_NONE = re.compile(
    r"\bnot\s+(?:a\s+single|one)(?:\s+[a-z]+)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:\w+ly\s+)?(?P<verb>killed|arrested|detained|injured|hurt|wounded)\b",
    re.I,
)


def _none_facts(s: Sentence) -> list[tuple[float, str, int, int]]:
    """(0, `people ROLE`, start, end) for each casualty count the sentence denies: `Not a
    single protester was detained` says how many were, none, against another report's 41."""
    return [
        (
            0.0,
            f"people {_CASUALTY[m['verb'].lower()]}{_scope(s, s.start + m.start(), True)}",
            s.start + m.start(),
            s.start + m.end(),
        )
        for m in _NONE.finditer(s.text)
    ]


def _of_head(ws: list[Word], k: int, text: str, base: int) -> Word | None:
    """The head of the noun phrase from word `k` (after `of`): past its stop words (`the`),
    the last of at most two words in a row, up to punctuation, a stop word or an `-ed` verb
    (`national mourning` -> `mourning`, `talks ended` -> `talks`)."""
    while k < len(ws) and ws[k].norm in STOP_WORDS:
        k += 1
    head = None
    for n in range(k, min(k + 2, len(ws))):
        w = ws[n]
        if n > k and (
            text[ws[n - 1].end - base : w.start - base].strip()
            or w.norm in STOP_WORDS
            or w.norm.endswith("ed")
            or w.text[:1].isupper()
            or number_value(w.text) is not None
        ):
            break
        head = w
    return head


#: Nouns of posts a company or an employer has (`jobs`, `posts`): with a verb of cutting, with
#: the workforce nouns, the figure of the jobs cut (`job cut`).
_JOBS = frozenset("job post position role".split())
#: Verbs that cut jobs, before the figure (`cut about 800 jobs`, `will cost 1,100 jobs`, `lay
#: off 300 workers`) or after it (`500 posts will go`, `200 jobs were lost`).
_CUTS_BEFORE = frozenset(
    "cut cuts cutting cost costs costing shed sheds shedding axe axes axing eliminate eliminates "
    "eliminating slash slashes slashing lose loses losing lost off scrap scraps scrapping".split()
)
_CUTS_AFTER = frozenset(
    "cut lost go axed eliminated shed scrapped slashed disappear vanish redundant".split()
)
_MODALS = frozenset("will would could may might to be".split())


def _job_cut(ws: list[Word], i: int, j: int, text: str, base: int) -> bool:
    """The count at `ws[i]` (its noun ending before `ws[j]`) is of jobs cut: a cutting verb
    right before it (qualifiers between) or after its noun (auxiliaries between)."""
    k = i - 1
    while k >= 0 and ws[k].norm in _QUALIFIERS:
        k -= 1
    gap = text[ws[k].end - base : ws[i].start - base] if k >= 0 else ""
    if k >= 0 and ws[k].norm in _CUTS_BEFORE and not re.search(r"[^\w\s]", gap):
        return True
    for w in ws[j : j + 4]:
        if w.norm in _CUTS_AFTER:
            return True
        if w.norm not in _AUX and w.norm not in _MODALS:
            break
    return False


#: What a percentage is `of` that says only that it is a share, not of what (`18 percent of
#: capacity`, `of its normal level`): the thing is named elsewhere in the clause.
_WHOLE = frozenset("capacity normal total usual average level levels".split())
#: Verbs before `at` that set a level (`stood at 18 percent`): the thing is their subject.
_LEVEL_VERBS = frozenset(
    "stood stand stands standing sit sits sat hold holds held keep keeps kept".split()
)
#: Verbs whose object in percent is a share of the votes (`Marsk won 51.2 percent`).
_VOTE_VERBS = frozenset("won win wins took polled received secured garnered got".split())


def _percent_of(ws: list[Word], i: int, j: int, tight: bool, text: str, base: int) -> str | None:
    """`percent` and what it is a percentage of: the noun after `of` (`51.2 percent of the
    vote`) or right after it (`63 percent turnout`), `vote` after a verb of winning, else the
    first word of the number's clause (`Turnout was 63 percent`, `Marsk took 49 percent`):
    two percentages of different things are no one fact. None where the clause does not tell
    whose share it is (another figure before it, `46.1 percent for Varanyi`)."""
    if tight and j < len(ws):
        if ws[j].norm == "of":
            thing = next((x for x in ws[j + 1 : j + 4] if x.norm not in STOP_WORDS), None)
            if thing is not None and thing.norm not in _WHOLE:
                return f"percent {_unit_head(thing)}"
        elif ws[j].norm not in STOP_WORDS and not ws[j].norm.endswith("ed"):
            return f"percent {_unit_head(ws[j])}"
    k = i - 1
    while k >= 0 and ws[k].norm in _QUALIFIERS:
        k -= 1
    if k >= 0 and ws[k].norm in _VOTE_VERBS:
        return "percent vote"
    if (
        i > 1
        and ws[i - 1].norm == "at"
        and not text[ws[i - 2].end - base : ws[i - 1].start - base].strip()
    ):
        level = ws[i - 2]  # `reservoirs at 18 percent`, `left unemployment at 5%`
        if not (
            level.norm in STOP_WORDS or level.norm in _LEVEL_VERBS or verb_form(level.norm)
        ):  # `prices rose at 4 percent`: a verb before `at` is no thing measured
            return f"percent {_unit_head(level)}"
    changed = _changed_by(ws, i, text, base)
    if changed is not None:
        return f"percent {_unit_head(changed)}"
    cut = base + _cut(text, ws[i].start - base)
    k = i
    while k and ws[k - 1].start >= cut:
        k -= 1
    clause = ws[k:i]
    if any(number_value(x.text) is not None for x in clause) or (
        j < len(ws) and ws[j].norm == "for"
    ):
        return None  # `51.2 percent ... against 46.1 percent for Varanyi`: whose share is unclear
    word = next((x for x in clause if x.norm not in STOP_WORDS), None)
    return f"percent {_unit_head(word)}" if word is not None else None


def _changed_by(ws: list[Word], i: int, text: str, base: int) -> Word | None:
    """The thing a change `by` a percentage changed, the noun right before `by` (`devalued the
    crown by 12%`, `cut the value of the crown by 15%`: both `crown`), so two outlets' changes
    of one thing compare whoever they say made them; None after a verb (`sales fell by 12
    percent`: the clause's subject tells) or across punctuation, and for a time (`grew in March
    by 12%`, `rose last week by 9%`) or a noun after another preposition than `of` (`fell in
    value by 12%`): when or in what, not what changed. An adverb of the verb (`exports fell
    sharply by 5%`: a `-ly` word after a verb) is as a verb: the subject tells."""
    if i < 2 or ws[i - 1].norm != "by":
        return None
    thing = ws[i - 2]
    if text[thing.end - base : ws[i - 1].start - base].strip():
        return None
    if thing.norm in STOP_WORDS or verb_form(thing.norm) or number_value(thing.text) is not None:
        return None
    if _adverb_of_verb(ws, i - 2):
        return None
    if _unit_head(thing) in _TIME_UNITS or thing.norm in _WHEN_NAMES or thing.norm == "quarter":
        return None
    k = i - 3
    while k >= 0 and ws[k].norm in _CHANGED_DETERMINERS:
        k -= 1
    return None if k >= 0 and ws[k].norm in _PREPS - {"of"} else thing


def _adverb_of_verb(ws: list[Word], n: int) -> bool:
    """Whether `ws[n]` is an adverb of a verb: `-ly` words back to a verb form (`fell
    sharply`, `rose only slightly`), not a noun after its article (`cut the supply`)."""
    k = n
    while k >= 0 and ws[k].norm.endswith("ly"):
        k -= 1
    return k < n and k >= 0 and verb_form(ws[k].norm)


#: Words between a preposition and its noun (`in the value`, `over its year`).
_CHANGED_DETERMINERS = frozenset("the a an its their his her this that last first".split())


def _compound_numbers(ws: list[Word], text: str, base: int) -> list[Word]:
    """`Thirty-eight` as one word: the word splitter cuts at the hyphen, which left `eight`."""
    out: list[Word] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end - base : w.start - base] == "-"
            and number_value(f"{prev.text}-{w.text}") is not None
            and number_value(prev.text) != number_value(f"{prev.text}-{w.text}")
        ):
            joined = f"{prev.text}-{w.text}"
            out[-1] = Word(joined, prev.start, w.end, joined.lower(), joined.lower())
            continue
        out.append(w)
    return out


def _percent_words(ws: list[Word], text: str, base: int) -> list[Word]:
    """`per cent` as one word and `%` after a number as the word `percent`: three spellings
    of one unit (`18 per cent` / `18%` / `18 percent`) are one key."""
    out: list[Word] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.norm, w.norm) == ("per", "cent")
            and not text[prev.end - base : w.start - base].strip()
        ):
            out[-1] = Word(
                text[prev.start - base : w.end - base], prev.start, w.end, "percent", "percent"
            )
            continue
        out.append(w)
        sign = re.match(r"\s?%", text[w.end - base :])
        if sign and w.norm[:1].isdigit():
            at = w.end + sign.end() - 1
            out.append(Word("%", at, at + 1, "percent", "percent"))
    return out


#: Words between a number and what it counts (`5,000 of its members`).
_SKIP = frozenset("of its their his her the our more than".split())


def conflicts(
    sents: list[Sentence],
    clusters: list[list[int]],
    quote_groups: list[dict[str, Any]],
    events: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _attribution(quote_groups, articles)
    out += _numbers(quoted_sentences(sents, articles), articles)
    out += _time_facts(sents, articles, report_of)
    out += _event_values(sents, clusters, events, articles, report_of)
    out += _jurisdiction(sents, articles, report_of)
    out += _stances(sents, quote_groups, articles, report_of)
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    unique = []
    fixed: dict[str, set[float]] = {}
    for c in out:
        c["values"] = _once_per_report(c["values"], report_of)
        c["values"] = _uncorrected_copies_out(c["values"], articles, report_of, fixed)
        if len({v["value"] for v in c["values"]}) < 2:
            continue
        key = (c["kind"], c["about"], tuple(sorted({v["value"] for v in c["values"]})))
        if key in seen:
            # one disagreement found twice: the other reports that tell one of its values
            # are sides of it too (three outlets' `18` against one's `15`)
            have = seen[key]
            told = {x["article"] for v in have["values"] for x in [v, *v.get("copies", [])]}
            have["values"] += [v for v in c["values"] if v["article"] not in told]
            continue
        seen[key] = c
        unique.append(c)
    stamps: dict[str, list[Sentence]] = {}
    for snt in sents:
        if snt.at:
            stamps.setdefault(snt.article, []).append(snt)
    for c in unique:
        _mark_update(c, articles, stamps)
    return unique


def quoted_sentences(sents: list[Sentence], articles: dict[str, dict[str, Any]]) -> list[Sentence]:
    """`sents` with each claim sentence that joins a quotation's sentences (`text.sentences`)
    cut back at them: a figure is compared by the words of its own sentence (`"The lakes
    are at 16 per cent. We have no time," she said.`: its first), as a claim is not, and a
    bare `$` is read by its own sentence (`sentence_dollar`: one naming the US beside it
    makes no other sentence's sum US dollars)."""
    out = []
    for s in sents:
        quoted = '"' in s.text or "“" in s.text
        pieces = sentences(s.text, quotations=False) if quoted else []
        if len(pieces) < 2:
            out.append(s)
            continue
        local = local_dollar(articles.get(s.article, {}).get("url"))
        for a, b in pieces:
            piece = s.text[a:b]
            keys = content_keys(words(piece, s.start + a))
            dollar = sentence_dollar(local, piece)
            out.append(
                replace(
                    s,
                    start=s.start + a,
                    end=s.start + b,
                    text=piece,
                    keys=keys,
                    figs=None,
                    dollar=dollar,
                )
            )
    return out


def _mark_update(
    c: dict[str, Any], articles: dict[str, dict[str, Any]], stamps: dict[str, list[Sentence]]
) -> None:
    """Label a toll of people that rose as reports came out an update, not a dispute (`six
    miners were killed` on Monday, `Monday's collapse, which killed 14` in Tuesday's report;
    `UPDATE 14:05: … 11 miners have died` at noon, `Fourteen miners` that evening): each figure
    is told at moments of its own (`_told_at`: its report's publication, or the update stamp
    its sentence opens with), the moments of one figure all before those of the next, higher
    one. Figures of one day follow each other only on a day a report told its figure under an
    update stamp (the toll was being revised that day); two outlets' figures of a day with none
    differ because their sources do. A day alone is no moment of that day: one figure a day may
    be told so, placed by its value among the day's timed ones. The sides are then listed in
    that order, `about` says so and `update` is true (additive). Figures told at one moment
    (one report's two sources, `14, the governor's office said` / `the union counted 16`), two
    untimed figures of one day, or a later lower figure stay a conflict. So do figures of a
    report that disputes a figure (`_DISPUTES`: `rejects the owner's count`)."""
    if c["kind"] != "number" or not c["about"].startswith("people "):
        return
    values = c["values"]
    told = [_told_at(v, articles, stamps) for v in values]
    if any(day is None for day, _ in told):
        return
    if any(_DISPUTES.search(articles.get(v["article"], {}).get("text") or "") for v in values):
        return  # a report that disputes a figure (`rejected the owner's count`): a dispute
    # A count of the dead, hurt, held or rescued only grows; one of people still missing
    # may fall as they are found, so its untimed figure has no place by value.
    either = c["about"].startswith("people missing")
    updated = {
        parse_published(articles.get(v["article"], {}).get("published"))
        for v in values
        if _stamp(v, stamps)
    }
    order = _series(values, told, 1, either, updated)
    if order is None and either:
        order = _series(values, told, -1, True, updated)
    if order is None:
        return
    c["values"] = [values[n] for n in order]
    c["about"] += " (updated over time)"
    c["update"] = True


def _series(
    values: list[dict[str, Any]],
    told: list[tuple[date | None, datetime | None]],
    sign: int,
    timed: bool,
    updated: set[date | None],
) -> list[int] | None:
    """The figures' order as a series rising (`sign` 1) or falling (-1) with the moments they
    were told, or None: no figure told again after another, none at a moment not after the
    previous figure's. Two figures of one day follow each other only on a day `updated` (a
    report told a figure under an update stamp that day). A day alone places its figure by
    value (one such figure a day), unless `timed`."""
    untimed = [day for day, at in told if at is None]
    if len(untimed) > len(set(untimed)):
        return None  # two figures of one day told at no time of it: nothing orders them
    key = [sign * float(v["value"]) for v in values]
    order = sorted(range(len(values)), key=lambda n: (told[n][0], key[n], n))
    groups = groupby(order, lambda n: values[n]["value"])
    runs = [(key[ns[0]], [told[n] for n in ns]) for ns in (list(g) for _, g in groups)]
    if len(runs) != len({k for k, _ in runs}):
        return None  # a figure told again after another
    for (x, a), (y, b) in pairwise(runs):
        if x >= y or not all(_before(m, n, timed, updated) for m in a for n in b):
            return None  # two figures told at one moment, or a later figure the other way
    return order


def _told_at(
    v: dict[str, Any], articles: dict[str, dict[str, Any]], stamps: dict[str, list[Sentence]]
) -> tuple[date | None, datetime | None]:
    """(day, moment in UTC or None) a figure was told: its report's publication, at the clock
    time of the update stamp its sentence opens with (`UPDATE 14:05:`) when there is one."""
    published = articles.get(v["article"], {}).get("published")
    return parse_published(published), publication_moment(published, _stamp(v, stamps))


def _stamp(v: dict[str, Any], stamps: dict[str, list[Sentence]]) -> str:
    """The clock time of the update stamp the figure's sentence opens with, or ``."""
    return next((s.at for s in stamps.get(v["article"], []) if s.start <= v["start"] < s.end), "")


def _before(
    a: tuple[date | None, datetime | None],
    b: tuple[date | None, datetime | None],
    timed: bool,
    updated: set[date | None],
) -> bool:
    """Figure moment `a` comes before `b`: an earlier day, or on one day an earlier time when
    a report that day told its figure as an update (else two outlets' figures of one day differ
    because their sources do); a day alone against a time of that day tells no order: its
    figure is placed by its value, unless `timed`."""
    if a[0] != b[0]:
        return a[0] < b[0]
    if a[0] not in updated:
        return False
    if a[1] is None or b[1] is None:
        return not timed
    return a[1] < b[1]


#: Where a ship or an aircraft was, in words that exclude each other: international waters
#: or airspace, or a state's (`in Ostrenian territorial waters`, `inside Varnian airspace`).
_JURISDICTION = re.compile(
    r"\b(?:in|inside|within|into|entered)\s+(?:the\s+)?(?P<v>international\s+(?P<m>waters|airspace)"
    r"|(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:territorial\s+)(?P<t>waters)"
    r"|(?-i:[A-Z])[\w'’-]+\s+(?P<a>airspace))\b",
    re.I,
)

#: A negation right before a place of status (`was not in`, `never entered`, `had not
#: strayed into`): the report denies that place, it claims none.
_DENIED = re.compile(r"\b(?:not|never|n['’]t|no\s+longer)\s+(?:\w+\s+){0,2}$", re.I)


#: What a place of status is told of: a craft of sea or air. The general words
#: (`ship`, `vessel`, `aircraft`) may stand for any of their medium's craft; a kind (`tanker`,
#: `frigate`) is one craft, another kind another.
_CRAFT_GENERAL = VESSEL_GENERAL | AIRCRAFT_GENERAL
#: A craft's name after its kind (`the frigate Volya`), or a name that is the subject of the
#: place told right after it (`the Callow Tern had been in`, `the Volya sailed into`).
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
_NAMED_SUBJECT = re.compile(
    rf"(?P<name>{_NAME})\s+(?:(?:had|has|have|was|were|is|are|been)\s+)*(?:[a-z]+\s+)?$"
)
_NAME_AFTER = re.compile(rf"\s+({_NAME})")


@dataclass(frozen=True, slots=True)
class _Craft:
    """Which craft a place is told of: its name and its kind, each None when not told."""

    name: str | None = None
    kind: str | None = None

    def differs(self, other: _Craft) -> bool:
        """Two names, or two kinds, that differ: two craft (a name and a kind may be one)."""
        return bool(
            (self.name and other.name and self.name != other.name)
            or (self.kind and other.kind and self.kind != other.kind)
        )


def _craft(before: str) -> _Craft:
    """The craft the place right after `before` (its sentence up to the place) is told of: the
    last craft noun there and the name after it, or a name just before the place's verb."""
    ws = words(before)
    kind, name = None, None
    for n in range(len(ws) - 1, -1, -1):
        head = _stem_head(ws[n].text)
        if ws[n].text[:1].islower() and (head in _CRAFT_GENERAL or head in CRAFT_KINDS):
            kind = head if head in CRAFT_KINDS else None
            after = _NAME_AFTER.match(before, ws[n].end)
            name = after.group(1) if after else None
            break
    subject = _NAMED_SUBJECT.search(before)
    if name is None and subject is not None and concept(subject["name"].split()[-1]) is None:
        name = subject["name"]  # not a state's (`Harlan was in`), nor `It` or `She`
    told = [normalise(w) for w in (name or "").split() if normalise(w) not in STOP_WORDS]
    return _Craft(" ".join(told) or None, kind)


def _jurisdiction(
    sents: list[Sentence], articles: dict, report_of: dict[str, str]
) -> list[dict[str, Any]]:
    """`place` conflicts of status: one report puts the ship (or aircraft) of the story in
    international waters (airspace), another in a state's. Two such places exclude each other
    whatever else the sentences say, when they are told of one craft: two names or two kinds
    of craft (`the tanker` / `the frigate`) are two craft (`_craft`). A report that tells both
    (each side's claim) is a side of each. One conflict per medium and craft, each report's
    statuses listed once."""
    found: dict[str, list[tuple[_Craft, str, str, dict[str, Any]]]] = {}  # medium -> facts
    for s in sents:
        for m in _JURISDICTION.finditer(s.text):
            if _DENIED.search(s.text, 0, m.start()):
                continue  # `never entered Velgrad airspace`: a denial puts it nowhere
            medium = (m["m"] or m["t"] or m["a"]).lower()
            kind = "international" if m["m"] else "national"
            start = s.start + m.start("v")
            value = " ".join(m["v"].split())
            v = _value(articles[s.article], value, start, start + len(m["v"]))
            craft = _craft(s.text[: m.start()])
            report = report_of.get(s.article, s.article)
            found.setdefault(medium, []).append((craft, report, kind, v))
    out = []
    for medium, facts in sorted(found.items()):
        seen: set[tuple[tuple[str, str], ...]] = set()
        told = sorted({c for c, *_ in facts if c.name or c.kind}, key=str) or [_Craft()]
        for craft in told:
            sides: dict[tuple[str, str], dict[str, Any]] = {}
            for c, report, kind, v in facts:
                if not c.differs(craft):  # what one side tells of the craft binds the next
                    craft = _Craft(craft.name or c.name, craft.kind or c.kind)
                    sides.setdefault((report, kind), v)
            if len({k for _, k in sides}) < 2 or len({r for r, _ in sides}) < 2:
                continue
            if tuple(sorted(sides)) in seen:
                continue
            seen.add(tuple(sorted(sides)))
            values = [sides[k] for k in sorted(sides)]
            out.append(
                {"kind": "place", "about": f"international or national {medium}", "values": values}
            )
    return out


#: A stance on an act: a refusal (`will not pay`, `refused to pay`, `had not agreed to pay`)
#: or a commitment (`agreed to pay`, `has offered to pay`, `pledged to pay`) told of its actor,
#: a pronoun or a name right before it (`Taldmark's foreign ministry`: the name's words). Not
#: `will pay` alone: a plan told of a part (`will release 21 of the crew`) is no commitment
#: against a refusal of another part. A first person (`we`, `I`, `our company`) is a quote's
#: speaker in the speaker's own words, a third (`it`, `they`, `she`) in words retold.
_STANCE = re.compile(
    r"(?:\b(?P<first>we|i|our\s+(?-i:[a-z])[\w-]*)|\b(?P<third>it|they|he|she)"
    rf"|(?P<name>{_NAME})(?:['’]s(?:\s+(?-i:[a-z])[\w-]*){{1,2}})?)\s+(?:(?:has|have|had)\s+)?"
    r"(?P<stance>(?P<no>(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t"
    r"|(?:refus|declin)(?:e|es|ed)\s+to|(?:has|have|had|did|does|do)\s+not\s+agreed?\s+to"
    r"|(?:has|have|had)n['’]t\s+agreed\s+to|didn['’]t\s+agree\s+to)"
    r"|(?:agree|offer|promise|pledge|vow|undertake|decide)(?:s|d|ed)?\s+to)"
    r"\s+(?P<verb>[a-z]+)\b",
    re.I,
)
#: Verbs that deny what their clause tells (`denied that X had agreed to pay`).
_DENIAL_VERBS = (
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
)
#: What opens `reports` as a noun (`amid reports that`, `there were reports that`, `the
#: report that`), or hedges it (`unconfirmed reports that`, `media reports that`); after a
#: subject it is a verb (`State television reports that`), a source's own claim.
_REPORTS_NOUN = (
    r"(?:(?:^|\b(?:a|an|the|these|those|such|some|any|no|amid|amidst|despite|of|about|following"
    r"|after|by|over|on|to|were|are|was|is|been|and|or)\s+)(?:(?:unconfirmed|unverified"
    r"|unsubstantiated|conflicting|contradictory|earlier|initial|early|first|local|media|press"
    r"|news|several|many|numerous|fresh|new|recent|widespread|persistent|further)\s+)*"
    # a participle or a possessive right before it makes it a noun too (`amid growing
    # reports`, `citing reports`, `Tuesday's reports`): no subject of a verb ends so
    r"|\b(?-i:[a-z]\w*(?:ing|ed))\s+|\b[\w-]+['’]s\s+)"
)
#: A clause told as another's claim, denied or unconfirmed: after a denial (`denied that`,
#: `dismissed reports that`, `denied in a statement that`) or hearsay right before `that`
#: (`rumours that`, the noun `reports that`; not `a report said that`, a source's own claim,
#: nor the verb `State television reports that`). A stance in it is not the report's: the
#: report tells it only to deny it, or as talk.
_HEARSAY = re.compile(
    rf"\b(?:(?:{_DENIAL_VERBS})(?:\s+[\w'’-]+){{0,3}}?|rumou?rs?|{_REPORTS_NOUN}(?P<rep>reports?))"
    r"\s+that\b"
    # unattributed talk with no `that` (`According to unconfirmed reports, X has agreed`)
    # and the impersonal passive (`It was reported that`): no source's own claim either
    r"|\baccording\s+to\s+(?:[\w'’-]+\s+){0,2}?reports\b"
    r"|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?reported\s+that\b",
    re.I | re.M,
)
#: Hearsay confirmed is no longer talk (`confirmed reports that`, `verified the rumours that`).
_CONFIRMED = re.compile(r"\b(?:confirm|verif|corroborat)\w*\s+(?:[\w'’-]+\s+){0,2}$", re.I)
#: Where such a clause ends: another clause begins (`; `, `, but`, `while`).
_NEW_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but)\b|\b(?:but|while|whereas|although|though)\b", re.I)
#: Where the words of an act's object end: a clause's punctuation or a dash.
_OBJECT_END = re.compile(r"[,;:.!?()\[\]\"“”]|\s[–—-]\s")
#: Words that open a noun phrase without telling what it is.
_DETERMINERS = frozenset(
    "a an the any some all every each no its their his her our my your this that these "
    "those".split()
)
#: Heads of objects that name an amount, not what it is paid for (`a single penny`, `any
#: money`, `5 million`): such a refusal refuses the act whatever it is for.
_ANY_AMOUNT = frozenset(
    "money penny pennies cent cents dime dimes sum sums hundred hundreds thousand thousands "
    "million millions billion billions".split()
)


@dataclass(frozen=True, slots=True)
class _Stance:
    """One report's stance on an act: who (`actor` keys, `who` as written when named), the
    act's key and its object's keys (`_object`), whether it is refused, and its span and words
    as told."""

    article: str
    actor: frozenset[str]
    who: str
    act: str
    obj: frozenset[str]
    refused: bool
    start: int
    end: int
    told: str

    def same_act(self, other: _Stance) -> bool:
        """One act of one actor: the same verb, a shared actor key, and objects that share a
        word or are not both told (`will not pay` may refuse what another agreed to pay)."""
        return (
            self.act == other.act
            and bool(self.actor & other.actor)
            and (not self.obj or not other.obj or bool(self.obj & other.obj))
        )


def _actor(name: str, common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys of a name's capitalised words (`Taldmark's foreign ministry` -> `taldmark`), the
    story's common words left out (`Ministers have refused` opens a sentence, names no one)."""
    keys = (w.norm.removesuffix("'s") for w in words(name) if w.text[:1].isupper())
    return frozenset(k for k in keys if k not in STOP_WORDS and k not in common)


def _noun_phrase(ws: list[Word]) -> list[Word]:
    """The content words of the noun phrase `ws` opens: after its determiners and numbers, up
    to the first other stop word, or a participle after them (`the ransom demanded by`)."""
    out: list[Word] = []
    for w in ws:
        if (w.norm in _DETERMINERS or number_value(w.norm) is not None) and not out:
            continue
        if w.norm in STOP_WORDS or (out and w.norm.endswith("ed")):
            break
        out.append(w)
    return out


def _object(text: str) -> frozenset[str]:
    """Keys of the object of an act in `text` (what follows the act's verb, to its clause's
    end): the noun phrase right after the verb (`the ransom`, `the crew's wages`), else the one
    after `for` (`pay in full for the damage`), synonyms folded. Empty when neither is told, or
    only an amount (`a single penny`, `5 million`)."""
    end = _OBJECT_END.search(text)
    ws = words(text[: end.start()] if end else text)
    phrase = _noun_phrase(ws)
    if not phrase:
        at = next((n for n, w in enumerate(ws) if w.norm == "for"), None)
        phrase = _noun_phrase(ws[at + 1 :]) if at is not None else []
    if phrase and phrase[-1].norm in _ANY_AMOUNT:
        return frozenset()  # `a single penny`: its head names an amount
    return frozenset(synonym_keys(content_keys(phrase, lemmas=True)))


def _hearsay(text: str, start: int) -> bool:
    """The stance at `start` of `text` is told in a clause of denial or hearsay (`_HEARSAY`)
    that no other clause has ended before it."""
    return any(
        not _NEW_CLAUSE.search(text, m.end(), start)
        and not _CONFIRMED.search(text, 0, m.start("rep") if m["rep"] else m.start())
        for m in _HEARSAY.finditer(text, 0, start)
    )


def _stance_facts(
    article: str,
    text: str,
    base: int,
    speakers: frozenset[str],
    common: frozenset[str],
    kind: str | None = None,
) -> list[_Stance]:
    """Each stance in `text` (at offset `base` of its article). A pronoun stands for
    `speakers` (a quote's speakers) as the quote's `kind` reads it: a first person in the
    speaker's words (`direct`, `mixed`), a third in words retold (`indirect`, `mixed`); outside
    a quote (`kind` None) no pronoun's stance is read."""
    out = []
    for m in _STANCE.finditer(text):
        if m["first"]:
            actor = speakers if kind in ("direct", "mixed") else frozenset()
        elif m["third"]:
            actor = speakers if kind in ("indirect", "mixed") else frozenset()
        else:
            actor = _actor(m["name"], common)
        act = synonym_keys(content_keys(words(m["verb"]), lemmas=True))
        if not actor or not act or _hearsay(text, m.start()):
            continue  # an unknown speaker, an act no content word tells (`will not be`), or
            # a stance the report denies or tells as talk (`denied that X had agreed to pay`)
        who = " ".join(w for w in (m["name"] or "").split() if _actor(w, common))
        told = " ".join(text[m.start("stance") : m.end("verb")].split())
        start, end = base + m.start("stance"), base + m.end("verb")
        obj = _object(text[m.end("verb") :])
        out.append(_Stance(article, actor, who, act[0], obj, m["no"] is not None, start, end, told))
    return out


def _stances(
    sents: list[Sentence],
    groups: list[dict[str, Any]],
    articles: dict,
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    """`stance` conflicts: one actor's act refused in one report and committed to in another
    (`We will not pay …` / `Taldmark had agreed to pay for the clean-up`). One act is one verb
    on one object: `will not pay the ransom` and `agreed to pay the crew's wages` are two acts
    (`_Stance.same_act`). A pronoun in a quote stands for the speakers of its statement (every
    member of its quote group, whose reports may name the speaker's side: `Taldmark's foreign
    ministry said it would not pay`). A quote cued by a denial (`denied`) is no stance. A
    report that tells both (`will not pay a ransom but agreed to pay for the clean-up`) tells
    two acts, and is no side."""
    found: dict[tuple[str, int], _Stance] = {}
    common = frozenset(w.norm for s in sents for w in words(s.text) if w.text[:1].islower())
    for g in groups:
        names = [m.get("speaker") or {} for m in g.get("members", [])] + [g.get("speaker") or {}]
        speakers = frozenset().union(*(_actor(n.get("name") or "") for n in names))
        for m in g.get("members", []):
            if re.fullmatch(_DENIAL_VERBS, m.get("cue") or "", re.I):
                continue
            facts = _stance_facts(
                m["article"], m["text"], m["start"], speakers, common, m.get("kind")
            )
            for f in facts:
                found.setdefault((f.article, f.start), f)
    for s in sents:
        for f in _stance_facts(s.article, s.text, s.start, frozenset(), common):
            found.setdefault((f.article, f.start), f)
    facts = [found[k] for k in sorted(found)]
    out, seen = [], set()
    for f in facts:
        if f.refused:
            continue  # each commitment against the stances of its actor on its act
        sides = [g for g in facts if g.same_act(f)]
        refusals = [g for g in sides if g.refused]  # `agreed to pay` may be both acts' side,
        # but `agreed to pay the wages` is no side against `will not pay the ransom`
        sides = [g for g in sides if g.refused or all(g.same_act(r) for r in refusals)]
        polarity: dict[str, set[bool]] = {}
        for g in sides:
            polarity.setdefault(report_of.get(g.article, g.article), set()).add(g.refused)
        sides = [g for g in sides if len(polarity[report_of.get(g.article, g.article)]) == 1]
        if {g.refused for g in sides} != {True, False}:
            continue
        key = tuple((g.article, g.start) for g in sides)
        if key in seen:
            continue
        seen.add(key)
        who = next((g.who for g in sides if g.who), "")
        out.append(
            {
                "kind": "stance",
                "about": f"{who}: {f.act}" if who else f.act,
                "values": [_value(articles[g.article], g.told, g.start, g.end) for g in sides],
            }
        )
    return out


def _reversed(group: dict[str, Any], articles: dict) -> list[dict[str, Any]]:
    """The group's reference against its members flagged `negation removed` / `added`."""
    members = group.get("members") or []
    ref = next((m for m in members if m.get("relation") == "ref"), None)
    out = []
    for how in ("negation removed", "negation added"):
        flipped = [m for m in members if any(f.startswith(how + ":") for f in m.get("flags") or [])]
        if ref is None or not flipped:
            continue
        values = [
            _value(articles[m["article"]], m["text"], m["start"], m["end"]) for m in [ref, *flipped]
        ]
        out.append({"kind": "attribution", "about": f"{group['id']}: {how}", "values": values})
    return out


def _once_per_report(values: list[dict[str, Any]], report_of: dict[str, str]) -> list[dict]:
    """Wire copies of one text count once, as in the dossier's claims: the value the copies of
    one report give alike is listed once, under the report's own article (the agency's copy,
    else the earliest), with `copies` naming the copies that repeat it. A copy whose figure
    an editor changed stays a value of its own."""
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for v in values:
        report = report_of.get(v["article"], v["article"])
        original = any(
            x["article"] == report and x["value"] == v["value"] for x in values
        )  # else each copy's edit is its own value (two editors changed it alike)
        by_key.setdefault((report if original else v["article"], v["value"]), []).append(v)
    out = []
    for (report, _), vs in by_key.items():
        head = next((v for v in vs if v["article"] == report), vs[0])
        copies = [
            {k: v[k] for k in ("article", "outlet", "text", "start", "end") if k in v}
            for v in vs
            if v is not head
        ]
        out.append({**head, "copies": copies} if copies else head)
    return out


def _uncorrected_copies_out(
    values: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    report_of: dict[str, str],
    fixed: dict[str, set[float]],
) -> list[dict[str, Any]]:
    """`values` less those of a wire copy whose figure another copy of its report prints a
    correction of (`An earlier version of this story said 53.1 per cent`): the later copy
    corrected the text, it does not disagree with it; the correction is shown as one.
    `fixed`: each article's corrected figures, filled as read."""

    def corrected(article: str) -> set[float]:
        if article not in fixed:
            text = articles.get(article, {}).get("text") or ""
            fixed[article] = {
                got
                for n in amendments(text)
                for w in n["changed"]
                if (got := number_value(w)) is not None
            }
        return fixed[article]

    def wrong(v: dict[str, Any]) -> bool:
        report = report_of.get(v["article"], v["article"])
        got = number_value(v["value"])
        return got is not None and any(
            w["article"] != v["article"]  # a source's rival figure in the correcting text
            and report_of.get(w["article"], w["article"]) == report
            and w["value"] != v["value"]
            and got in corrected(w["article"])
            for w in values
        )

    return [v for v in values if not wrong(v)]


def _value(art: dict[str, Any], value: str, start: int, end: int) -> dict[str, Any]:
    return {
        "article": art["id"],
        "outlet": art.get("outlet"),
        "value": value,
        "text": art["text"][start:end],
        "start": start,
        "end": end,
    }


def _attribution(groups: list[dict[str, Any]], articles: dict) -> list[dict[str, Any]]:
    """`attribution` conflicts: one utterance credited to speakers who cannot be one person
    (`about` the group's id, each value a speaker), or credited to its speaker with its meaning
    reversed (`about` `<group id>: negation removed|added`, each value the words: the
    reference's and each member whose negation flag says so, `quotes.negation_flags`)."""
    out = []
    for g in groups:
        out += _reversed(g, articles)
        if not g.get("attribution_conflict"):
            continue
        values = []
        for m in g["members"]:
            sp = m.get("speaker") or {}
            if sp.get("name"):
                values.append(_value(articles[m["article"]], sp["name"], m["start"], m["end"]))
        if len({v["value"] for v in values}) > 1:
            out.append({"kind": "attribution", "about": g["id"], "values": values})
    return out


#: Nouns for the people of a workforce or an organisation. A count of one is a count of
#: another said of the same thing (`6,500 dockworkers` / `5,000 of its members` / `4,000
#: members of the union`), and so is a count of a compound of one (`dockworkers`, `steelworkers`)
#: or of its agent form (`dockers`, where the story also says `dockworkers`); two different
#: trades (`nurses` / `doctors`, `dockworkers` / `steelworkers`) are not one group. A ship's or
#: an aircraft's `crew` is its workforce (`24 crew` / `24 crew members`).
WORKFORCE = frozenset(
    "worker member employee staff staffer striker labourer laborer workman workmen "
    "personnel unionist crew crewman crewmen".split()
)


def _stem_head(word: str) -> str:
    s = stem(normalise(word))
    return s[:-1] if s.endswith("s") and len(s) > 3 and not s.endswith("ss") else s


_WORKFORCE_HEADS = frozenset(_stem_head(w) for w in WORKFORCE)


def _workforce(head: str) -> bool:
    """A workforce noun or a compound of one (`member`, `dockworker`)."""
    return head in _WORKFORCE_HEADS or any(head.endswith(g) for g in _WORKFORCE_HEADS)


#: The scopes a named night's count (`|night`) is compared with: an overnight count (a part of
#: the period) and a count that names no scope (`arrested 41 on Monday night` / `38 had been
#: arrested`).
_NIGHT_PEERS = frozenset({"", "period"})


def _same_head(a: str, b: str) -> bool:
    """One counted noun: equal, a compound of the other (`dockworker` / `worker`), or a
    workforce noun and another or a compound of one (`member` / `dockworker`)."""
    if a == b:
        return True
    (a, _, ma), (b, _, mb) = a.partition("|"), b.partition("|")
    if ma != mb and not (
        ma == "night" and mb in _NIGHT_PEERS or mb == "night" and ma in _NIGHT_PEERS
    ):
        return False  # a planned figure and one reported done are two facts
    if a.startswith("people ") or b.startswith("people "):
        return a == b  # a casualty count is another casualty count of its role only
    short, long = sorted((a, b), key=len)
    if short in _MEASURES and not long.endswith(" " + short):  # a unit takes no prefix:
        return long == short  # a kilometer is no meter (a nautical mile is a mile)
    if long.split()[0] in _MEASURES and " " not in short:
        return False  # `a 41-yard touchdown` measures one touchdown: no count of touchdowns
    if _workforce(a) and _workforce(b) and (a in _WORKFORCE_HEADS or b in _WORKFORCE_HEADS):
        return True
    return len(short) >= 5 and long.endswith(short)


def _head_key(head: str) -> str:
    """Heads that `_same_head` can join share their last five letters (workforce nouns one
    key): the bucket that keeps the comparison within one counted noun."""
    head = head.partition("|")[0]
    return "workforce" if _workforce(head) else head[-5:]


def _agent_forms(heads: set[str]) -> dict[str, str]:
    """`docker` -> `dockworker` where the story says both: an agent noun in `-er` is the
    compound of `worker` on its stem."""
    return {h: h[:-2] + "worker" for h in heads if h.endswith("er") and h[:-2] + "worker" in heads}


def _dollar_forms(keys: set[str]) -> dict[str, str]:
    """`bn USD` -> `bn dollar` where the story says both: a sum in `US$` or `USD` is one in
    the bare `$` of an outlet whose dollar is the US one (`Sentence.dollar`)."""
    forms = {k: re.sub(r"(?<= )USD\b", "dollar", k) for k in keys}
    return {k: v for k, v in forms.items() if v != k and v in keys}


def _context(
    s: Sentence,
    fact: tuple[float, str, int, int],
    parsed: _Parsed | None = None,
    keys: frozenset[str] | None = None,
) -> frozenset[str]:
    """The sentence's content keys besides the number and its noun: what the number is about
    must be shared, not merely the noun counted (`troops stationed` / `troops pulled back`).
    Of a count of people arrested, killed or injured, who said it is no part of it (`,
    according to the Oskel Lawyers' Guild, which represents those held`, `Interior Minister X
    said`): two outlets citing different sources for one toll share its event words, not
    their sources' names. (Of other counts the source may name the group counted: `the
    Dockworkers' Guild said 2,900 of its members`.)"""
    span = s.text[fact[2] - s.start : fact[3] - s.start]
    own = words(span)
    tally = _AFTER_NOUN.match(span)
    if tally is not None and tally["mid"]:
        # `the death toll from the earthquake in Varn rose to 31`: what the toll is of is
        # context, not the count's own words
        own = [w for w in own if not tally.start("mid") <= w.start < tally.end("mid")]
    drop = {own[-1].stem, own[-1].norm} if own else set()
    if fact[1].startswith("people "):
        # `arrested 40 people overnight` / `detained 65 people`: the count's own words, and
        # its role in any synonym, are the key, not context
        drop = {k for w in own for k in (w.stem, w.norm)} | {
            k for w in words(s.text) if w.norm in _CASUALTY for k in (w.stem, w.norm)
        }
    source = _source_words(s, fact[2], parsed) if fact[1].startswith("people ") else set()
    if source:
        ws = parsed.ws if parsed else words(s.text, s.start)
        got = frozenset(content_keys([w for w in ws if w.start not in source]))
        return frozenset(k for k in got if number_value(k) is None) - drop
    if keys is None:
        keys = frozenset(k for k in s.keys if number_value(k) is None)
    return keys - drop


def _segments(s: Sentence) -> tuple[list[Word], list[int], list[int]]:
    """The sentence's words, the clause of each (by `_CLAUSE_END`) and the clause cuts."""
    text, base = s.text, s.start
    ws = words(text, base)
    cuts = [at + base for at in _marks(text)[0]]
    return ws, [bisect_left(cuts, w.start) for w in ws], cuts


#: A clause that, right after a clause saying who said it, tells more of the source (`,
#: according to the Guild, which represents those held` / `, a rights group monitoring ...`).
_ABOUT_SOURCE = frozenset("which who whose a an".split())


def _source_words(s: Sentence, start: int, parsed: _Parsed | None = None) -> set[int]:
    """Starts of the words that only say who said the number at `start`: other clauses with
    a saying verb (and a relative or appositive clause right after one), and a speaker before
    a saying verb in the number's own clause (`Interior Minister X said police held 40`)."""
    p = parsed or _Parsed.of(s, frozenset())
    ws = p.ws
    if not ws:
        return set()
    own = bisect_left(p.cuts, start)
    said = p.saying - {own}
    for c in sorted(said):
        lo, hi = p.span.get(c + 1, (0, 0))
        if c + 1 != own and hi > lo and ws[lo].norm in _ABOUT_SOURCE:
            said.add(c + 1)
    lo, hi = p.span.get(own, (0, 0))
    spoke = max(
        (n for n in range(lo, hi) if ws[n].end <= start and ws[n].norm in _SPOKE), default=-1
    )
    out = {ws[n].start for c in said for n in range(*p.span.get(c, (0, 0)))}
    if spoke >= 0:
        out |= {w.start for w in ws[lo : spoke + 1]}
    return out


#: Two facts whose subjects are both unspecified (or one is) must share this much content: a
#: pronoun (`He has 53 catches`) or a bare count names no one to tell two incidents apart.
STRONG_NUMBER_CONTEXT = 0.5
#: Prepositions that attach a place to a clause (`killed 12 in Selk`, `the blaze at the Tollen
#: refinery`, `near the town of Varo`).
_WHERE_PREPS = frozenset("in at near outside inside across".split())
#: Verbs of saying: a name next to one is who said the number, not whom it is about.
_SAYING = frozenset(
    "said says say told tells reported reports according added adds quoted quoting".split()
)
#: Saying verbs that introduce a clause (`X said rebels killed 20`), not a count's own verb
#: (`police reported 12 arrests`).
_SPOKE = frozenset("said says say told tells tell".split())
_TELL = frozenset("told tells tell".split())
_WHEN_NAMES = frozenset((*WEEKDAYS, *MONTHS))
#: Common nouns for who arrests, kills or wounds (capitalised only by opening a sentence):
#: `Police arrested 40` and `Officers detained 65` name no one; `Kor Front rebels` does.
_AGENTS = frozenset(
    "police policemen officers officer troops soldiers forces security authorities guards "
    "army military gunmen attackers riot".split()
)
#: Nouns that make the name before them a place (`Ulmen province`, `the Varn valley`).
_PLACE_NOUNS = frozenset(
    "province region district county state valley town city village island islands "
    "capital port coast".split()
)
#: Name words that say nothing of which place (`Gaza City`, `Kansas City`).
_GENERIC_NAME = frozenset(
    "city county state district province region north south east west new united".split()
)


@dataclass(frozen=True, slots=True)
class _Subject:
    """Whom or what a number is about, by the names of its clause (its sentence's, when the
    clause has none), saying verbs' speakers left out: `names` all name words (the subject,
    a possessor, an object), `where` those of an `in/at/near <Place>` attachment, `when` the
    weekdays and months."""

    names: frozenset[str] = frozenset()
    where: frozenset[str] = frozenset()
    when: frozenset[str] = frozenset()
    other: bool = False  # told as another incident (`In a separate attack`, `another school`)
    lead: frozenset[str] = frozenset()  # the clause's subject: its first name, no place
    days: frozenset[str] = frozenset()  # `when` resolved to days (`on Monday` = `March 2`)
    since: frozenset[str] = frozenset()  # a total's starting event (`since the protests began`)
    people: bool = False  # a scoped toll (`arrested since the protests began`): its people
    begun: frozenset[str] = frozenset()  # a total's starting day (`since Friday`)
    owner: frozenset[str] = frozenset()  # whose members an owned count counts (`_owner`)
    year: str = ""  # the year a figure is tied to (`in 2020`), else its article's (`_year`)
    year_told: bool = False  # the sentence ties the figure to its year
    row: bool = False  # a table's row (`_table_facts`): its names are all it tells
    #: the clause's subject is a pronoun (`We will provide 45 million`): an actor not named
    pronoun: bool = False
    #: the day@moment a figure is told at (`by 10:15 GMT`, `closed up`: `_told_moments`)
    moment: frozenset[str] = frozenset()
    #: of a cost: the thing it is of (`_costed`) and the words it is told with (its sentence's
    #: and the one's before): `the line` is the `railway` the sentence before named
    thing: tuple[str, frozenset[str]] = ("", frozenset())


def _name_word(w: Word, first: bool, common: frozenset[str]) -> bool:
    """A word of a name: capitalised, no stop word or number; at a clause's start only when
    the story never writes it in lower case (`Police said` / `police said`); never a day
    told from the publication (`Yesterday the toll stood at 40`: a day, see `_days`)."""
    return (
        w.text[:1].isupper()
        and w.norm not in STOP_WORDS
        and w.norm not in RELATIVE_DAY_WORDS
        and number_value(w.text) is None
        and not (first and w.norm in common)
    )


#: A running total's starting event: `since the protests began`, `since the strike at the
#: port broke out`, `since the Tarsk riots erupted` (not `since Monday`: a day, compared as
#: days; nor `since the vote`, which tells no start).
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:in|at|on|of|over|against)\s+[^,;:]*?)?\s+"
    r"(?:began|begun|started|broke\s+out|erupted|flared\s+up)\b"
)


def _since_key(head: str) -> frozenset[str]:
    """The key of a total's starting event by the head of `_SINCE` (`since the riots began` /
    `since the unrest began`: one family of the contrasts lexicon is one event word), none
    for a day (`since Monday`) or a pronoun."""
    if head in STOP_WORDS or head in _WHEN_VERBS:
        return frozenset()
    fam = _family_keys(head)
    return frozenset(fam[:1] or [_unit_head(words(head)[0])])


#: One clause's names: (names, where, when, lead, lead's end), `lead` its first name that is
#: no place (see `_subject`).
_Names = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]
_NO_NAMES: _Names = (frozenset(), frozenset(), frozenset(), frozenset(), -1)


#: A clause that tells where a part of the figure is (`, most of them in the settlements
#: around Kasumo`, `, half of whom were in Orlin`): its names are no subject of the whole.
_PART_WORDS = frozenset("most many half some several all few one two three".split())
_OF_WHOLE = frozenset("them whom which those these".split())


def _part_clauses(ws: list[Word], span: dict[int, tuple[int, int]]) -> set[int]:
    """The clauses that open with a part of the figure told (`_PART_WORDS`)."""
    out = set()
    for c, (lo, hi) in span.items():
        w = ws[lo : min(lo + 3, hi)]
        if (
            len(w) == 3
            and (w[0].norm in _PART_WORDS or number_value(w[0].text) is not None)
            and w[1].norm == "of"
            and w[2].norm in _OF_WHOLE
        ):
            out.add(c)
    return out


@dataclass(slots=True)
class _Parsed:
    """What `_subject` reads of a sentence, found once for all its numbers (a long line
    holds hundreds): its words and clauses, the name runs of each clause, and the names of
    every clause but the number's own (which depend on no number) merged once, so that each
    number costs its own clause, not the sentence."""

    s: Sentence
    ws: list[Word]
    seg: list[int]
    cuts: list[int]
    name: list[bool]  # a word of a name (`_name_word`)
    saying: set[int]  # clauses with a saying word
    span: dict[int, tuple[int, int]]  # clause -> its words [lo, hi)
    other: bool
    names: dict[int, _Names] = field(default_factory=dict)  # clause -> names, as not own
    total: tuple[dict[str, int], ...] = field(default_factory=lambda: ({}, {}, {}))
    sets: tuple[frozenset[str], ...] = ()  # `total`'s keys
    leads: list[tuple[int, frozenset[str], int]] = field(default_factory=list)

    @classmethod
    def of(cls, s: Sentence, common: frozenset[str]) -> _Parsed:
        text, base = s.text, s.start
        ws, seg, cuts = _segments(s)
        name, span = [], {}
        # A dateline (`NEW CARDEN, Nov 19 (Northline) -`) says where the report was filed and
        # who sent it: no name of it is the sentence's subject.
        dateline = base + (m.end() if (m := DATELINE.match(text)) else 0)
        for n, w in enumerate(ws):
            gap = text[ws[n - 1].end - base : w.start - base] if n else ""
            first = n == 0 or seg[n] != seg[n - 1] or gap.strip() != ""
            name.append(w.end > dateline and _name_word(w, first, common))
            lo, _ = span.get(seg[n], (n, n))
            span[seg[n]] = (lo, n + 1)
        p = cls(
            s,
            ws,
            seg,
            cuts,
            name,
            {seg[n] for n, w in enumerate(ws) if w.norm in _SAYING} | _part_clauses(ws, span),
            span,
            bool(_OTHER.search(text)),
        )
        for c in sorted(span):
            got = p.clause_names(c, -1, -1, -1, -1, False)
            p.names[c] = got
            if c in p.saying:
                continue
            for part, acc in zip(got[:3], p.total, strict=True):
                for k in part:
                    acc[k] = acc.get(k, 0) + 1
            if got[3] and len(p.leads) < 2:
                p.leads.append((c, got[3], got[4]))
        p.sets = tuple(frozenset(acc) for acc in p.total)
        return p

    def runs(self, c: int, start: int, end: int) -> list[tuple[int, int]]:
        """Name runs of clause `c` (first word, last word), the words in `start`..`end` none."""
        ws, base = self.ws, self.s.start
        out: list[tuple[int, int]] = []
        lo, hi = self.span.get(c, (0, 0))
        for n in range(lo, hi):
            w = ws[n]
            if not self.name[n] or start <= w.start < end:
                continue
            gap = self.s.text[ws[n - 1].end - base : w.start - base] if n else ""
            if out and out[-1][1] == n - 1 and not gap.strip(" -"):
                out[-1] = (out[-1][0], n)
            else:
                out.append((n, n))
        return out

    def placed(self, i: int, c: int) -> bool:
        """The name starting at word `i` is attached by `in/at/near` (a place)."""
        ws, seg = self.ws, self.seg
        for k in range(i - 1, max(i - 6, -1), -1):
            if seg[k] != c or (ws[k].text[:1].isupper() and ws[k].norm not in STOP_WORDS):
                return False
            if ws[k].norm in _WHERE_PREPS:
                return True
        return False

    def clause_names(
        self, c: int, own: int, spoke: int, start: int, end: int, casualty: bool
    ) -> _Names:
        """Clause `c`'s names; of the number's own clause (`c == own`) the speaker before
        `spoke`, a toll's agent and the number's words (from `start`) left out."""
        ws, seg = self.ws, self.seg
        lo, hi = self.span.get(c, (0, 0))
        when = {
            w.text
            for w in ws[lo:hi]
            if len(w.text) == 4 and w.text.isdigit() and 1900 <= int(w.text) <= 2100
        }  # a year (`In 2008, Klitschko stopped Thompson`)
        names: set[str] = set()
        where: set[str] = set()
        lead: frozenset[str] = frozenset()
        lead_end = -1
        for i, j in self.runs(c, start, end) if c == own else self.runs(c, -1, -1):
            if c == own and j < spoke:
                continue  # the speaker and their title (`Selkian army chief X said`)
            # A saying word right beside the name, no comma between (`in Selk, police said`).
            before = ws[i - 1].norm if i and seg[i - 1] == c else ""
            after = ws[j + 1].norm if j + 1 < len(ws) and seg[j + 1] == c else ""
            if (
                (before in _SAYING and not (c == own and i == spoke + 1))
                or after in _SAYING
                or (before == "to" and i > 1 and ws[i - 2].norm == "according")
            ):
                continue  # the speaker
            toks = {w.norm.removesuffix("'s").removesuffix("’s") for w in ws[i : j + 1]}
            if casualty and c == own and ws[j].end <= start and toks <= _AGENTS:
                continue  # `Police arrested 40` / `Officers detained 65`: no name
            if toks <= _WHEN_NAMES:
                when |= toks
                continue
            toks -= _GENERIC_NAME | _WHEN_NAMES
            nxt = ws[j + 1].norm if j + 1 < len(ws) and seg[j + 1] == c else ""
            place = self.placed(i, c) or nxt in _PLACE_NOUNS  # `Varn's Ulmen province`
            if not place and toks and not lead:
                lead, lead_end = frozenset(toks), ws[j].end
            names |= toks
            if place:
                where |= toks
        return frozenset(names), frozenset(where), frozenset(when), lead, lead_end

    def rest(self, own: int, mine: _Names) -> tuple[frozenset[str], ...]:
        """Names, places and days of every clause that is no saying clause, the own clause
        counted as `mine` (its names as the number's own clause) instead of as not own."""
        cached = self.names.get(own, _NO_NAMES) if own not in self.saying else _NO_NAMES
        out = []
        for part, acc, base, add in zip(cached[:3], self.total, self.sets, mine[:3], strict=True):
            drop = {k for k in part if acc[k] == 1}  # named in the own clause only
            got = base - drop if drop else base
            out.append(got | add if add else got)
        return tuple(out)

    def first_lead(self, own: int, mine: _Names) -> tuple[frozenset[str], int]:
        """The first name that is no place among the clauses of `rest`."""
        other = next(((c, t, e) for c, t, e in self.leads if c != own), None)
        if mine[3] and (other is None or own < other[0]):
            return mine[3], mine[4]
        return (other[1], other[2]) if other else (frozenset(), -1)


def _subject(
    s: Sentence,
    start: int,
    end: int,
    common: frozenset[str],
    casualty: bool = False,
    parsed: _Parsed | None = None,
) -> _Subject:
    """The subject of the number at `start`..`end` (see `_Subject`): the counted noun's own
    words (`51 KO`) are none of it. Of a count of people arrested, killed or injured the
    subject is the people and their event: a one-word agent opening the clause (`Police
    arrested 40`, `Officers detained 65`) is none of it, and a total is told by its starting
    event (`since the protests began`). `parsed`: the sentence as `_Parsed.of` read it (one
    reading for all the sentence's numbers)."""
    p = parsed or _Parsed.of(s, common)
    ws = p.ws
    own = bisect_left(p.cuts, start)
    # A speaker before the number in its own clause (`Selkian army chief Tam Oder said rebels
    # killed 20`): the whole run up to the saying verb is who said it; the subject is after.
    lo, hi = p.span.get(own, (0, 0))
    spoke = max(
        (n for n in range(lo, hi) if ws[n].end <= start and ws[n].norm in _SPOKE), default=-1
    )
    if spoke >= 0 and ws[spoke].norm in _TELL:
        # `told the House that Brenland will provide …`: the listener is no subject either
        spoke = next(
            (n for n in range(spoke, hi) if ws[n].norm == "that" and ws[n].end <= start), spoke
        )
    if not any(spoke < i and ws[j].end <= start for i, j in p.runs(own, start, end)):
        spoke = -1  # no name of its own after the verb (`The Guild said 2,900 of its members`)
    # The clause's subject or a possessor, the first name before the number (`Shy Ely put up
    # 23 points against X`, `Artino complemented Echenique by adding six rebounds`), else
    # any name of the clause; a clause with none takes its sentence's (`Bush rushed for 404
    # yards, caught 52 passes`). Clauses that only say who said it (`, police said`,
    # `according to the agency`) are none of it.
    mine = p.clause_names(own, own, spoke, start, end, casualty)
    names, where, when = mine[:3]
    lead = mine[3] if 0 <= mine[4] <= start else frozenset()
    if not names:
        names, where, rest_when = p.rest(own, mine)
        when = when or rest_when
        first, first_end = p.first_lead(own, mine)
        lead = first if 0 <= first_end <= start else frozenset()
    else:
        rest = p.rest(own, mine)
        when = when or rest[2]
        if casualty and names <= where:
            # a toll placed only by its region in its own clause (`the toll from the quake
            # in the Varn valley`) may name its town in the next (`as rescuers dug through
            # the ruins of Krell`): the sentence's names, its sources left out, are the toll's
            names = names | rest[0]
    total, period, since = _clause_scope(s, start) if casualty else (False, False, frozenset())
    # A running total (`since the protests began`, `since Saturday`) is told of the story's own
    # event: its people are its subject. A part of the period (`arrested 40 people overnight`)
    # is so only with a starting event; else its sentences must share context like any count
    # (`40 people overnight after they refused to leave the square` / `9 fans overnight after
    # they threw flares at the stadium` are two groups).
    scoped = total or (period and bool(since))
    # A pledge or a sum told by `we` / `they` is some actor's, not named in the clause: a
    # named actor's figure elsewhere may be another's (`Brenland will provide 20 million` /
    # the three ministers' `We will together provide 45 million`). A toll's people are its
    # subject, whoever counts them.
    pronoun = not casualty and not lead and _pronoun_subject(ws, lo, hi, start)
    return _Subject(names, where, when, p.other, lead, since=since, people=scoped, pronoun=pronoun)


_PERSONAL = frozenset("we they".split())


def _pronoun_subject(ws: list[Word], lo: int, hi: int, start: int) -> bool:
    """A personal pronoun before the number in its clause (words `lo`..`hi`)."""
    return any(ws[n].norm in _PERSONAL and ws[n].end <= start for n in range(lo, hi))


_MONTH_RE = "|".join(m.capitalize() for m in MONTHS if m != "may")
#: A day named by a weekday or a month and day (`on Monday`, `March 2`, `2 March 2026`).
_DAY_PHRASE = re.compile(
    rf"\b(?:(?:last|this|next)\s+)?(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b"
    rf"|\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}\s+(?:{_MONTH_RE})\b(?:\s+\d{{4}}\b)?"
    # a live blog's `Yesterday the toll stood at 40`, published Wednesday, is Tuesday's toll
    r"|\b(?i:yesterday|today|tonight|last\s+night)\b"
)


def _days(text: str, published: Any) -> frozenset[str]:
    """The days a sentence names, resolved against its article's publication date; none when
    it names one that does not resolve to a day (then its words are compared)."""
    pub = parse_published(published)
    if pub is None:
        return frozenset()
    out = set()
    for m in _DAY_PHRASE.finditer(text):
        got = resolve_date(m.group(), pub)
        if got is None or got.precision != "day":
            return frozenset()
        out.add(got.iso)
    return frozenset(out)


#: A sentence that tells its incident as another one than told before: `another attack`,
#: `a separate blast`, `in a separate ...`; not `another 30` (more of one count) nor `one
#: another`.
_OTHER = re.compile(
    r"\b(?:(?:another|a\s+separate|separate)\s+(?:\w+\s+)?"
    r"(?:attacks?|bombings?|blasts?|incidents?|explosions?|raids?|strikes?|clash(?:es)?)\b"
    r"|in\s+a\s+separate\b)",
    re.I,
)


def _same_subject(a: _Subject, b: _Subject, alike: Callable[[], float]) -> bool:
    """Two numbers can be one fact's: no two different days, places or named subjects; a side
    with no name (`He`, `Two people`) only in sentences that share much else, both ways
    (`alike`: the symmetric overlap; a short sentence is all but contained in a long one)."""
    if a.other != b.other:
        return False  # `In a separate attack, three were killed` / `the attack killed 40`
    if a.thing[0] and b.thing[0] and not _same_thing(a.thing, b.thing):
        return False  # what `the stadium` costs is no other figure for `the bridge`'s cost
    if a.days and b.days:
        if not a.days & b.days:
            return False  # one day told two ways is one (`on Monday` / `on March 2`)
    elif a.when and b.when and not a.when & b.when:
        return False
    if a.moment and b.moment and not a.moment & b.moment:
        return False  # a price `by 10:15 GMT` / one `by 13:30 GMT` or at the close
    if a.where and b.where and not a.where & b.where:
        return False
    if a.since and b.since and not a.since & b.since:
        return False  # `since the protests began` / `since the dock strike began`
    if a.begun and b.begun and not a.begun & b.begun:
        return False  # `since Friday` / `since Sunday`
    if a.owner and b.owner and not a.owner & b.owner:
        return False  # `an oil tanker and its 24 crew` / `a fishing boat and its 6 crew`
    if (a.year_told or b.year_told) and a.year and b.year and a.year != b.year:
        return False  # `Turnout was 66.9 per cent in 2020` / this election's 61.2 per cent
    if a.lead and b.lead:
        return bool(a.lead & b.lead)  # `Dario Venn scored 28` / `Kol Aster scored 19`
    if (a.pronoun and b.lead) or (b.pronoun and a.lead):
        # `We will provide 45 million` / `Brenland will provide 20 million`: the pronoun's
        # actor is unknown, so shared places (`to Halvek`) do not make one subject
        return alike() >= STRONG_NUMBER_CONTEXT
    if a.names and b.names:
        return bool(a.names & b.names)
    if a.people and b.people:
        return True  # the people of a scoped toll are its subject, named or not
    return alike() >= STRONG_NUMBER_CONTEXT


#: One fact's comparison unit: its counted noun, its context words and its subject.
_Unit = tuple[str, frozenset[str], _Subject]


@dataclass(slots=True)
class _Group:
    """Facts of one measured thing, at most one per article, all pairwise comparable. Facts
    with one (noun, context, subject) are compared once: `units` maps each such unit to its
    facts (by article)."""

    units: dict[_Unit, dict[str, int]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)


_SINCE_SPAN = re.compile(r"\bsince(?=\s+(?:" + _SINCE_FROM + r"))[^,;:.]*", re.I)


#: A year a figure is told for: `66.9 per cent in 2020`, `for 2019`, `In 2014, ...`.
_YEAR = re.compile(r"\b(?:in|of|for|during)\s+((?:19|20)\d\d)\b", re.I)
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def figure_lead(
    s: Sentence, f: tuple[float, str, int, int], common: frozenset[str]
) -> frozenset[str]:
    """Whom the figure `f` of `s` is about: its clause's subject (`_Subject.lead`, `The Civic
    Renewal Alliance won 54 seats` -> civic, renewal, alliance), empty when the clause names
    none. `common`: the story's words written in lower case somewhere (`_name_word`)."""
    return _subject(s, f[2], f[3], common, f[1].startswith("people ")).lead


def told_year(s: Sentence, f: tuple[float, str, int, int]) -> str | None:
    """The year the figure `f` is told for, when its stretch of the sentence names one (from
    the figure to the next figure, else from the figure before it: `66.9 per cent in 2020
    and 71.3 per cent in 2014`). A figure of another year is another quantity (last
    election's turnout is no other figure for this one's)."""
    text, at, end = s.text, f[2] - s.start, f[3] - s.start
    if not _YEAR.search(text):
        return None
    figures = _figure_starts(text)
    k = bisect_left(figures, end)
    got = _YEAR.search(text, end, figures[k] if k < len(figures) else len(text))
    if got is None:
        k = bisect_left(figures, at)
        got = _YEAR.search(text, figures[k - 1] if k else 0, at)
    return got.group(1) if got is not None else None


@lru_cache(maxsize=1024)
def _figure_starts(text: str) -> list[int]:
    """Where the figures of `text` start, years left out (`told_year`)."""
    return [m.start() for m in _FIGURE.finditer(text) if not _YEAR_ONLY.fullmatch(m.group())]


def _year(s: Sentence, f: tuple[float, str, int, int], articles: dict) -> dict[str, Any]:
    """`_Subject`'s year fields: the year told (`told_year`), else the article's."""
    got = told_year(s, f)
    if got is not None:
        return {"year": got, "year_told": True}
    pub = parse_published(articles.get(s.article, {}).get("published"))
    return {"year": str(pub.year) if pub is not None else "", "year_told": False}


def _told_moments(s: Sentence, days: frozenset[str], articles: dict) -> frozenset[str]:
    """`day@moment` for each moment the sentence tells (`_moments`) on each day it names, else
    on its article's publication day: the same clock time on two days is two moments."""
    told = _moments(s.text)
    if not told:
        return frozenset()
    if not days:
        pub = parse_published(articles.get(s.article, {}).get("published"))
        days = frozenset([pub.isoformat()]) if pub is not None else frozenset({""})
    return frozenset(f"{d}@{m}" for d in days for m in told)


def _toll_days(s: Sentence, articles: dict) -> tuple[frozenset[str], frozenset[str]]:
    """(the days a toll is told for, its start's days): the days the sentence
    names outside a `since ...` phrase, else its article's publication day; the days of the
    `since` phrases (`since Friday`)."""
    published = articles.get(s.article, {}).get("published")
    spans = _SINCE_SPAN.findall(s.text)
    start = _days(" ; ".join(spans), published)
    told = _days(_SINCE_SPAN.sub(" ", s.text), published)
    if not told:
        pub = parse_published(published)
        told = frozenset([pub.isoformat()]) if pub is not None else frozenset()
    return _night_days(s.text, told, published), start


def _night_days(text: str, told: frozenset[str], published: Any) -> frozenset[str]:
    """`told` with the days of a night the sentence tells a count for (`_NIGHT`): a night runs
    into the next day, so `on Tuesday night` is Tuesday's and Wednesday's, and `overnight` in a
    report published Wednesday is Tuesday's night. One night's count told `overnight` and `on
    Tuesday night` is one figure."""
    night = _NIGHT.search(text)
    pub = parse_published(published)
    if night is None or pub is None:
        return told
    if night["unnamed"]:
        first = pub.toordinal() - 1
    else:
        got = resolve_date(night["day"], pub)
        if got is None or got.precision != "day":
            return told
        first = date.fromisoformat(got.iso).toordinal()
    return told | {date.fromordinal(first + n).isoformat() for n in (0, 1)}


def _numbers(sents: list[Sentence], articles: dict) -> list[dict[str, Any]]:
    """Numbers of the same measured thing that differ between articles: the same counted noun
    (or unit) in sentences that share content besides it. Wire copies count too: a copy whose
    number an editor changed disagrees with its original. Facts that are all pairwise
    comparable form one conflict listing each article's value.

    Near-linear: facts are compared as units of one noun and one context (many alike
    sentences are one unit), each against the groups formed so far that share a context word
    with the group's first unit, not against every other fact."""
    facts: list[tuple[Sentence, tuple[float, str, int, int]]] = []
    # A fact a correction changed: the figure the correction gives, at its place there.
    shown: dict[int, tuple[int, int, float, int, int]] = {}
    # A figure told back to an earlier figure of its report (`_told_back`): where it stands.
    back: dict[int, tuple[Sentence, tuple[float, str, int, int]]] = {}
    earlier = _earlier_sentences(sents, articles)
    for s in sents:
        if not s.replaces:
            rivals = _told_back(s, *earlier[id(s)])
            moved = {here[2] for _, _, here in rivals}
            facts += [(s, f) for f in number_facts(s) if f[2] not in moved]
            for told, f, here in rivals:
                back[len(facts)] = (s, here)
                facts.append((told, f))
            continue
        for told, f, right in _corrected_facts(s):
            if right is not None:
                shown[len(facts)] = right
            facts.append((told, f))
    rows = len(facts)
    facts += _table_facts(sents, articles)
    # Who gives each figure: its article, or for a figure told back another source of it
    # (`the Rights Forum put the number at more than 60`, `the union had counted 16 dead`):
    # one report's two sources' figures are two sides of one conflict.
    voice = [
        f"{s.article}@{back[n][1][2]}" if n in back else s.article for n, (s, _) in enumerate(facts)
    ]
    agent = _agent_forms({f[1] for _, f in facts})
    agent |= _dollar_forms({f[1] for _, f in facts})
    facts = [(s, (f[0], agent.get(f[1], f[1]), *f[2:])) for s, f in facts]
    # Terms of one lexicon family (`walked off the job` / `stoppage`) are one context word.
    families = {id(s): _family_keys(s.text) for s in [*sents, *(t for t, _ in facts)]}
    idf = Idf([s.keys + families[id(s)] for s in sents])
    common = frozenset(w.norm for s in sents for w in words(s.text) if w.text[:1].islower())
    # What depends on the sentence only is read once per sentence, not once per number.
    parsed: dict[int, _Parsed] = {}
    days: dict[int, frozenset[str]] = {}
    keys: dict[int, frozenset[str]] = {}
    moments: dict[int, frozenset[str]] = {}
    for s in {id(s): s for s, _ in facts}.values():
        parsed[id(s)] = _Parsed.of(s, common)
        days[id(s)] = _days(s.text, articles.get(s.article, {}).get("published"))
        moments[id(s)] = _told_moments(s, days[id(s)], articles)
        keys[id(s)] = frozenset(k for k in s.keys if number_value(k) is None)
    tolls: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    before = {id(b): a for a, b in pairwise(sents) if a.article == b.article}

    def tally_family(s: Sentence, f: tuple[float, str, int, int]) -> frozenset[str]:
        """A tally's role as its lexicon family (`the death toll rose to 40` tells deaths as
        `killed` does): the word for it comes before the number, outside the sentence's keys."""
        if not f[1].startswith("people ") or not _AFTER_NOUN.match(s.text, f[2] - s.start):
            return frozenset()
        return frozenset(_family_keys(f[1].partition("|")[0].split()[1]))

    unit_of = []
    for n, (s, f) in enumerate(facts):
        people = f[1].partition("|")[0].startswith("people ")
        # A tally's words between its noun and its verb (`the death toll from the landslide
        # above Ostrel rose to 19`) name what it is of: subject, not the count's own words.
        tally = _AFTER_NOUN.match(s.text, f[2] - s.start) if people else None
        own = s.start + tally.end("mid") if tally is not None and tally["mid"] else f[2]
        subject = _subject(s, own, f[3], common, people, parsed[id(s)])
        subject = replace(subject, **_year(s, f, articles))
        day = days[id(s)]
        if people:
            # A toll rises from day to day: it is the toll of the day its sentence names
            # besides a total's start (`since Friday`), else of the day it was published
            # (`the number of dead had risen to 73` on Wednesday is no other figure for
            # Tuesday's 40). The start's day tells the total (`since Friday` / `since Sunday`).
            day, start = tolls.get(id(s)) or tolls.setdefault(id(s), _toll_days(s, articles))
            subject = replace(subject, begun=start)
        # The jobs a deal or a plan cuts are one figure of the story, whoever tells it and
        # whatever else the sentence says (`will cost about 1,100 jobs, the union said` /
        # `expects to cut about 800 jobs over two years`).
        # So is a magnitude of the story's quake (or of an aftershock): who measured it is
        # no part of it (`which the Survey put at magnitude 6.9` / `a magnitude of 6.8`).
        shock = f[1].startswith(("magnitude quake", "magnitude aftershock"))
        cut = shock or f[1].startswith("job cut")
        if shock:  # the names are who measured it and where it was felt
            subject = replace(subject, names=frozenset(), lead=frozenset())
        level = f[1].partition("|")[0]
        if level.startswith("percent ") and level != "percent vote" and not _share_of(s, f):
            # `The lakes that feed Morrow are at 18 percent`: the thing measured is the
            # level's subject (a candidate's share of the vote is told by the candidate)
            subject = replace(subject, lead=frozenset({level.split()[1]}))
        context = _context(s, f, parsed[id(s)], keys[id(s)])
        family = frozenset(families[id(s)])
        point = _vote_point(s, f[2]) if level.startswith("vote ") else None
        if point is not None:  # a vote's own point, not the sentence's other votes' points
            family = frozenset(_family_keys(point))
            context = frozenset(k for k in content_keys(words(point)) if number_value(k) is None)
        at = _number_at(s, f) - s.start
        if not people and _WORTH.search(s.text[max(0, at - 80) : at]):
            # What a thing is worth (`an approach worth 12.1 billion crowns`, `valuing the
            # company at 11.4 billion crowns`) is a standing fact of the thing: the days of
            # the sentence's verbs (rejected on Tuesday, offered on November 19) are not its,
            # nor are their subjects (`Brisa rejected …` / `Kallan offered …`) its subject.
            day = frozenset()
            subject = replace(subject, lead=frozenset(), when=frozenset())
        if f[1].startswith("cost "):
            # What a thing costs is a standing fact of the thing, as its worth is; a cost is
            # often told of the thing the sentence before introduced (`a 640-km railway
            # between Lomari and Kesh … The cost of the line has been estimated at …`), whose
            # words are its context too. Who tells it is no part of it: it is the thing's
            # whatever name tells it (`the line` / `the railway`), as a cut of jobs is.
            day = frozenset()
            if id(s) in before:
                context |= frozenset(k for k in before[id(s)].keys if number_value(k) is None)
            subject = _Subject(people=True, thing=(_costed(s.text[:at]), context))
        if not people and _owned(s.text, at):
            # A count something has (`the Tern and its nearly 30 crew`, `an oil tanker with
            # 24 crew`) is a standing fact of its owner, whatever the clause tells it with:
            # it is about the sentence's names, not its day, place or other words.
            owner = _owner(s.text, at)
            subject = _Subject(names=parsed[id(s)].sets[0] | subject.names, owner=owner)
            context, day = subject.names, frozenset()
        unit_of.append(
            (
                f[1],
                context | family | ({f"={f[1]}"} if cut else set()) | tally_family(s, f),
                replace(
                    subject,
                    days=day,
                    people=subject.people or cut,
                    row=n >= rows,
                    moment=moments[id(s)],
                ),
            )
        )
    span = [_range(*back[n]) if n in back else _range(s, f) for n, (s, f) in enumerate(facts)]
    memo: dict[tuple[Any, Any], bool] = {}

    def close(u: _Unit, v: _Unit) -> bool:
        key = (u, v) if id(u) <= id(v) else (v, u)
        got = memo.get(key)
        if got is None:
            got = False
            if _same_head(u[0], v[0]):
                # Two nouns for one group: each noun is context the other sentence may share
                # (`6,500 dockworkers` / `the Dockworkers' Union said 5,000 of its members`).
                # (One noun of two scopes, `|night` and no scope, is one noun.)
                one = u[0].partition("|")[0] == v[0].partition("|")[0]
                a, b = (list(u[1]), list(v[1])) if one else ([*u[1], u[0]], [*v[1], v[0]])
                # Two scoped tolls (`arrested since the protests began` / `since Saturday`)
                # are told by their scope, whatever else their sentences say.
                # So are a table's row (`Aurel Vantrescu   National Unity   1,247,300`) and a
                # sentence: by their subject, as the row has no other words.
                scoped = (u[2].people and v[2].people) or u[2].row or v[2].row
                got = (
                    scoped or weighted_overlap(a, b, idf) >= MIN_NUMBER_CONTEXT
                ) and _same_subject(u[2], v[2], lambda: weighted_dice(a, b, idf))
            memo[key] = got
        return got

    units: dict[_Unit, _Unit] = {}
    unit_of = [units.setdefault(u, u) for u in unit_of]  # one object per unit: memo by id
    buckets: dict[str, list[int]] = {}
    for n, (_, f) in enumerate(facts):
        buckets.setdefault(_head_key(f[1]), []).append(n)
    grouped: list[list[int]] = []
    for members in buckets.values():
        pairs: dict[tuple[int, int], tuple[int, int]] = {}
        groups: list[_Group] = []
        by_key: dict[str, list[int]] = {}  # context key of a group's first unit -> groups
        home_of: dict[int, int] = {}
        for x in members:
            ux = unit_of[x]
            article = voice[x]
            home = next(
                (
                    gi
                    for gi in sorted({g for k in ux[1] for g in by_key.get(k, [])})
                    if article not in groups[gi].articles
                    and all(close(ux, u) for u in groups[gi].units)
                ),
                None,
            )
            if home is None:
                home = len(groups)
                groups.append(_Group())
                for k in ux[1]:
                    by_key.setdefault(k, []).append(home)
            groups[home].units.setdefault(ux, {})[article] = x
            groups[home].articles.add(article)
            home_of[x] = home
        # Groups with differing values: their articles' numbers of this noun are compared.
        multi: dict[str, list[int]] = {}  # article -> such groups that hold it
        for gi, g in enumerate(groups):
            g_members = sorted(y for ys in g.units.values() for y in ys.values())
            if len(g_members) > 1:
                grouped.append(g_members)
                if _disagree([span[y] for y in g_members]):
                    for a in g.articles:
                        multi.setdefault(a, []).append(gi)
        compared: dict[str, set[str]] = {}  # article -> the articles such groups join it to
        # A comparable fact in another group with another value, of an article no group
        # compares with this one's: a pair, one per two groups (many sentences alike in many
        # reports would otherwise give every pair of their numbers).
        first: dict[tuple[int, Any], dict[float, int]] = {}
        for gi, g in enumerate(groups):
            for u, by_article in g.units.items():
                for y in sorted(by_article.values()):
                    first.setdefault((gi, id(u)), {}).setdefault(facts[y][1][0], y)
        for x in members:
            ux = unit_of[x]
            vx = voice[x]
            for gi in sorted({g for k in ux[1] for g in by_key.get(k, [])} - {home_of[x]}):
                key = (min(gi, home_of[x]), max(gi, home_of[x]))
                if key in pairs or gi in multi.get(vx, ()):
                    continue  # (a group with differing values compares all its articles)
                for u, by_article in groups[gi].units.items():
                    if vx not in compared:
                        compared[vx] = {vx}.union(*(groups[g].articles for g in multi.get(vx, [])))
                    rest = by_article.keys() - compared[vx]
                    if not rest or not close(ux, u):
                        continue
                    # The unit's first fact of each value, else any fact of an article left.
                    y = next(
                        (
                            y
                            for y in first[gi, id(u)].values()
                            if not _overlap(span[y], span[x]) and voice[y] in rest
                        ),
                        None,
                    )
                    y = (
                        y
                        if y is not None
                        else next(
                            (
                                by_article[a]
                                for a in sorted(rest)
                                if not _overlap(span[by_article[a]], span[x])
                            ),
                            None,
                        )
                    )
                    if y is not None:
                        pairs[key] = (min(x, y), max(x, y))
                        break
        grouped += sorted(pairs.values())
    out = []
    for g in sorted(grouped, key=min):
        g = _without_outliers(g, span)
        if len(g) < 2 or not _disagree([span[x] for x in g]):
            continue
        values = []
        for x in sorted(g):
            s, f = back.get(x) or facts[x]
            if x in shown:
                start, end, was, old_start, old_end = shown[x]
                art = articles[s.article]
                was_told = _value(art, _fmt(was), old_start, old_end)
                values.append(
                    {
                        **_value(art, _fmt(f[0]), start, end),
                        "corrects": {k: was_told[k] for k in ("value", "text", "start", "end")},
                    }
                )
            else:
                values.append(
                    _approx_value(_value(articles[s.article], _fmt(f[0]), f[2], f[3]), span[x])
                )
            _add_written(values[-1], articles[s.article]["text"], f[1])
        about = min((facts[x][1][1] for x in g), key=len)
        about = _spelled(about, [back.get(x) or facts[x] for x in g])
        about = (
            about.replace("|ordinal", " (ordinal)")
            .replace("|total", " (total)")
            .replace("|period", " (part of the period)")
            .replace("|night", " (one night)")
            .replace("|planned", " (expected)")
        )
        out.append({"kind": "number", "about": about, "values": values})
    return out


def _spelled(about: str, told: list[tuple[Sentence, tuple[float, str, int, int]]]) -> str:
    """The label's counted noun as a word its reports use (`entity`, not the stem `entiti`):
    the singular of the noun a figure ends at, where that noun has the label's stem."""
    head, sep, rest = about.partition(" ")
    for s, f in told:
        noun = words(s.text[f[2] - s.start : f[3] - s.start])[-1:]
        if noun and _unit_head(noun[0]) == head and _plural(noun[0]):
            n = noun[0].norm
            one = n[:-3] + "y" if n.endswith("ies") else n[:-2] if n.endswith(_ES) else n[:-1]
            return one + sep + rest
    return about


_ES = ("sses", "xes", "ches", "shes", "zes")


#: A figure with no noun that counts what the sentence before counted, as another source
#: gives it (`The Rights Forum, a monitoring group, put the number at more than 60`); not a
#: sum in millions (`Insurers put the figure at 40 million`), which counts no one.
_TOLD_BACK = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets)\s+"
    r"(?:the|that|this|its|their)\s+(?:number|figure|total|tally|count|toll)\s+(?:at|as)\s+"
    r"(?P<q>(?:more|fewer|less)\s+than\s+|over\s+|under\s+|at\s+least\s+|up\s+to\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\b"
    # a sum (`put the figure at 40 million`) is no rival head count
    r"(?!\s*(?:million|billion|trillion|bn|mn)\b)",
    re.I,
)
#: A source disputing a figure its report told (`The union disputes the official toll`): the
#: figures of this sentence and the next of the same count are its rival count.
_DISPUTES = re.compile(
    r"\b(?:disput|contest|reject|challeng|question)\w*\s+(?:the|its|their|this|that|these)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:toll|figures?|count|numbers?|tally|total|estimates?)\b",
    re.I,
)


#: A count told of a time of its own (`in March`, `in 2019`, `last year`, `two years ago`) or of
#: another event (`a previous fire`): no rival count of the toll a source disputes.
_OTHER_TIME = re.compile(
    r"\b(?-i:" + "|".join(m.capitalize() for m in MONTHS) + r")\b|\b(?:1[89]|20)\d\d\b|"
    r"\b(?:last|previous|past)\s+(?:year|month|week|decade|summer|winter|spring|autumn)\b|"
    r"\bago\b|\b(?:another|previous|earlier|separate|similar)\b",
    re.I,
)


#: A line of a plain-text table: two or more cells set apart by a tab or two or more spaces.
_CELL = re.compile(r"\S+(?: \S+)*")
_FIGURE_CELL = re.compile(r"\d[\d,]*(?:\.\d+)?\s?%?")


#: A figure that can count what its column or label names: a whole number or a share; a
#: fraction is a clock time or a price (`Doors open   19.00`, `Bread   2.40`), no count.
_COUNT_CELL = re.compile(r"\d[\d,]*\s?%?|\d[\d,]*\.\d+\s?%")


def _in_a_cell(f: tuple[float, str, int, int], cells: list[re.Match[str]], at: int) -> bool:
    """The number fact `f` of a table row starting at `at` lies in one of its `cells`."""
    return any(at + c.start() <= f[2] and f[3] <= at + c.end() for c in cells)


def _cells(line: str) -> list[re.Match[str]]:
    """The cells of a table line, or none when it is not one (a single run of text)."""
    got = list(_CELL.finditer(line))
    return got if len(got) > 1 else []


def _table_facts(
    sents: list[Sentence], articles: dict
) -> list[tuple[Sentence, tuple[float, str, int, int]]]:
    """Number facts of the plain-text tables of the story's reports, which the claims leave
    out as no sentences (a results table in a press release): a row that counts in its own
    words (`Turnout            58.4%`), or a figure under a column headed by what it counts
    (`Votes` over `Aurel Vantrescu   National Unity   1,247,300`: 1,247,300 votes), or by
    its label beside another row (`Invalid ballots   47,500`; alone, `Comments   48` is page
    furniture). A figure is read with the words of its own cell only, and a fraction counts
    nothing a head names (`Doors open   19.00`). Each row is a sentence of its own, its names
    the row's subject."""
    report = {s.article: s.report for s in sents}
    out = []
    for aid in sorted(report):
        text = articles.get(aid, {}).get("text") or ""
        dollar = local_dollar(articles.get(aid, {}).get("url"))
        header: list[re.Match[str]] = []
        at = 0
        lines = text.split("\n")
        table = [_cells(line) for line in lines]
        for n, (line, cells) in enumerate(zip(lines, table, strict=True)):
            start, at = at, at + len(line) + 1
            if not cells:
                header = []
                continue
            if not any(_FIGURE_CELL.fullmatch(c.group()) for c in cells):
                header = cells  # a row of words only: the heads of the columns below it
                continue
            row = Sentence(aid, report[aid], start, start + len(line), line, [])
            row = replace(row, keys=content_keys(words(line)), dollar=sentence_dollar(dollar, line))
            # a figure and its noun in one cell (`Turnout  58.4%`), never read across two
            # (`1   Ivo Renn   10.02`: a place, not one Renn)
            facts = [f for f in number_facts(row) if _in_a_cell(f, cells, start)]
            heads = header if len(header) == len(cells) else []
            # `Invalid ballots     47,500`: its own label, in a table (a lone `Comments   48`
            # is page furniture)
            in_table = any(table[max(n - 1, 0) : n] + table[n + 1 : n + 2])
            label = len(cells) == 2 and not _FIGURE_CELL.fullmatch(cells[0].group())
            if not heads and in_table and label:
                heads = [cells[0], cells[0]]
            if not facts:
                for head, cell in zip(heads, cells, strict=False):
                    if not _COUNT_CELL.fullmatch(cell.group()):
                        continue
                    told = f"{cell.group()} {head.group()}"
                    cell_row = Sentence(aid, "", 0, len(told), told, [], dollar=row.dollar)
                    for f in number_facts(cell_row):
                        if f[2] == 0 and f[3] >= len(cell.group()):
                            end = start + cell.end()
                            facts.append((f[0], f[1], start + cell.start(), end))
            out += [(row, f) for f in facts]
    return out


def _earlier_sentences(
    sents: list[Sentence], articles: dict
) -> dict[int, tuple[list[Sentence], int]]:
    """id of a sentence -> its article's sentences in text order and its place among them
    (a correction's right texts left out: they are no claims of the report)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sents:
        if not s.replaces:
            by_article.setdefault(s.article, []).append(s)
    out: dict[int, tuple[list[Sentence], int]] = {}
    for told in by_article.values():
        told.sort(key=lambda s: (s.start, s.end))
        out.update((id(s), (told, n)) for n, s in enumerate(told))
    return out


def _told_back(
    s: Sentence, told: list[Sentence], at: int
) -> list[tuple[Sentence, tuple[float, str, int, int], tuple[float, str, int, int]]]:
    """Figures of `s` (at place `at` of its report's sentences `told`) that another source
    gives for a count the report told before: (the sentence that told it, the fact as told
    there with this figure, the fact at this figure in `s`). Its subject, place and day are
    that sentence's, as the source's words leave them out. Either a figure with no noun told
    back to the sentence right before, when that counts one thing (`Police arrested 41 …
    The Rights Forum put the number at more than 60`), or a figure of a count the report
    told before in a sentence that disputes it or right after one (`The union disputes the
    official toll. Its secretary said the union had counted 16 dead`), unless that
    sentence tells a time or event of its own (`_OTHER_TIME`: `in March`, `last year`)."""
    out = []
    before = told[at - 1] if at and not s.replaces else None
    counted = number_facts(before) if before is not None else []
    # one plain count (or a named night's: `detained 52 people on Saturday night`): what a
    # figure with no noun counts
    plain = len({f[1] for f in counted}) == 1 and "|" not in counted[0][1].replace("|night", "")
    single = counted[0] if plain else None
    own = number_facts(s)
    for m in _TOLD_BACK.finditer(s.text):
        at_n, end = s.start + m.start("n"), s.start + m.end("n")
        value = number_value(m["n"])
        if value is None or any(f[2] <= at_n < f[3] for f in own):
            continue
        # A plain count earlier in the sentence is what it counts (`280 trucks had been
        # cleared, while Lavranian officials put the figure at more than 400`).
        mine = [f for f in own if f[3] <= s.start + m.start() and "|" not in f[1]]
        told_in, old = (s, mine[-1]) if mine else (before, single)
        if told_in is None or old is None:
            continue
        # shown with its bound (`more than 60`), compared as its figure (`_range`)
        start = s.start + m.start("q") if m["q"] else at_n
        out.append((told_in, (value, old[1], old[2], old[3]), (value, old[1], start, end)))
    if not any(_DISPUTES.search(t.text) for t in told[max(at - 1, 0) : at + 1]):
        return out
    if _OTHER_TIME.search(s.text):
        return out  # `Two workers were killed in a fire at the mill in March`: another event
    for f in number_facts(s):
        first = next(
            ((t, g) for t in told[: max(at - 1, 0)] for g in number_facts(t) if g[1] == f[1]),
            None,
        )
        if first is not None and first[1][0] != f[0]:
            t, g = first
            out.append((t, (f[0], g[1], g[2], g[3]), f))
    return out


def _corrected_facts(
    s: Sentence,
) -> list[tuple[Sentence, tuple[float, str, int, int], tuple[int, int, float, int, int] | None]]:
    """The number facts of a correction's right text `s` and of the body sentences it
    corrects (`s.replaces`): a body fact whose noun the correction gives another figure for
    (`sentenced to six years` / `The court sentenced him to eight years`) is that figure,
    told in the body's sentence (its subject, place and day: the correction often says `him`)
    and shown at the correction's figure, with (its start, end, the old figure, its start,
    end); one the correction gives no figure for is withdrawn; the correction's other
    facts are its own."""
    right = number_facts(s)
    used: set[int] = set()
    out: list[Any] = []
    for told in s.replaces:
        for old in number_facts(told):
            k = next((k for k, f in enumerate(right) if f[1] == old[1]), None)
            if k is None:
                continue  # the correction withdrew the sentence, and gives no figure for it
            used.add(k)
            new = right[k]
            if new[0] == old[0]:
                out.append((told, old, None))
            else:
                out.append((told, (new[0], *old[1:]), (new[2], new[3], old[0], old[2], old[3])))
    out += [(s, f, None) for k, f in enumerate(right) if k not in used]
    return out


#: Words before a figure that make it an estimate, with the share of it the estimate may be
#: off by below and above it: `nearly 30` is 27 to 30, `about 25` 22.5 to 27.5.
_APPROX = {
    "about": (0.1, 0.1),
    "around": (0.1, 0.1),
    "roughly": (0.1, 0.1),
    "approximately": (0.1, 0.1),
    "some": (0.1, 0.1),
    "an estimated": (0.1, 0.1),
    "close to": (0.1, 0.0),
    "nearly": (0.1, 0.0),
    "almost": (0.1, 0.0),
    "just under": (0.1, 0.0),
    "just over": (0.0, 0.1),
}
_APPROX_RE = re.compile(r"\b(" + "|".join(sorted(_APPROX, key=len, reverse=True)) + r")\s+$", re.I)
#: Words before a figure that make it a bound: a least (+1: `more than 2,000`) or a most
#: (-1: `up to 90`) of the count.
_BOUNDS = {
    "more than": 1,
    "over": 1,
    "at least": 1,
    "upwards of": 1,
    "in excess of": 1,
    "no fewer than": 1,
    "no less than": 1,
    "fewer than": -1,
    "less than": -1,
    "under": -1,
    "up to": -1,
    "at most": -1,
    "no more than": -1,
    "as many as": -1,
}
_BOUND_RE = re.compile(
    r"\b("
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_BOUNDS, key=len, reverse=True))
    + r")\s+$",
    re.I,
)


#: What comes before a count of members something has (`its 24 crew`, `the Tern's 24
#: crew`), an estimate's qualifier left out.
_OWNED = re.compile(r"(?:\b(?:its|their)|\b(?-i:[A-Z])[\w-]*['’]s)\s+$", re.I)
#: ... or a thing named with a determiner right before `with` (`a tanker with 24 crew`, `the
#: Tern, an oil tanker with 24 crew`: its name in apposition before it); not a rank (`early in
#: the sixth with two hard lefts`) nor a verb (`the ship left with 24 crew`).
_WITH = re.compile(
    r"(?:\b(?P<name>(?-i:[A-Z])[\w'’-]*),\s+)?\b(?i:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*)\s+with\s+$"
)
#: People a craft carries, counted as its crew is (`a ferry with 40 passengers`).
_ABOARD = frozenset({"passenger"})
#: Words that pick one of a series (`the sixth with two hard lefts`): no thing that has members.
_ORDINALS = frozenset(_ORDINAL_WORDS) | {"last", "next"}


def _with_owner(before: str) -> re.Match[str] | None:
    """`_WITH` at the end of `before`, its noun a thing's (not a rank, a number, a time or
    a verb's form)."""
    got = _WITH.search(before)
    if got is None:
        return None
    noun = got["noun"]
    if noun in STOP_WORDS or noun in _ORDINALS or verb_form(noun) or number_value(noun) is not None:
        return None
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", noun) or _stem_head(noun) in _TIME_UNITS:
        return None
    return got


def _owned(text: str, at: int) -> bool:
    """The number at offset `at` of `text` counts the members something has (`_OWNED`,
    before a plural or a workforce noun: `Vinatieri's 45-yard field goal`, `the AFC's five
    seed` measure or rank one thing), or `_WITH` before a workforce noun or passengers."""
    before = text[max(0, at - 60) : at]
    m = _APPROX_RE.search(before)
    before = before[: m.start()] if m else before
    owned = _OWNED.search(before) is not None
    if not owned and _with_owner(before) is None:
        return False
    after = re.match(
        r"\s*[\w,.]+(?:\s+(?:dozen|hundred|thousand|million))?\s+([\w'’-]+)", text[at:]
    )
    if after is None or "-" in text[at : at + after.start(1)]:
        return False
    head = words(after.group(1))
    if not head:
        return False
    members = _workforce(_stem_head(head[-1].text)) or _stem_head(head[-1].text) in _ABOARD
    # `with` may tell the verb's adjunct (`finished the game with 20 points`): only people a
    # thing carries or employs are its own there
    return members or (owned and _plural(head[-1]))


_OWNER = re.compile(
    r"(?:\b((?:[\w-]+\s+){0,3}[\w-]+)\s+and\s+(?:its|their)|\b((?-i:[A-Z])[\w-]*)['’]s)\s+$",
    re.I,
)  # not `with its`: `steering it to the port of Carvash with its 24 crew` (the ship's)


def _owner_words(phrase: str) -> frozenset[str]:
    """The noun phrase that ends `phrase` (`held the Vesta Crane trawler`), as its head
    and its names (`trawler`, `vesta`, `crane`): one owner told with or without its kind
    (`the Vesta Crane` / `the Vesta Crane trawler`) shares a word, two kinds (`an oil tanker`
    / `a fishing boat`) share none."""
    got = phrase.split()
    if got[-1].lower() in STOP_WORDS:
        return frozenset()
    out = {got[-1]}
    for w in reversed(got[:-1]):
        if w.lower() in STOP_WORDS or verb_form(w.lower()):
            break  # the phrase's determiner or the verb that governs it
        if w[0].isupper():
            out.add(w)  # a kind word (`oil`) is no name; the head is told already
    return frozenset(_stem_head(w) for w in out)


def _owner(text: str, at: int) -> frozenset[str]:
    """Who has the members counted at `at` (`_owned`): the noun phrase before `and its`
    (`an oil tanker and its 24 crew` -> `tanker`, `_owner_words`), the name before `'s`
    (`the Tern's 24 crew`), or the thing before `with` and the name it stands beside (`the
    Tern, an oil tanker with 24 crew` -> `tern`, `tanker`); empty when the text does not
    tell (`Its 24 crew`, `with its 24 crew`). Two owners' counts are no one figure."""
    before = text[max(0, at - 60) : at]
    m = _APPROX_RE.search(before)
    before = before[: m.start()] if m else before
    got = _OWNER.search(before)
    if got is None and (with_ := _with_owner(before)) is not None:
        return frozenset(_stem_head(w) for w in (with_["noun"], with_["name"]) if w)
    if got is None:
        return frozenset()
    if got.group(2):
        name = got.group(2)
        return frozenset() if name.lower() in STOP_WORDS else frozenset({_stem_head(name)})
    return _owner_words(got.group(1))


def _share_of(s: Sentence, f: tuple[float, str, int, int]) -> bool:
    """The percentage is a share `of` a named whole (`68 percent of Greeks`, `of eligible
    voters`): a population's answer to a question, whose subject is who asked, not a level
    of the thing (`18 percent of capacity`, `_WHOLE`)."""
    m = re.match(
        r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?([\w'’-]+)", s.text[f[3] - s.start :]
    )
    return m is not None and m.group(1).lower() not in _WHOLE


def _number_at(s: Sentence, f: tuple[float, str, int, int]) -> int:
    """Where the fact's figure starts (a toll's span may open with its verb: `killing 40`)."""
    got = next(
        (
            w
            for w in words(s.text[f[2] - s.start : f[3] - s.start], f[2])
            if number_value(w.text) is not None
        ),
        None,
    )
    return got.start if got is not None else f[2]


#: What a figure may stand for: (lowest, highest, qualifier, unit of its last written digit).
_Range = tuple[float, float, str, float]


def _round_unit(v: float) -> float:
    """The unit a figure is rounded to (`300` -> 100, `2,000` -> 1,000, `250` -> 50, `25`
    -> 5, `31` -> 1, `2.5` -> 0.1, `8.2 million` -> 100,000): an estimate of a round figure
    stands for what rounds to it. A product's float error (`8.2 * 10**6` is 8199999.99…) is
    rounded off first."""
    v = round(v, 6)
    if v != int(v):
        return 10.0 ** Decimal(repr(v)).as_tuple().exponent  # `2.5`: its last decimal place
    if v < 10:
        return 1.0
    n, unit, power = int(v), 1, 1
    while power < n:
        unit = max([unit] + [power * k for k in (5, 10) if power * k < n and n % (power * k) == 0])
        power *= 10
    return float(unit)


#: A figure told as what something is worth: `worth`, `valued at`, `valuing X at`, `values
#: X at` just before it (an estimate's word and a currency sign between).
_WORTH = re.compile(
    r"\b(?:worth|valu(?:e|es|ed|ing)\b[^,;:.()]{0,40}?\bat)\s+"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|over)\s+)?"
    r"(?:(?-i:[A-Z]{1,3})?[$€£¥₹₦]\s?)?$",
    re.I,
)


def _range(s: Sentence, f: tuple[float, str, int, int]) -> _Range:
    """(lowest, highest, qualifier) a fact's figure may stand for: the figure itself, the
    range of an estimate (`nearly 30 crew`, `about 25`, `_APPROX`: a round figure's by half
    its rounding unit too, at most a fifth: `about 300` is 250 to 350), or of a bound, up to
    the figure's rounding unit (`more than 2,000` is 2,000 to 3,000, `up to 90` 80 to 90,
    `_BOUNDS`), or a range told (`between 300 and 400`: `_range_low`). Two reports disagree
    only where their ranges do not meet: `nearly 30` is no other figure than `27`, it is one
    than `24`; `more than 2,000` is no other figure than `2,140`. A bound of a figure not
    rounded reaches one past it (`at least 16` dead is 16 or 17): another outlet's `19` that
    day is another toll. The fourth item is the unit of a plain figure's last written digit
    (`61bn`: 1bn, `61.2bn`: 0.1bn; else 0), for `_rounds_to`."""
    before = s.text[: _number_at(s, f) - s.start][-24:]
    at = sign_start(before)
    if at is not None:
        before = before[:at]  # `about $2.4 billion`: the qualifier is the sum's
    v = f[0]
    m = _APPROX_RE.search(before)
    if m is not None:
        below, above = _APPROX[m.group(1).lower()]
        rounded = min(_round_unit(v) / 2 / v, 0.2) if v else 0.0
        below, above = (max(x, rounded) if x else 0.0 for x in (below, above))
        # an estimate told to three figures or more (`about 11.4 billion`) is off by at most
        # five units of its last figure: `about 11.4` is 10.9 to 11.9, not up to 12.5
        told = _told_unit(s.text[f[2] - s.start : f[3] - s.start], v)
        if told:
            below, above = (min(x, 5 * told / v) if x else 0.0 for x in (below, above))
        return v * (1 - below), v * (1 + above), m.group(1).lower(), 0.0
    low = _range_low(before, v)
    if low is not None:
        return low, v, f"{_fmt(low)} to", 0.0  # shown `300 to 400`
    b = _BOUND_RE.search(before)
    if b is None:
        return v, v, "", _digit_unit(s.text[f[2] - s.start : f[3] - s.start], v)
    word = " ".join(b.group(1).lower().split())
    unit = _round_unit(v)
    return (v, v + unit, word, 0.0) if _BOUNDS[word] > 0 else (v - unit, v, word, 0.0)


def _digit_unit(figure: str, v: float) -> float:
    """The unit of the last written digit of a figure (`61bn`: 1e9, `61.2bn`: 1e8, `2.9 per
    cent`: 0.1), in `v`'s scale; 0 when no figure in digits is written."""
    m = re.match(r"\D*?(\d[\d,]*)(?:\.(\d+))?", figure)
    if m is None or not v:
        return 0.0
    frac = m.group(2) or ""
    told = float(m.group(1).replace(",", "") + (f".{frac}" if frac else ""))
    return v / told * 10 ** -len(frac) if told else 0.0


#: A figure rounded to this many units of its last digit or more (`61bn`, `2.9 per cent`) is
#: one with another decimal that rounds to it (`61.2bn`, `2.94`); a figure of one digit is not
#: (`3 per cent` / `3.2 per cent` are two figures).
MIN_ROUNDED_DIGITS = 10


def _rounds_to(a: _Range, b: _Range) -> bool:
    """One plain figure is the other told with one decimal more, rounded (`€61bn` / `€61.2bn`):
    the same figure at two precisions, no conflict."""
    if a[2] or b[2] or a[0] != a[1] or b[0] != b[1] or not a[3] or not b[3]:
        return False
    (coarse, unit), (fine, fine_unit) = sorted(((a[0], a[3]), (b[0], b[3])), key=lambda x: -x[1])
    return (
        math.isclose(unit, 10 * fine_unit, rel_tol=1e-6)
        and coarse >= MIN_ROUNDED_DIGITS * unit * (1 - 1e-9)
        and abs(fine - coarse) <= unit / 2 * (1 + 1e-9)
    )


def _told_unit(figure: str, v: float) -> float:
    """The unit of the last figure of a decimal with three figures or more (`11.4 billion`:
    0.1 billion, `1.07`: 0.01), else 0 (`about 25`, `about 2.5 million` keep their margin)."""
    m = re.match(r"\D*?(\d[\d,]*)\.(\d+)", figure)
    if m is None or not v:
        return 0.0
    whole, frac = m.group(1).replace(",", ""), m.group(2)
    if len(whole.lstrip("0")) + len(frac) < 3:
        return 0.0
    return v / float(f"{whole}.{frac}") * 10 ** -len(frac)


#: The low end of a range told before its high one (`between 300 and 400`, `300 to 400`,
#: `300–400`, `300-400`); not after `from` (`rose from 30 to 45`: a change, its figure the new
#: one). A dash between a higher figure and a lower one is a score (`a 20-13 win`: `_range_low`).
_RANGE_LOW = re.compile(
    r"(?:\bbetween\s+(\S+)\s+and\s+|(?<!from )\b([\d,.]+|[a-z]+)\s+to\s+"
    r"|(?<![\d,.])(\d[\d,.]*)\s?[-\u2013]\s?)$",
    re.I,
)


def _range_low(before: str, v: float) -> float | None:
    """The figure a range (`_RANGE_LOW`) ending at `v` starts from, in `v`'s scale
    (`between 1 and 2 million`: 1 million), or None."""
    m = _RANGE_LOW.search(before)
    low = number_value(m.group(1) or m.group(2) or m.group(3)) if m is not None else None
    if low is None or low >= v:
        return None
    while low > 0 and low * 1000 <= v:  # a range from 0 (`0-5`) has no scale to take
        low *= 1000
    return low


def _overlap(a: _Range, b: _Range) -> bool:
    """The ranges meet, a bound that float arithmetic missed by a rounding error included
    (`about 11.4 billion` reaches 11.9 billion, computed 11.899999999), or one figure is the
    other rounded (`_rounds_to`)."""
    return (_at_most(a[0], b[1]) and _at_most(b[0], a[1])) or _rounds_to(a, b)


def _at_most(x: float, y: float) -> bool:
    return x <= y or math.isclose(x, y, rel_tol=1e-9)


def _disagree(ranges: list[_Range]) -> bool:
    """Some two of the figures cannot be one (their ranges do not meet)."""
    return any(not _overlap(a, b) for n, a in enumerate(ranges) for b in ranges[n + 1 :])


#: Values of one noun this many times apart measure two things (a share's `31.32 crowns` and
#: a bid's `11.4 billion crowns`), not one thing two reports disagree on. A slip of one
#: magnitude word (`$2.5 billion` / `$2.4 million`, 1000x) is still a disagreement.
MAX_VALUE_RATIO = 100_000.0


def _without_outliers(g: list[int], span: list[_Range]) -> list[int]:
    """The facts of `g` whose values are within `MAX_VALUE_RATIO` of the group's median value:
    a figure of another thing (a share price among bid totals) leaves the group, the others
    still conflict. A zero (`not a single one`) is no other thing's figure."""
    mid = sorted(span[x][0] for x in g)[len(g) // 2]
    low, high = mid / MAX_VALUE_RATIO, mid * MAX_VALUE_RATIO
    return [x for x in g if mid <= 0 or span[x][1] <= 0 or low <= span[x][1] and span[x][0] <= high]


def _add_written(v: dict[str, Any], text: str, key: str) -> None:
    """A sum's conflict value gets `written`: the sum as its report wrote it, sign and scale
    word (`$4.2 billion`, `Rs 1,200 crore`), for reading; `value` stays the normalised figure
    (`4200000000`) that is compared. A cost told with no currency (`cost amount`) is written
    as told (`40 million`)."""
    at = sign_start(text[max(0, v["start"] - 6) : v["start"]])
    if at is not None:
        v["written"] = text[max(0, v["start"] - 6) + at : v["end"]]
    elif key.startswith(f"cost {NO_CURRENCY}"):
        v["written"] = text[v["start"] : v["end"]]


def _approx_value(v: dict[str, Any], r: _Range) -> dict[str, Any]:
    """A conflict value told as an estimate carries its qualifier (`approx: "nearly"`)."""
    return {**v, "approx": r[2]} if r[2] else v


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _event_values(
    sents: list[Sentence],
    clusters: list[list[int]],
    events: list[dict[str, Any]],
    articles: dict,
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    by_id = {e["id"]: e for e in events}
    index = _EventIndex.of(events)
    out = []
    # Events told in aligned sentences of different reports.
    for members in clusters:
        evs = [by_id[e] for i in members for e in sents[i].events if e in by_id]
        out += _compare_events(evs, index, articles, report_of)
    return out


@dataclass(slots=True)
class _EventIndex:
    """The story's events by (type, date) and by (article, type): one lookup each for the
    events told on a date and the events an article tells of a type."""

    by_date: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def of(cls, events: list[dict[str, Any]]) -> _EventIndex:
        index = cls()
        for e in events:
            index.by_date.setdefault((e["type"], e["date"] or ""), []).append(e)
            index.by_article.setdefault((e["article"], e["type"]), []).append(e)
        return index


#: Words that tell an occurrence as one of a series after an earlier one: `met again`, `a second
#: round`, `resumed talks`, `a day after their first talks`. Such a mention and one without them
#: are two occurrences (the first meeting and the next), not one event given two dates.
_REPEAT = re.compile(
    r"\b(?:again|once more|anew|(?:second|third|fourth|fifth|another|fresh|further|renewed|"
    r"follow-up|next|new round of|latest)\s+(?:\w+\s+)?(?:meeting|talks|round|session|visit|"
    r"summit|call|conversation|encounter|negotiations|sitting|day|attack|strike|vote)s?|"
    r"resum(?:e|ed|es|ing)|reconven(?:e|ed|es|ing)|"
    r"\w+ (?:days?|weeks?|months?|years?) after (?:their|its|his|her|the) "
    r"(?:first|initial|earlier|previous|last)|"
    r"after (?:their|its|his|her|the) (?:first|initial|earlier|previous) "
    r"(?:meeting|talks|round|session|visit|summit|call|conversation|encounter))\b",
    re.I,
)


def _repeat(e: dict[str, Any], articles: dict, index: _EventIndex) -> bool | None:
    """Whether the sentence telling `e` tells it as a repeat of an earlier occurrence; None when
    the sentence also tells another event of the type (the marker may be the other's)."""
    for o in index.by_article.get((e["article"], e["type"]), []):
        if (
            o is not e
            and o["date"] != e["date"]
            and o["start"] < e["end"]
            and e["start"] < o["end"]
        ):
            return None
    text = articles[e["article"]]["text"][e["start"] : e["end"]]
    return bool(_REPEAT.search(text))


def _participants(e: dict[str, Any]) -> set[str]:
    return {str(p.get("entity") or p.get("name")) for p in e["actors"] + e["targets"]}


def _told_both(a: dict[str, Any], b: dict[str, Any], index: _EventIndex, report_of: dict) -> bool:
    """One report tells events of the type on both dates, each with a participant of the pair
    (met on Thursday, meets again on Friday): two events, not a disagreement."""
    people = _participants(a) | _participants(b)
    dates: dict[str, set[str]] = {}
    told = index.by_date
    for e in [*told.get((a["type"], a["date"]), []), *told.get((a["type"], b["date"]), [])]:
        if e in (a, b) or _participants(e) & people:
            report = report_of.get(e["article"], e["article"])
            dates.setdefault(report, set()).add(e["date"])
    return any(len(d) > 1 for d in dates.values())


def _compare_events(
    evs: list[dict[str, Any]],
    index: _EventIndex,
    articles: dict,
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    out = []
    for n, a in enumerate(evs):
        for b in evs[n + 1 :]:
            ra = report_of.get(a["article"], a["article"])
            rb = report_of.get(b["article"], b["article"])
            if a["type"] != b["type"] or ra == rb:
                continue
            shared = _participants(a) & _participants(b)
            if len(shared) < 2 and not any(p.startswith("person:") for p in shared):
                continue  # one shared organisation or country is not one event
            if _after_publication(a, b, articles) or _after_publication(b, a, articles):
                continue
            about = f"{a['type']}: " + ", ".join(sorted(shared))
            da, db = a["date"], b["date"]
            if da and db and da != db and _two_occurrences(a, b, index, articles, report_of):
                continue  # two occurrences: neither their dates nor their places conflict
            if da and db and a.get("date_precision") == b.get("date_precision") and da != db:
                out.append(
                    {
                        "kind": "date",
                        "about": about,
                        "values": [_ev(a, da, articles), _ev(b, db, articles)],
                    }
                )
            la, lb = (a.get("place") or {}).get("name"), (b.get("place") or {}).get("name")
            if la and lb and not _same_place(la, lb):
                out.append(
                    {
                        "kind": "place",
                        "about": about,
                        "values": [_ev(a, la, articles), _ev(b, lb, articles)],
                    }
                )
    return out


def _two_occurrences(
    a: dict[str, Any],
    b: dict[str, Any],
    index: _EventIndex,
    articles: dict,
    report_of: dict[str, str],
) -> bool:
    """Two mentions with different dates are two occurrences, not one event in conflict, when
    a report tells both dates or exactly one mention tells its event as a repeat (`met again
    on Friday, a day after their first talks` against `sat down on Thursday`)."""
    if _told_both(a, b, index, report_of):
        return True
    ra, rb = _repeat(a, articles, index), _repeat(b, articles, index)
    return ra is None or rb is None or ra != rb


def _after_publication(a: dict[str, Any], b: dict[str, Any], articles: dict) -> bool:
    """`a` is dated after `b`'s article was published: `b` could not have reported it."""
    published = (articles[b["article"]].get("published") or "")[:10]
    return bool(a["date"] and published and a["date"][:10] > published)


def _same_place(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a or re.sub(r"\W", "", a) == re.sub(r"\W", "", b)


def _ev(e: dict[str, Any], value: str, articles: dict) -> dict[str, Any]:
    return _value(articles[e["article"]], value, e["start"], e["end"])


#: Verbs that give when something starts or ends: the fact is (the thing, start | end).
_WHEN_VERBS = {
    **dict.fromkeys(
        "begin begins began begun start starts started take takes took taken come comes came "
        "go goes went gone kick kicks kicked erupt erupts erupted break breaks broke "
        "broken beginning starting from".split(),
        "start",
    ),
    **dict.fromkeys(
        "end ends ended expire expires expired lapse lapses lapsed run runs ran conclude "
        "concludes concluded ending".split(),
        "end",
    ),
    "held": "held",  # passive only (`the funeral will be held on Saturday`): see `time_facts`
}
#: Forms of `be` that make `held` passive: the event held, not what someone holds.
_BE = frozenset("be been is are was were".split())
#: `held` that tells no event's day: a phrasal verb or a complement after it (`the vote was
#: held up`, `held hostage`, `held responsible`) or how long people were held (`until Friday`).
_HELD_OTHER = re.compile(
    r"\s+(?:up|back|over|off|down|out|hostage|captive|responsible|accountable|liable|"
    r"in\s+(?:contempt|custody|detention)|incommunicado|until|till|pending)\b",
    re.I,
)
#: How far back the words before a match are read (`_PREP_OBJECT`, `_AHEAD`): a few words.
_LOOK_BACK = 60
#: A word that is the object of a preposition (`people arrested at the protest were held`):
#: the subject held is someone else, not the event.
_PREP_OBJECT = re.compile(
    r"\b(?:at|after|during|before|outside|near|inside|from|following|over|around)\s+"
    r"(?:(?:the|a|an|this|that|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+)?)?$",
    re.I,
)
#: Events held on one day (`the funeral will be held on Saturday`, `Sunday's election`); a
#: weekday's anything else is not one (`Monday's toll`, `Friday's programme`, `a man was held`).
_HELD_EVENTS = frozenset(
    "funeral funerals burial memorial service ceremony vigil inauguration wedding election "
    "elections vote referendum ballot runoff meeting meetings summit talks conference hearing "
    "trial sentencing rally march protest demonstration parade concert match final race "
    "debate session".split()
)
#: Events held once in a story (`Friday's state funeral`, `Sunday's election`): a weekday's
#: other event recurs (`Monday's session`, `Saturday's match`, `Thursday's hearing`), and
#: another day's is another occurrence, no conflict.
_ONCE_EVENTS = frozenset(
    "funeral funerals burial memorial ceremony inauguration wedding election elections "
    "referendum runoff".split()
)
#: A weekday's event (`Friday's state funeral`, `Sunday's election`): the day it is held.
_DAY_OF = re.compile(
    r"\b(?P<day>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")['’]s\s+"
    r"(?P<np>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3})",
    re.I,
)
#: Words right before such a weekday that tell its event is yet to come (`next Sunday's
#: election`, `the upcoming`), or that it is later than another (`ahead of Sunday's
#: election`, `before`): of a coming event, or of a past one told back, as the tense says.
_COMING = re.compile(r"\b(?:next|coming|upcoming)\s+$", re.I)
_AHEAD = re.compile(r"\b(?:ahead\s+of|before|until|till|(?:run|lead)-up\s+to|eve\s+of)\s+$", re.I)
#: Words after such an event that tell it is yet to come (`Friday's funeral will be …`).
_YET_TO_COME = re.compile(r"[^.;:!?]*?\b(?:will|shall|is\s+to|are\s+to|is\s+due)\b", re.I)
#: A start or end told by a participle or `from` after its noun (`three days of mourning
#: starting on Thursday`, `a curfew from Friday`): the noun right before it is what starts.
_AFTER_NOUN_WHEN = frozenset("beginning starting ending from".split())
#: `take effect`, `come into force`, `go into effect`, `kick in`, `run out`, `break out`: the
#: particle the light verb needs to say start or end (`took part`, `ran the city`, `broke the
#: record` say neither).
_PARTICLE = re.compile(
    r"^(?:take|takes|took|taken)\s+effect\b|^(?:come|comes|came|go|goes|went|gone)\s+into\s+"
    r"(?:force|effect)\b|^(?:kick|kicks|kicked)\s+in\b|^(?:run|runs|ran|break|breaks|broke|"
    r"broken)\s+out\b",
    re.I,
)
_WHEN_FACT = re.compile(
    r"\b(?P<thing>[A-Za-z][\w-]*)(?P<mid>(?:\s+(?:that|which|will|would|shall|is|was|are|"
    r"were|has|have|had|be|been|did|does|do|due|set|expected|scheduled|planned|supposed|to|"
    r"now|finally|officially|formally|only|also|not|never))*)\s+(?P<verb>"
    + "|".join(sorted(_WHEN_VERBS, key=len, reverse=True))
    + r")\b",
    re.I,
)
#: Words of the verb's phrase that tell a future or planned start (resolve weekdays forwards).
_FUTURE = frozenset("will would shall due set expected scheduled planned supposed to".split())
_DATE_WORD = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r"|today|tonight|tomorrow|yesterday)\b", re.I
)
_TIME_OF_DAY = re.compile(
    r"\b(?:(?P<word>midnight|noon|midday)|(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<hh>\d{1,2}):(?P<mm>\d\d))",
    re.I,
)
#: Synonyms of the things whose start or end news dates (`truce` / `ceasefire`).
_THINGS = {
    **dict.fromkeys("truce truces ceasefire ceasefires cease-fire armistice".split(), "ceasefire"),
    **dict.fromkeys("talks negotiations negotiation".split(), "talks"),
    **dict.fromkeys("strike strikes walkout stoppage".split(), "strike"),
    **dict.fromkeys("deal agreement accord pact".split(), "deal"),
    **dict.fromkeys("vote voting polls polling ballot".split(), "vote"),
    **dict.fromkeys("protest protests demonstration demonstrations".split(), "protest"),
}

#: Past forms of the verbs: a bare weekday after any other form names the next one.
_PAST = frozenset(
    "began begun started took taken came went gone kicked ended expired lapsed ran "
    "concluded erupted broke broken held".split()
)
#: Prepositions that end a subject's head noun phrase (`The truce between X and Y`).
_PREPS = frozenset(
    "between in on of by for at from with against over near across through along around "
    "outside inside into under".split()
)
#: An ordinal round of a series: the first round's end and the second's are two facts.
_ROUND = re.compile(
    r"\b(first|second|third|fourth|fifth|final|last|next|new|another|latest)\s+(round|session|"
    r"phase|stage|leg|sitting)\b",
    re.I,
)


def _thing(
    text: str, m: re.Match[str], rest: str, particle: Any, verb: str, relative: bool = False
) -> Word | None:
    """What starts or ends: the verb's object when it has one (`will start an indefinite
    strike on Monday`), the antecedent of `that`/`which` (`a ceasefire that took effect`), else
    the head of the subject, its last common noun before a preposition (`The curfew in Ostrava
    Vale ended`, `the ban on Pellin grain came into force`, `Ostrava Vale's curfew ended`),
    or, for a relative clause after a comma (`relative`: `The protests in Darsk, which began
    on Sunday`), the head of the clause before it."""
    after = rest[particle.end() if particle else len(verb) :]
    obj = re.match(
        r"\s+((?:[\w'’-]+\s+){0,3}?)([a-z][\w-]*)(?=\s+(?:on|at|in|from|by|this|next|"
        r"tomorrow|today|tonight)\b)",
        after,
    )
    if particle is None and obj and not _DATE_WORD.search(obj.group(0)):
        first = words(obj[1] or obj[2])[0].norm
        ws = words(obj[2])
        if (
            first not in _PREPS
            and not _TIME_OF_DAY.search(obj.group(0))
            and ws
            and ws[0].norm not in STOP_WORDS
        ):
            return ws[0]
    mid = m["mid"].lower().split()
    if mid and mid[0] in ("that", "which"):
        return _antecedent(text[: m.end("thing")])
    return _clause_head(text[: m.start()].rstrip()[:-1] if relative else text[: m.end("thing")])


#: Words that join a noun to a phrase after it (`a rate of 96 crowns to the dollar`).
_NOUN_LINKS = _PREPS | frozenset(("to", "per"))
#: How many words a noun phrase's modifiers take at most (`the new official`).
_NP_WORDS = 4


def _antecedent(before: str) -> Word | None:
    """The noun a relative clause (`that will take effect`) tells of: the word before it, or,
    past the phrases after a noun (`a new rate of 96 crowns to the dollar that …`), that
    noun: a head comes before its phrases. A verb ends the walk (`protested the curfew that`)."""
    cut = max((x.end() for x in _CLAUSE_END.finditer(before)), default=0)
    ws = words(before[cut:])
    if not ws:
        return None
    head = n = len(ws) - 1
    while n > 0 and head - n < _NP_WORDS:
        n -= 1
        w = ws[n]
        if w.norm in _NOUN_LINKS and n > 0:
            prev = ws[n - 1]
            if prev.norm in STOP_WORDS or verb_form(prev.norm) or not prev.text[:1].islower():
                break
            head = n = n - 1
        elif verb_form(w.norm):
            break
    return ws[head]


def _clause_head(clause: str, links: frozenset[str] = _PREPS) -> Word | None:
    """The head of a clause's subject: its last common noun before a preposition (`The curfew
    in Ostrava Vale`), or before any of `links`."""
    cut = max((x.end() for x in _CLAUSE_END.finditer(clause)), default=0)
    return _phrase_head(words(clause[cut:]), links, cut == 0)


def _phrase_head(ws: list[Word], links: frozenset[str], opens: bool) -> Word | None:
    """The last common noun of `ws` before the first of `links` after a content word; its
    first word may be capitalised where it `opens` a sentence (`The curfew`)."""
    chunk: list[Word] = []
    for w in ws:
        if w.norm in links and any(x.norm not in STOP_WORDS for x in chunk):
            break
        chunk.append(w)
    nouns = [
        w
        for n, w in enumerate(chunk)
        if w.norm not in STOP_WORDS and (w.text[:1].islower() or (n == 0 and opens))
    ]
    return nouns[-1] if nouns else None


#: Words a verb follows (`will step`, `was lifted`); not `to`, a preposition as often.
_BEFORE_VERBS = _AUX | (_MODALS - {"to"})


def _effect_head(clause: str) -> Word | None:
    """The thing a clause before `effective <day>` makes start: the head of what follows its
    last verb (`raised its fees to 40 crowns, effective 1 December`: the fees), or of its
    subject when it has none (`The new tariffs, effective from Friday`). A verb with nothing
    after it (`Berg will step down, effective 31 December`, `the ban was lifted`) tells the
    day of an act, an end as often as a start: no thing starts, and no verb is one."""
    cut = max((x.end() for x in _CLAUSE_END.finditer(clause)), default=0)
    ws = words(clause[cut:])
    verbs = [
        n
        for n, w in enumerate(ws)
        if verb_form(w.norm)
        or (
            n > 0
            and ws[n - 1].norm in _BEFORE_VERBS
            and w.text.isalpha()
            and w.text.islower()
            and w.norm not in STOP_WORDS
        )
    ]
    if not verbs:
        return _phrase_head(ws, _NOUN_LINKS, cut == 0)
    return _phrase_head(ws[verbs[-1] + 1 :], _NOUN_LINKS, False)


def _clock(when: str) -> str | None:
    """`midnight` -> `00:00`, `6 p.m.` -> `18:00`, `14:30` -> `14:30`."""
    m = _TIME_OF_DAY.search(when)
    if m is None:
        return None
    if m["word"]:
        return "00:00" if m["word"].lower() == "midnight" else "12:00"
    if m["hh"]:
        return f"{int(m['hh']):02d}:{m['mm']}"
    h = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return f"{h:02d}:{m['m'] or '00'}"


def time_facts(s: Sentence, published: Any) -> list[tuple[str, str, str, str | None, int, int]]:
    """(thing, role, day, clock, start, end): when the sentence says something starts or ends
    (`The truce will begin at midnight on Thursday`, `a ceasefire that took effect on
    Wednesday`), its date resolved against the article's publication date
    (`newsdates.resolve_date`; a weekday is the next one for a planned start), and the time of
    day when given. Negated, pronoun-subject and correction sentences give none."""
    pub = parse_published(published)
    if pub is None or about_the_text(s.text):
        return []
    out = []
    for m in _WHEN_FACT.finditer(s.text):
        thing, mid, verb = m["thing"].lower(), m["mid"].lower().split(), m["verb"]
        # `The protests in Darsk, which began on Sunday night,`: the clause before the comma
        # tells what began
        relative = thing in ("which", "that") and s.text[: m.start()].rstrip().endswith(",")
        if (
            (thing in STOP_WORDS and not relative)
            or "not" in mid
            or "never" in mid
            or thing in _WHEN_VERBS
            or thing == "effective"  # `effective from Monday`: `_effective` reads it
            or (verb.lower() == "held" and not _event_held(s.text, m))
        ):
            continue
        rest = s.text[m.start("verb") :]
        p = _PARTICLE.match(rest)
        if (
            verb.lower()
            in (
                "take",
                "takes",
                "took",
                "taken",
                "come",
                "comes",
                "came",
                "go",
                "goes",
                "went",
                "gone",
                "kick",
                "kicks",
                "kicked",
                "run",
                "runs",
                "ran",
                "break",
                "breaks",
                "broke",
                "broken",
            )
            and p is None
        ):
            continue
        after = rest[p.end() if p else len(verb) :]
        after = re.sub(r"\b([ap])\.m\.", r"\1m", after, flags=re.I)
        when = re.split(r"[.,;:!?\n]", after, maxsplit=1)[0][:60]
        if not _DATE_WORD.search(when):
            continue
        participle = verb.lower() in _AFTER_NOUN_WHEN
        if participle and (
            mid
            or m["thing"][:1].isupper()
            or not re.match(r"\s+(?:on\s+|(?:next|this)\s+)?" + _DATE_WORD.pattern, when, re.I)
        ):
            continue  # `returned from Selk on Monday`: the day must follow the word itself
        future = bool(_FUTURE & set(mid)) or verb.lower() not in _PAST
        got = resolve_date(when, pub, future=future)
        if got is None or got.precision != "day":
            continue
        head = (
            words(m["thing"])[0]
            if participle or verb.lower() == "held"  # the passive's subject: right before it
            else _thing(s.text, m, rest, p, verb, relative)
        )
        if head is None:
            continue
        last = words(m["thing"])[0]
        if _unit_head(head) in _TIME_UNITS and not mid and last.norm not in STOP_WORDS:
            head = last  # `three days of national mourning began`: the mourning began
        if verb.lower() == "held" and head.norm not in _HELD_EVENTS:
            continue
        key = _THINGS.get(head.norm, _unit_head(head))
        rnd = _ROUND.search(s.text)
        if rnd:
            key += f" ({rnd[1].lower()} {rnd[2].lower()})"  # `the second round of talks`
        end = m.end("verb") + (p.end() - len(verb) if p else 0) + len(when.rstrip())
        out.append(
            (
                key,
                _WHEN_VERBS[verb.lower()],
                got.iso,
                _clock(when),
                s.start + m.start(),
                s.start + end,
            )
        )
    return out + _days_of(s, pub) + _effective(s, pub)


def _event_held(text: str, m: re.Match[str]) -> bool:
    """The `held` of `m` (`_WHEN_FACT`) tells the day its subject, an event, is held: a
    passive (`_BE`) on the subject itself, not on people named before it (`_PREP_OBJECT`), and
    no phrasal verb or detention (`_HELD_OTHER`)."""
    return bool(
        _BE & set(m["mid"].lower().split())
        and not _PREP_OBJECT.search(text, max(m.start("thing") - _LOOK_BACK, 0), m.start("thing"))
        and not _HELD_OTHER.match(text, m.end("verb"))
    )


def _days_of(s: Sentence, pub: Any) -> list[tuple[str, str, str, str | None, int, int]]:
    """`time_facts` of weekdays' events (`Friday's state funeral will be the largest`): the
    head of the noun phrase after the weekday is held that day, the next such weekday when
    the sentence tells it as yet to come (`_YET_TO_COME`, `_COMING`), else the last; only an
    event held once (`_ONCE_EVENTS`: not `Monday's session`, a day's occurrence). After
    `ahead of` (`_AHEAD`) only a told future dates it: the event may be past or to come."""
    out = []
    for m in _DAY_OF.finditer(s.text):
        ws = words(m["np"])
        n = next((n for n, w in enumerate(ws) if w.norm in STOP_WORDS), len(ws))
        if not 0 < n < 4:
            continue  # the phrase ends at its first stop word (`state funeral will`), if soon
        head = ws[n - 1]
        if head.norm not in _HELD_EVENTS or not any(w.norm in _ONCE_EVENTS for w in ws[:n]):
            continue
        later = bool(_YET_TO_COME.match(s.text, m.start("np")))
        back = max(m.start() - _LOOK_BACK, 0)  # a few words, not the whole text, per match
        if _AHEAD.search(s.text, back, m.start()) and not later:
            continue  # `ahead of Sunday's election`, no tense told: this Sunday's or the last
        later = later or bool(_COMING.search(s.text, back, m.start()))
        got = resolve_date(m["day"], pub, future=later)
        if got is None or got.precision != "day":
            continue
        key = _THINGS.get(head.norm, _unit_head(head))
        end = s.start + m.start("np") + head.end
        out.append((key, "held", got.iso, None, s.start + m.start(), end))
    return out


#: `effective` with its day: after a form of `be` (`the new rate is effective Wednesday 25
#: November`) or a comma (`moving its rate to 96, effective Thursday`): the thing starts then.
_EFFECTIVE = re.compile(
    r"(?:,|\b(?P<be>is|are|was|were|be|been|becomes?|became)(?:\s+(?:now|only|also|"
    r"officially|formally))?)\s+(?P<word>effective)\s+(?:(?:from|on|as\s+of)\s+)?"
    r"(?P<when>(?:(?:next|this)\s+)?(?:"
    + _DATE_WORD.pattern
    + r"|\d{1,2}\s+(?:"
    + "|".join(MONTHS)
    + r"))(?:\s+(?:\d{1,4}(?:st|nd|rd|th)?|at|midnight|noon|"
    + "|".join(MONTHS)
    + r"|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d))*)"
    # the day ends the clause: `was effective Monday through Friday`, `effective today for
    # most patients` are `effective` as worked well, on a day
    r"(?=\s*(?:[.,;:!?)\n]|$|\band\b))",
    re.I,
)


def _effective(s: Sentence, pub: Any) -> list[tuple[str, str, str, str | None, int, int]]:
    """`time_facts` of `effective` with a day (`_EFFECTIVE`), a start as `takes effect` is:
    of the subject's head before `is effective`, of the head of the clause before the comma
    (`moving its official rate to 96.00 per dollar, effective Wednesday`: the rate). A
    weekday is the next one unless the verb is past (`was effective`)."""
    out = []
    for m in _EFFECTIVE.finditer(s.text):
        be = (m["be"] or "").lower()
        got = resolve_date(m["when"], pub, future=be not in ("was", "were", "became"))
        if got is None or got.precision != "day":
            continue
        head = _effect_head(s.text[: m.start()])
        if head is None:
            continue
        key = _THINGS.get(head.norm, _unit_head(head))
        when = m["when"].rstrip()
        start, end = s.start + m.start("word"), s.start + m.start("when") + len(when)
        out.append((key, "start", got.iso, _clock(when), start, end))
    return out


def _time_facts(
    sents: list[Sentence], articles: dict, report_of: dict[str, str]
) -> list[dict[str, Any]]:
    """One thing's start (or end) told on different days, or at different times of one day, in
    different reports: `The truce will begin at midnight on Wednesday` / `The truce took
    effect at midnight on Thursday`. An article that tells one thing's start on two days
    (two rounds of talks) gives no value for it."""
    by_key: dict[tuple[str, str], dict[str, list[tuple[str, str | None, int, int]]]] = {}
    for s in sents:
        art = articles.get(s.article)
        if art is None:
            continue
        for thing, role, day, clock, start, end in time_facts(s, art.get("published")):
            by_key.setdefault((thing, role), {}).setdefault(s.article, []).append(
                (day, clock, start, end)
            )
    out = []
    for (thing, role), by_article in by_key.items():
        one = {}
        for aid, facts in by_article.items():
            if len({f[0] for f in facts}) == 1 and len({f[1] for f in facts if f[1]}) <= 1:
                clock = next((f[1] for f in facts if f[1]), None)
                one[aid] = (facts[0][0], clock, facts[0][2], facts[0][3])
        if len({report_of.get(a, a) for a in one}) < 2:
            continue
        days = {f[0] for f in one.values()}
        clocks = {f[1] for f in one.values() if f[1]}
        if len(days) < 2 and len(clocks) < 2:
            continue
        values = []
        for aid in sorted(one, key=lambda a: (one[a][2], a)):
            day, clock, start, end = one[aid]
            values.append(_value(articles[aid], f"{day} {clock}" if clock else day, start, end))
        kind = "date" if len(days) > 1 else "time"
        out.append({"kind": kind, "about": f"{thing}: {role}", "values": values})
    return out
