"""Sourcing: whom each report cites, by kind of source, and how often.

A source is a quote's speaker or the channel that relayed it (`TASS reported`). The kind comes
from what the articles say about the source (its roles and the words naming it) and from short
lists of agencies and state media below; a source nothing classifies is `other`, a quote with no
named speaker `unnamed`. These are reading aids, not judgements.
"""

from __future__ import annotations

import re
from typing import Any

KINDS = ("official", "state media", "agency", "media", "expert", "other", "unnamed")

_PRONOUNS = frozenset("he she they it we i you his her their its".split())
_STATE = re.compile(
    r"\bstate(?:[- ]run|[- ]owned|[- ]controlled)?\s+(?:media|news|broadcaster|television|tv|"
    r"radio|agency|newspaper|outlet)",
    re.I,
)
_STATE_OUTLETS = frozenset(
    "tass|xinhua|cctv|cgtn|ria novosti|ria|belta|kcna|irna|global times|people's daily|rt|"
    "sputnik|anadolu|sana|wafa|vna|press tv|tasnim|fars|yonhap".split("|")
)
_AGENCIES = frozenset(
    "afp|agence france-presse|ap|associated press|the associated press|reuters|dpa|efe|ansa|"
    "kyodo|bloomberg|upi|pti|ani|bernama|interfax|ukrinform|aap|jiji".split("|")
)
_MEDIA = re.compile(
    r"\b(?:newspaper|magazine|broadcaster|channel|television|radio|news site|website|daily|"
    r"times|post|journal|news|media|reports?|press)\b",
    re.I,
)
_EXPERT = re.compile(
    r"\b(?:analyst|expert|professor|fellow|researcher|scholar|economist|historian|lecturer|"
    r"specialist|consultant|think tank|institute|university|academic|director of)\b",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(?:president|minister|ministry|spokes(?:man|woman|person)|adviser|advisor|ambassador|"
    r"official|secretary|chancellor|king|queen|prime|governor|mayor|senator|lawmaker|general|"
    r"admiral|commander|leader|diplomat|envoy|premier|government|kremlin|white house|"
    r"department|embassy|presidency|parliament|army|navy|military|police|defen[cs]e|"
    r"foreign office|cabinet|council|commission|authorities)\b",
    re.I,
)


def kind_of(name: str | None, words: str, entity: dict[str, Any] | None) -> str:
    """The kind of a source from its name, the words naming it and its entity record."""
    if not name and (not words or words.lower().strip() in _PRONOUNS):
        return "unnamed"
    low = (name or words).lower().strip()
    said = " ".join([name or "", words, *((entity or {}).get("roles") or [])])
    if _STATE.search(said) or low in _STATE_OUTLETS:
        return "state media"
    if low in _AGENCIES:
        return "agency"
    etype = (entity or {}).get("type")
    if etype == "GPE" or (entity or {}).get("id", "").startswith("country:"):
        return "official"  # a capital or country speaking stands for its government
    if _EXPERT.search(said):
        return "expert"
    if _OFFICIAL.search(said):
        return "official"
    if _MEDIA.search(said):
        return "media"
    return "other"


def sources_cited(
    articles: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    entities: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Per article: each source with its kind, how many quotes cite it and which."""
    per: dict[str, dict[tuple[str, str], dict[str, Any]]] = {a["id"]: {} for a in articles}
    for q in quotes:
        sp = q.get("speaker") or {}
        mention = (sp.get("mention") or {}).get("text") or ""
        name = sp.get("name")
        entity = entities.get(sp.get("entity") or "")
        kind = kind_of(name, mention, entity)
        _count(per[q["article"]], name or (mention or None), sp.get("entity"), kind, q["id"])
        if q.get("via"):
            via_kind = kind_of(q["via"], q["via"], None)
            if via_kind in ("other", "official"):
                via_kind = "media"
            _count(per[q["article"]], q["via"], None, via_kind, q["id"], relayed=True)
    out = []
    for art in articles:
        sources = sorted(per[art["id"]].values(), key=lambda s: (-s["count"], s["name"] or ""))
        by_kind: dict[str, int] = {}
        for s in sources:
            by_kind[s["kind"]] = by_kind.get(s["kind"], 0) + s["count"]
        out.append(
            {
                "article": art["id"],
                "outlet": art.get("outlet"),
                "sources": sources,
                "by_kind": {k: by_kind[k] for k in KINDS if k in by_kind},
            }
        )
    return out


def _count(
    table: dict[tuple[str, str], dict[str, Any]],
    name: str | None,
    entity: str | None,
    kind: str,
    quote_id: str,
    *,
    relayed: bool = False,
) -> None:
    key = (entity or (name or "").lower(), "relay" if relayed else "speaker")
    rec = table.setdefault(
        key,
        {"name": name, "entity": entity, "kind": kind, "role": key[1], "count": 0, "quotes": []},
    )
    rec["count"] += 1
    rec["quotes"].append(quote_id)
