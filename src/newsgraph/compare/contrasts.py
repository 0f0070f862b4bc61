"""Wording contrasts: the terms each outlet chooses for the same thing, side by side.

Families of contested terms (`invasion` / `war` / `conflict` / `military offensive`) are data
(`data/contrasts.tsv`). A term counts for an outlet only in the outlet's own voice (outside
quotation marks) and only about a target: the country or name it is tied to (`invasion of
Ukraine`, `Ukraine war`, `conflict in Ukraine` all target Ukraine). A family is shown when two
reports of the story use different terms about the same target. No verdict is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.compare.text import concept

_DATA = Path(__file__).with_name("data") / "contrasts.tsv"
_LINK = frozenset("of in on against into over across to for with near by".split())
_CAP = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    label: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    out = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fid, label, terms = line.split("\t")
        alts = sorted(terms.split("|"), key=len, reverse=True)  # longest term wins
        parts = [re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t) for t in alts]
        pattern = re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)
        out.append(Family(fid, label, pattern))
    return tuple(out)


def quoted_spans(text: str, quotes: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Spans in a speaker's voice: direct quotes, and quoted fragments of mixed quotes."""
    spans = []
    for q in quotes:
        if q["kind"] == "direct":
            spans.append((q["start"], q["end"]))
        elif q["kind"] == "mixed":
            for m in re.finditer(r"[\"“«„]([^\"“”«»„]+)[\"”»]", text[q["start"] : q["end"]]):
                spans.append((q["start"] + m.start(), q["start"] + m.end()))
    return spans


def target(text: str, start: int, end: int) -> str | None:
    """What a term is about: a name right after `of/in/against…`, or right before it."""
    after = text[end : end + 60]
    m = re.match(r"\s+(\w+)\s+(?:the\s+)?(" + _CAP.pattern + ")", after)
    if m and m.group(1).lower() in _LINK:
        return _key(m.group(2))
    before = text[max(0, start - 40) : start]
    m = re.search(r"(" + _CAP.pattern + r")(?:'s|’s)?\s+$", before)
    if m:
        key = _key(m.group(1))
        # A capitalised first word of a sentence is a name only if it names a country.
        if key.startswith("country:") or not _sentence_start(text, start - len(before) + m.start()):
            return key
    return None


def _sentence_start(text: str, pos: int) -> bool:
    head = text[:pos].rstrip()
    return not head or head[-1] in '.!?\n"“'


def _key(name: str) -> str:
    words = name.split()
    for w in (name, words[-1], words[0]):  # `Russian` in `Russian Federation`
        c = concept(w)
        if c:
            return c
    return name.lower()


def find_terms(
    article: dict[str, Any], quotes: list[dict[str, Any]]
) -> list[tuple[str, str | None, dict[str, Any]]]:
    """(family id, target or None, {text, start, end}) for each family term in the outlet's
    voice."""
    text = article["text"]
    inside = quoted_spans(text, quotes)
    out = []
    for fam in families():
        for m in fam.pattern.finditer(text):
            if any(s <= m.start() < e for s, e in inside):
                continue
            tgt = target(text, m.start(), m.end())
            out.append((fam.id, tgt, {"text": m.group(), "start": m.start(), "end": m.end()}))
    return out


def contrasts(
    articles: list[dict[str, Any]],
    quotes_by_article: dict[str, list[dict[str, Any]]],
    report_of: dict[str, str],
) -> list[dict[str, Any]]:
    labels = {f.id: f.label for f in families()}
    uses: dict[tuple[str, str | None], dict[str, list[dict[str, Any]]]] = {}
    for art in articles:
        for fid, tgt, span in find_terms(art, quotes_by_article.get(art["id"], [])):
            uses.setdefault((fid, tgt), {}).setdefault(art["id"], []).append(span)
    outlet = {a["id"]: a.get("outlet") for a in articles}
    out = []
    for (fid, tgt), by_article in sorted(uses.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        by_report: dict[str, set[str]] = {}
        for aid, spans in by_article.items():
            # `routine patrol` and `patrol` are one choice: compare the terms' head words.
            by_report.setdefault(report_of.get(aid, aid), set()).update(
                s["text"].lower().split()[-1] for s in spans
            )
        if len(by_report) < 2 or len({frozenset(v) for v in by_report.values()}) < 2:
            continue
        if tgt is None and set.intersection(*by_report.values()):
            continue  # untied terms only contrast when the reports share none of them
        out.append(
            {
                "concept": fid,
                "label": labels[fid],
                "target": tgt,
                "articles": [
                    {
                        "article": aid,
                        "outlet": outlet.get(aid),
                        "terms": sorted({s["text"].lower() for s in spans}),
                        "spans": spans,
                    }
                    for aid, spans in sorted(by_article.items())
                ],
            }
        )
    return out
