"""Conflicts: the same event, fact or statement reported with different values.

Four kinds, each with every side's value and span, none resolved:
- `attribution`: one utterance (a quote group) credited to different speakers;
- `date` / `place`: one event told in aligned sentences of two reports with different dates or
  places. Two mentions are only compared when they can be one occurrence: two meetings of the
  same leaders on two days are two events, not a conflict, so a date pair that one report tells
  both of, or a pair where exactly one mention tells its event as a repeat (`met again on
  Friday, a day after their first talks`), is not one (nor are its places compared);
- `number`: related sentences of two articles (wire copies included) giving different numbers
  for the same counted noun or unit (`nine nautical miles` / `13 nautical miles`, `met for six
  hours` / `lasted nine hours`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.compare.claims import Sentence
from newsgraph.compare.text import Idf, Word, number_value, weighted_overlap, words

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


def _unit_head(w: Word) -> str:
    """The key a counted noun is compared by: its stem, plural `-s` off (`miles`, `hours`)."""
    s = w.stem
    return s[:-1] if s.endswith("s") and len(s) > 3 and not s.endswith("ss") else s


def _plural(w: Word) -> bool:
    return w.norm.endswith("s") and not w.norm.endswith(("ss", "us", "is")) and len(w.norm) > 3


def number_facts(s: Sentence) -> list[tuple[float, str, int, int]]:
    """(value, head, start, end): a number and the noun it counts or measures (`6,500
    dockworkers`, `nine hours`, `2,000 Ilvanian troops`: the last of at most two words after
    the number, ending at a unit, a plural noun, a verb-like `-ed` word, a stop word or
    punctuation)."""
    ws = words(s.text, s.start)
    text, base = s.text, s.start
    out = []
    for i, w in enumerate(ws):
        value = number_value(w.text)
        if value is None:
            continue
        prev = ws[i - 1].norm if i else ""
        if prev in _MONTHS or (1900 <= value <= 2100 and w.text.isdigit()):
            continue  # a date or a year, compared as dates elsewhere
        run: list[Word] = []
        last = w
        for nxt in ws[i + 1 : i + 4]:
            gap = text[last.end - base : nxt.start - base]
            if number_value(nxt.text) is not None or nxt.norm in _MONTHS:
                break
            if nxt.norm in _SCALE and not run:
                value *= _SCALE[nxt.norm]  # `3 million crowns`
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
        if not run or (w.norm == "one" and run[0] is not ws[i + 1]):
            continue  # `one of the…` is a pronoun, not a count
        head = run[-1]
        key = _unit_head(head)
        after = ws[i + len(run) + 1] if i + len(run) + 1 < len(ws) else None
        # `a 12-mile limit` measures the limit: only another `N-mile limit` is comparable.
        if (
            after is not None
            and text[w.end - base : run[0].start - base] == "-"
            and not text[head.end - base : after.start - base].strip()
        ):
            key = f"{key} {_unit_head(after)}"
        out.append((value, key, w.start, head.end))
    return out


#: Words between a number and what it counts (`5,000 of its members`).
_SKIP = frozenset("of its their his her the our more than".split())
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


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
    out += _numbers(sents, articles)
    out += _event_values(sents, clusters, events, articles, report_of)
    seen, unique = set(), []
    for c in out:
        key = (c["kind"], c["about"], tuple(sorted(v["value"] for v in c["values"])))
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


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
    out = []
    for g in groups:
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


def _same_head(a: str, b: str) -> bool:
    """One counted noun: equal, or a compound of the other (`dockworker` / `worker`)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short in _MEASURES and not long.endswith(" " + short):  # a unit takes no prefix:
        return long == short  # a kilometer is no meter (a nautical mile is a mile)
    return len(short) >= 5 and long.endswith(short)


def _head_key(head: str) -> str:
    """Heads that `_same_head` can join share their last five letters: the bucket that keeps
    the comparison within one counted noun instead of all pairs of numbers."""
    return head[-5:]


def _context(s: Sentence, fact: tuple[float, str, int, int]) -> list[str]:
    """The sentence's content keys besides the number and its noun: what the number is about
    must be shared, not merely the noun counted (`troops stationed` / `troops pulled back`)."""
    own = words(s.text[fact[2] - s.start : fact[3] - s.start])
    drop = {own[-1].stem, own[-1].norm} if own else set()
    return [k for k in s.keys if k not in drop and number_value(k) is None]


def _numbers(sents: list[Sentence], articles: dict) -> list[dict[str, Any]]:
    """Numbers of the same measured thing that differ between articles: the same counted noun
    (or unit) in sentences that share content besides it. Wire copies count too: a copy whose
    number an editor changed disagrees with its original. Facts that are all pairwise
    comparable form one conflict listing each article's value."""
    facts = [(s, f) for s in sents for f in number_facts(s)]
    ctx = [_context(s, f) for s, f in facts]
    idf = Idf([s.keys for s in sents])
    close: set[tuple[int, int]] = set()
    buckets: dict[str, list[int]] = {}
    for n, (_, f) in enumerate(facts):
        buckets.setdefault(_head_key(f[1]), []).append(n)
    for members in buckets.values():
        for i, n in enumerate(members):
            sa, fa = facts[n]
            for m in members[i + 1 :]:
                sb, fb = facts[m]
                if sa.article == sb.article or not _same_head(fa[1], fb[1]):
                    continue
                if weighted_overlap(ctx[n], ctx[m], idf) >= MIN_NUMBER_CONTEXT:
                    close.add((n, m))
    # Complete linkage: a fact joins a group only when comparable with every member, so a
    # chain of loosely related sentences does not weld different counts into one.
    groups: list[list[int]] = []
    for n, m in sorted(close):
        for x in (n, m):
            if any(x in g for g in groups):
                continue
            for g in groups:
                arts = {facts[y][0].article for y in g}
                if facts[x][0].article not in arts and all(
                    (min(x, y), max(x, y)) in close for y in g
                ):
                    g.append(x)
                    break
            else:
                groups.append([x])
    grouped = [g for g in groups if len(g) > 1]
    covered = {(min(x, y), max(x, y)) for g in grouped for x in g for y in g if x != y}
    # What no group covers comes out as pairs, one per two articles and counted noun: many
    # sentences alike in two reports would otherwise give every pair of their numbers.
    seen: set[tuple[str, str, str]] = {
        (facts[x][0].article, facts[y][0].article, _head_key(facts[x][1][1]))
        for g in grouped
        if len({facts[x][1][0] for x in g}) > 1
        for x in g
        for y in g
    }
    for n, m in sorted(close - covered):
        key = (facts[n][0].article, facts[m][0].article, _head_key(facts[n][1][1]))
        if key not in seen and len({facts[n][1][0], facts[m][1][0]}) > 1:
            seen.add(key)
            grouped.append([n, m])
    out = []
    for g in grouped:
        if len({facts[x][1][0] for x in g}) < 2:
            continue
        values = []
        for x in sorted(g):
            s, f = facts[x]
            values.append(_value(articles[s.article], _fmt(f[0]), f[2], f[3]))
        about = min((facts[x][1][1] for x in g), key=len)
        out.append({"kind": "number", "about": about, "values": values})
    return out


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
