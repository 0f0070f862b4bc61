"""Conflicts: the same event, fact or statement reported with different values.

Four kinds, each with every side's value and span, none resolved:
- `attribution`: one utterance (a quote group) credited to different speakers;
- `date` / `place`: one event told in aligned sentences of two reports with different dates or
  places (two meetings of the same leaders on two days are two events, not a conflict, so
  events are only compared where the sentences telling them align);
- `number`: aligned or closely related sentences of two reports giving different numbers for
  the same unit (`nine nautical miles` / `13 nautical miles`).
"""

from __future__ import annotations

import re
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
    # Dates each report gives events of a type: a report telling both dates (met on Thursday,
    # meets again on Friday) describes two events, not a disagreement.
    told: dict[tuple[str, str], set[str]] = {}
    for e in events:
        told.setdefault((report_of.get(e["article"], e["article"]), e["type"]), set()).add(
            e["date"]
        )
    out = []
    # Events told in aligned sentences of different reports.
    for members in clusters:
        evs = [by_id[e] for i in members for e in sents[i].events if e in by_id]
        out += _compare_events(evs, articles, report_of, told)
    return out


def _compare_events(
    evs: list[dict[str, Any]],
    articles: dict,
    report_of: dict[str, str],
    told: dict[tuple[str, str], set[str]],
) -> list[dict[str, Any]]:
    # Dates each report gives events of a type: a report telling both dates (met on Thursday,
    # meets again on Friday) describes two events, not a disagreement.
    told: dict[tuple[str, str], set[str]] = {}
    for e in evs:
        told.setdefault((report_of.get(e["article"], e["article"]), e["type"]), set()).add(
            e["date"]
        )
    out = []
    for n, a in enumerate(evs):
        for b in evs[n + 1 :]:
            ra = report_of.get(a["article"], a["article"])
            rb = report_of.get(b["article"], b["article"])
            if a["type"] != b["type"] or ra == rb:
                continue
            if b["date"] in told[(ra, a["type"])] or a["date"] in told[(rb, b["type"])]:
                continue
            pa = {p.get("entity") or p.get("name") for p in a["actors"] + a["targets"]}
            pb = {p.get("entity") or p.get("name") for p in b["actors"] + b["targets"]}
            shared = pa & pb
            if len(shared) < 2 and not any(str(p).startswith("person:") for p in shared):
                continue  # one shared organisation or country is not one event
            if _after_publication(a, b, articles) or _after_publication(b, a, articles):
                continue
            about = f"{a['type']}: " + ", ".join(sorted(str(p) for p in shared))
            da, db = a["date"], b["date"]
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


def _after_publication(a: dict[str, Any], b: dict[str, Any], articles: dict) -> bool:
    """`a` is dated after `b`'s article was published: `b` could not have reported it."""
    published = (articles[b["article"]].get("published") or "")[:10]
    return bool(a["date"] and published and a["date"][:10] > published)


def _same_place(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a or re.sub(r"\W", "", a) == re.sub(r"\W", "", b)


def _ev(e: dict[str, Any], value: str, articles: dict) -> dict[str, Any]:
    return _value(articles[e["article"]], value, e["start"], e["end"])
