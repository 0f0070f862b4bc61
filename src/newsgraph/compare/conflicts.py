"""Conflicts: the same event, fact or statement reported with different values.

Four kinds, each with every side's value and span, none resolved:
- `attribution`: one utterance (a quote group) credited to different speakers;
- `date` / `place`: one event told in aligned sentences of two reports with different dates or
  places. Two mentions are only compared when they can be one occurrence: two meetings of the
  same leaders on two days are two events, not a conflict, so a date pair that one report tells
  both of, or a pair where exactly one mention tells its event as a repeat (`met again on
  Friday, a day after their first talks`), is not one (nor are its places compared);
- `number`: aligned or closely related sentences of two reports giving different numbers for
  the same unit (`nine nautical miles` / `13 nautical miles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.compare.claims import Sentence
from newsgraph.compare.text import Idf, number_value, weighted_overlap, words

#: Number facts of two sentences are compared when the sentences share this much content.
MIN_NUMBER_CONTEXT = 0.25
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def number_facts(s: Sentence) -> list[tuple[float, str, int, int]]:
    """(value, unit, start, end): a number and the one or two content words after it."""
    ws = words(s.text, s.start)
    out = []
    for i, w in enumerate(ws):
        value = number_value(w.text)
        if value is None:
            continue
        prev = ws[i - 1].norm if i else ""
        if prev in _MONTHS or (1900 <= value <= 2100 and w.text.isdigit()):
            continue  # a date or a year, compared as dates elsewhere
        unit = []
        for nxt in ws[i + 1 : i + 4]:
            if number_value(nxt.text) is not None or nxt.norm in _MONTHS:
                break
            if nxt.norm in STOP_WORDS:
                if unit:
                    break
                continue
            unit.append(nxt.stem)
            if len(unit) == 2:
                break
        if unit:
            end = ws[min(i + len(unit), len(ws) - 1)].end
            out.append((value, " ".join(unit), w.start, end))
    return out


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


def _numbers(sents: list[Sentence], articles: dict) -> list[dict[str, Any]]:
    idf = Idf([s.keys for s in sents])
    facts = [(s, f) for s in sents for f in number_facts(s)]
    by_unit: dict[str, list[tuple[Sentence, tuple]]] = {}
    for s, f in facts:
        by_unit.setdefault(f[1], []).append((s, f))
    out = []
    for unit, items in sorted(by_unit.items()):
        for n, (sa, fa) in enumerate(items):
            for sb, fb in items[n + 1 :]:
                if sa.report == sb.report or fa[0] == fb[0]:
                    continue
                if weighted_overlap(sa.keys, sb.keys, idf) < MIN_NUMBER_CONTEXT:
                    continue
                out.append(
                    {
                        "kind": "number",
                        "about": unit,
                        "values": [
                            _value(articles[sa.article], _fmt(fa[0]), fa[2], fa[3]),
                            _value(articles[sb.article], _fmt(fb[0]), fb[2], fb[3]),
                        ],
                    }
                )
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
