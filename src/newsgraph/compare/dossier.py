"""Assemble the story dossier: coverage, timeline, quote ledger, claims, conflicts, contrasts
and sourcing, as one JSON-ready object (`docs/export.md`, "The dossier").

Every row carries the article id and the character span of its evidence in that article's
stored text, so a reader can check each item against the exact words.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph import __version__
from newsgraph.compare import claims as claims_mod
from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.conflicts import conflicts
from newsgraph.compare.contrasts import contrasts
from newsgraph.compare.notices import article_notices
from newsgraph.compare.quotes import group_quotes, reversed_pairs
from newsgraph.compare.sourcing import sources_cited
from newsgraph.compare.timeline import merge, rows
from newsgraph.extract.credits import (
    COPYRIGHT_HOLDER,
    CREDITS,
    DATELINE,
    SIGNOFF,
    credit_list,
)
from newsgraph.extract.genre import view_label

DOSSIER_VERSION = 1
#: Agencies everyone knows: credited wherever the byline names them (a boost; the patterns
#: below find any agency by where it is credited).
_AGENCY_CREDIT = re.compile(
    r"\b(AFP|AP|Reuters|TASS|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|Interfax|Bloomberg|UPI|PTI|ANI)\b"
)
#: The report's last words crediting an agency: `… on Monday. — AFP`, `(with Reuters)`.
_ENDING = re.compile(rf"[.!?\"”’)]\s*(?:[—–]|--?)\s*(?:(?i:with)\s+)?(?P<a>{CREDITS})\s*$")
#: A byline or copyright holder that is an agency by its name (`Lakeside Press Agency`,
#: `Agence France-Presse`, `Press Trust of India`, `Kyodo News Service`).
_AGENCY_NAME = re.compile(
    r"\b(?:agency|agence|agencia|agenzia|agentur|press association|press trust|news service|"
    r"wire service|presse|associated press|press agency)\b",
    re.I,
)
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|[a-z]{2,4})$")


def assemble(bundle: StoryBundle) -> dict[str, Any]:
    every = sorted(bundle.articles, key=lambda a: (a.get("published") or "9999", a["id"]))
    # An article in a language we do not analyse is only listed in the coverage (`_coverage`).
    arts = [a for a in every if a.get("status") != "not_analysed"]
    unread = [a for a in every if a.get("status") == "not_analysed"]
    by_id = {a["id"]: a for a in arts}
    report_of = {k: v for k, v in bundle.report_of().items() if k in by_id}
    published = {a["id"]: a.get("published") for a in arts}

    groups = group_quotes(bundle.quotes, report_of, published)
    clusters_ev = merge(bundle.events)
    timeline = rows(clusters_ev, by_id, report_of)
    event_cluster = {e: row["id"] for row in timeline for e in row["events"]}
    quote_group = {q: g["id"] for g in groups if len(g["members"]) > 1 for q in g["quotes"]}

    sents = claims_mod.split(arts, report_of, claims_mod.who_words(bundle.entities))
    claims_mod.attach(sents, bundle.quotes, bundle.events)
    clusters = claims_mod.align(sents, quote_group, event_cluster, reversed_pairs(groups))
    shared, unique = claims_mod.shared_and_unique(sents, clusters)

    # Sentences aligned as one claim: family terms in them name one thing (contrasts).
    sentence_rows = {
        (sents[i].article, sents[i].start): r for r, row in enumerate(clusters) for i in row
    }
    quotes_by_article: dict[str, list[dict[str, Any]]] = {}
    for q in bundle.quotes:
        quotes_by_article.setdefault(q["article"], []).append(q)
    entities = {e["id"]: e for e in bundle.entities}
    # A correction notice's `An earlier version of this article said …` cites no source.
    notices = {a["id"]: article_notices(a) for a in arts}
    spans = {aid: [n for n in found if n["start"] is not None] for aid, found in notices.items()}
    cited = [
        q
        for q in bundle.quotes
        if not any(n["start"] <= q["start"] and q["end"] <= n["end"] for n in spans[q["article"]])
    ]
    story = bundle.story
    dates = sorted(p for p in published.values() if p)
    return {
        "dossier_version": DOSSIER_VERSION,
        "generator": f"newsgraph {__version__}",
        "story": {
            "id": story["id"],
            "title": story.get("title"),
            "articles": len(arts),
            "reports": len(set(report_of.values())),
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
        },
        "articles": [_article(a, report_of, notices[a["id"]]) for a in arts],
        "coverage": _coverage(arts, report_of, story.get("wire_copies", []), notices, unread),
        "timeline": timeline,
        "quote_groups": groups,
        "shared": shared,
        "unique": {a["id"]: _marked(unique.get(a["id"], []), genre(a)) for a in arts},
        "conflicts": conflicts(sents, clusters, groups, bundle.events, by_id, report_of),
        "contrasts": contrasts(arts, quotes_by_article, report_of, sentence_rows),
        "sources_cited": sources_cited(arts, cited, entities),
    }


def agencies(article: dict[str, Any]) -> list[str]:
    """Agencies an article credits, found by where a credit stands: the cleaner's sign-off
    (`(AP, AFP)`), a dateline's parentheses, a sign-off or closing credit left in the text, a
    byline part that is an acronym credited there too or is named as an agency, a copyright
    holder named as an agency; and the well-known agencies anywhere in the byline. A full name
    whose initials are a credited acronym (`Lakeside Press Agency`, `LPA`) is shown once, as
    the acronym."""
    text = article.get("text") or ""
    found = list((article.get("metadata") or {}).get("agencies") or [])
    found += _AGENCY_CREDIT.findall(article.get("byline") or "")
    head = text[:600]
    tail = text[-300:]
    # `PORT CITY, March 6 (XNA) —`; a sign-off `ab/cd (XNA, ZPA)` or `(with Reuters)`.
    for m in DATELINE.finditer(head):
        found += credit_list(m.group("agency"))
    for m in SIGNOFF.finditer(tail):
        found += credit_list(m.group("credits"))
    for m in _ENDING.finditer(tail):
        # A name after a closing dash may be the writer's (`— Ann Lee`): an acronym, a known
        # agency or a name that says agency only.
        found += [
            c
            for c in credit_list(m.group("a"))
            if _ACRONYM.match(c) or _AGENCY_CREDIT.fullmatch(c) or _AGENCY_NAME.search(c)
        ]
    acronyms = {f for f in found if f.isupper()}
    for part in re.split(r"\s*(?:[,;|/]|\band\b|\bfor\b)\s*", article.get("byline") or ""):
        part = part.strip()
        if part in acronyms or (_AGENCY_NAME.search(part) and _is_name(part)):
            found.append(part)
    for m in COPYRIGHT_HOLDER.finditer(tail):
        holder = m.group("holder").strip()
        if _AGENCY_NAME.search(holder) and _is_name(holder):
            found.append(holder)
    found = [f for f in found if f]
    initials = {_initials(f): f for f in found if len(f.split()) > 1}
    return sorted(
        {f for f in found if f not in initials.values()}
        | {a for a, full in initials.items() if a in found}
        | {full for a, full in initials.items() if a not in found}
    )


_VIEW_WORD = (
    r"(?:opinions?|comment(?:\s+is\s+free)?|commentary|columns?|columnists?|op-?eds?|"
    r"editorials?|analysis|viewpoints?)"
)
#: A section, genre or category value that is such a label, whole (`Opinion`, `Columns`,
#: `Opinion > Columnists`), not a topic that starts with one (`Opinion polls`).
_VIEW_SECTION = re.compile(
    rf"^\s*(?P<g>{_VIEW_WORD})(?:\s*(?:[/>|,&:;-]|\band\b)\s*{_VIEW_WORD})*\s*$", re.I
)
#: A URL path folder that says so (`/opinion/2026/...`, `/commentisfree/`); `analysis` only
#: as the site's section (after an edition or date folder), not a desk's sub-folder of news.
_VIEW_PATH = re.compile(
    r"^https?://[^/]+(?:(?:/[^/]+)*?/(?P<g>opinions?|comment|commentisfree|columns?|op-?eds?|"
    r"editorials?)/|(?:/(?:\d+|[a-z]{2}(?:-[a-z]{2})?))*/(?P<a>analysis)/)",
    re.I,
)
_META_KEYS = ("section", "genre", "category", "categories", "type", "kicker", "department")


def _view_value(key: str, value: str) -> str | None:
    """The view label a metadata value is, if any: a `department` of `Editorial` is the
    newsroom's staff (every news report's), not the editorial page."""
    m = _VIEW_SECTION.match(value)
    if m is None or (key == "department" and m["g"].lower() == "editorial"):
        return None
    return m["g"].lower()


def genre(article: dict[str, Any]) -> str | None:
    """`opinion` or `analysis` where the piece says it is the author's view (its headline's
    label, its section, genre or category in the metadata, its URL's folder), else None: a
    column's sentences are its author's arguments, not claims of fact another report lacks."""
    meta = article.get("metadata") or {}
    label = view_label(article.get("title"))
    got = [label] if label else []
    for key in _META_KEYS:
        values = meta.get(key)
        for v in values if isinstance(values, list) else [values]:
            if isinstance(v, str) and (g := _view_value(key, v)):
                got.append(g)
    path = _VIEW_PATH.match(article.get("url") or "")
    if path:
        got.append((path["g"] or path["a"]).lower())
    if not got:
        return None
    return "analysis" if all(g == "analysis" for g in got) else "opinion"


def _marked(claims: list[dict[str, Any]], kind: str | None) -> list[dict[str, Any]]:
    """The claims of a view piece carry `opinion: true` (listed apart, not as facts)."""
    return [{**c, "opinion": True} for c in claims] if kind else claims


def _is_name(part: str) -> bool:
    """A name as printed: short, every word but small ones capitalised."""
    ws = part.split()
    small = {"of", "the", "de", "la", "du", "des", "and", "for"}
    return 0 < len(ws) <= 5 and all(w[:1].isupper() or w.lower() in small for w in ws)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _article(
    a: dict[str, Any], report_of: dict[str, str], notices: list[dict[str, Any]]
) -> dict[str, Any]:
    head = report_of[a["id"]]
    return {
        "id": a["id"],
        "outlet": a.get("outlet"),
        "title": a.get("title"),
        "byline": a.get("byline"),
        "agencies": agencies(a),
        "published": a.get("published"),
        "url": a.get("url"),
        "report": head,
        "wire_copy_of": None if head == a["id"] else head,
        "genre": genre(a),
        "corrections": notices,
        "text": a["text"],
    }


def _outlet(a: dict[str, Any]) -> str:
    return a.get("outlet") or "(unknown outlet)"


def _outlet_row(name: str) -> dict[str, Any]:
    return {"outlet": name, "articles": [], "bylines": [], "agencies": [], "published": []}


def _coverage(
    arts: list[dict[str, Any]],
    report_of: dict[str, str],
    wire: list[list[str]],
    notices: dict[str, list[dict[str, Any]]],
    unread: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Outlets and their reports. `unread`: the story's articles in a language we do not
    analyse: each is listed under its outlet as `not analysed (pt)` and used for nothing else."""
    outlets: dict[str, dict[str, Any]] = {}
    corrected: list[dict[str, Any]] = []
    for a in sorted(
        [*arts, *(unread or [])], key=lambda a: (a.get("published") or "9999", a["id"])
    ):
        name = _outlet(a)
        rec = outlets.setdefault(name, _outlet_row(name))
        if a.get("status") == "not_analysed":
            rec.setdefault("not_analysed", []).append(
                {"article": a["id"], "note": f"not analysed ({a.get('language') or '?'})"}
            )
            continue
        rec["articles"].append(a["id"])
        if a.get("byline") and a["byline"] not in rec["bylines"]:
            rec["bylines"].append(a["byline"])
        rec["agencies"] = sorted(set(rec["agencies"]) | set(agencies(a)))
        if a.get("published"):
            rec["published"].append(a["published"])
        corrected += [
            {"article": a["id"], "outlet": a.get("outlet"), **n} for n in notices[a["id"]]
        ]
    wire_groups: dict[str, list[str]] = {}
    for aid, head in report_of.items():
        wire_groups.setdefault(head, []).append(aid)
    return {
        "outlets": list(outlets.values()),
        "reports": len(wire_groups),
        "wire_groups": sorted(
            [sorted(g, key=lambda x: (x != h, x)) for h, g in wire_groups.items() if len(g) > 1]
        ),
        "wire_copies": wire,
        "corrections": corrected,
    }
