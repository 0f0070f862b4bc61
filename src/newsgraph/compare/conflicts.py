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
from newsgraph.compare.contrasts import family_keys as _family_keys
from newsgraph.compare.text import (
    Idf,
    Word,
    normalise,
    number_value,
    stem,
    weighted_overlap,
    words,
)

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
    text, base = s.text, s.start
    ws = _compound_numbers(words(s.text, s.start), text, base)
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
        if run[0] is not ws[i + 1] and run[-1].text[:1].isupper():
            continue  # `district 9 of Ilvane`: a name is not what a number counts
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


#: Nouns for the people of a workforce or an organisation. A count of one is a count of
#: another said of the same thing (`6,500 dockworkers` / `5,000 of its members` / `4,000
#: members of the union`), and so is a count of a compound of one (`dockworkers`, `steelworkers`)
#: or of its agent form (`dockers`, where the story also says `dockworkers`); two different
#: trades (`nurses` / `doctors`, `dockworkers` / `steelworkers`) are not one group.
WORKFORCE = frozenset(
    "worker member employee staff staffer striker labourer laborer workman workmen "
    "personnel unionist".split()
)


def _stem_head(word: str) -> str:
    s = stem(normalise(word))
    return s[:-1] if s.endswith("s") and len(s) > 3 and not s.endswith("ss") else s


_WORKFORCE_HEADS = frozenset(_stem_head(w) for w in WORKFORCE)


def _workforce(head: str) -> bool:
    """A workforce noun or a compound of one (`member`, `dockworker`)."""
    return head in _WORKFORCE_HEADS or any(head.endswith(g) for g in _WORKFORCE_HEADS)


def _same_head(a: str, b: str) -> bool:
    """One counted noun: equal, a compound of the other (`dockworker` / `worker`), or a
    workforce noun and another or a compound of one (`member` / `dockworker`)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short in _MEASURES and not long.endswith(" " + short):  # a unit takes no prefix:
        return long == short  # a kilometer is no meter (a nautical mile is a mile)
    if _workforce(a) and _workforce(b) and (a in _WORKFORCE_HEADS or b in _WORKFORCE_HEADS):
        return True
    return len(short) >= 5 and long.endswith(short)


def _head_key(head: str) -> str:
    """Heads that `_same_head` can join share their last five letters (workforce nouns one
    key): the bucket that keeps the comparison within one counted noun."""
    return "workforce" if _workforce(head) else head[-5:]


def _agent_forms(heads: set[str]) -> dict[str, str]:
    """`docker` -> `dockworker` where the story says both: an agent noun in `-er` is the
    compound of `worker` on its stem."""
    return {h: h[:-2] + "worker" for h in heads if h.endswith("er") and h[:-2] + "worker" in heads}


def _context(s: Sentence, fact: tuple[float, str, int, int]) -> list[str]:
    """The sentence's content keys besides the number and its noun: what the number is about
    must be shared, not merely the noun counted (`troops stationed` / `troops pulled back`)."""
    own = words(s.text[fact[2] - s.start : fact[3] - s.start])
    drop = {own[-1].stem, own[-1].norm} if own else set()
    return [k for k in s.keys if k not in drop and number_value(k) is None]


@dataclass(slots=True)
class _Group:
    """Facts of one measured thing, at most one per article, all pairwise comparable. Facts
    with one (noun, context) are compared once: `units` maps each such unit to its facts (by
    article)."""

    units: dict[tuple[str, frozenset[str]], dict[str, int]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)


def _numbers(sents: list[Sentence], articles: dict) -> list[dict[str, Any]]:
    """Numbers of the same measured thing that differ between articles: the same counted noun
    (or unit) in sentences that share content besides it. Wire copies count too: a copy whose
    number an editor changed disagrees with its original. Facts that are all pairwise
    comparable form one conflict listing each article's value.

    Near-linear: facts are compared as units of one noun and one context (many alike
    sentences are one unit), each against the groups formed so far that share a context word
    with the group's first unit, not against every other fact."""
    facts = [(s, f) for s in sents for f in number_facts(s)]
    agent = _agent_forms({f[1] for _, f in facts})
    facts = [(s, (f[0], agent.get(f[1], f[1]), *f[2:])) for s, f in facts]
    # Terms of one lexicon family (`walked off the job` / `stoppage`) are one context word.
    families = {id(s): _family_keys(s.text) for s in sents}
    idf = Idf([s.keys + families[id(s)] for s in sents])
    unit_of = [(f[1], frozenset(_context(s, f) + families[id(s)])) for s, f in facts]
    memo: dict[tuple[Any, Any], bool] = {}

    def close(u: tuple[str, frozenset[str]], v: tuple[str, frozenset[str]]) -> bool:
        key = (u, v) if id(u) <= id(v) else (v, u)
        got = memo.get(key)
        if got is None:
            # Two nouns for one group: each noun is context the other sentence may share
            # (`6,500 dockworkers` / `the Dockworkers' Union said 5,000 of its members`).
            a, b = (list(u[1]), list(v[1])) if u[0] == v[0] else ([*u[1], u[0]], [*v[1], v[0]])
            got = memo[key] = (
                _same_head(u[0], v[0]) and weighted_overlap(a, b, idf) >= MIN_NUMBER_CONTEXT
            )
        return got

    units: dict[tuple[str, frozenset[str]], tuple[str, frozenset[str]]] = {}
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
            article = facts[x][0].article
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
                if len({facts[y][1][0] for y in g_members}) > 1:
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
            sx, fx = facts[x]
            for gi in sorted({g for k in ux[1] for g in by_key.get(k, [])} - {home_of[x]}):
                key = (min(gi, home_of[x]), max(gi, home_of[x]))
                if key in pairs or gi in multi.get(sx.article, ()):
                    continue  # (a group with differing values compares all its articles)
                for u, by_article in groups[gi].units.items():
                    if sx.article not in compared:
                        compared[sx.article] = {sx.article}.union(
                            *(groups[g].articles for g in multi.get(sx.article, []))
                        )
                    rest = by_article.keys() - compared[sx.article]
                    if not rest or not close(ux, u):
                        continue
                    # The unit's first fact of each value, else any fact of an article left.
                    y = next(
                        (
                            y
                            for v, y in first[gi, id(u)].items()
                            if v != fx[0] and facts[y][0].article in rest
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
                                if facts[by_article[a]][1][0] != fx[0]
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
