"""Sourcing: whom each report cites, by kind of source, and how often.

A source is a quote's speaker or the channel that relayed it (`TASS reported`). The kind comes
from what the articles say about the source (its roles and the words naming it), from the
outlet table's wire agencies (`extract/outlets.tsv`) and from a short list of state media below;
a source nothing classifies is `other`, a quote with no named speaker `unnamed`. Officials hold
an office of the state or of a body of states (a commissioner, the UN) or speak for one of
them; leaders of parties, the opposition, unions, charities, relief and rescue teams and other
groups of civil society are `other`, and so are the commanders and leaders of armed groups
outside the state (rebels, militants, a front, a militia).
These are reading aids, not judgements.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.extract.outlets import is_agency

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
#: A wire named as such, known to the outlet table or not: `the Brisa News Agency`.
_WIRE = re.compile(r"\b(?:news|press|wire) agency\b|\bwire service\b", re.I)
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
#: Offices of the state whatever qualifies them: a minister is an official, of whichever party.
_STATE_OFFICE = re.compile(
    r"(?<![\w-])(?:(?:prime |deputy |foreign |interior |defen[cs]e )?"
    r"minist(?:er|ers|ry|ries|erial)|"
    r"chancellor|king|queen|monarch|governor|mayor|senators?|lawmakers?|legislators?|"
    r"congress(?:man|woman)|ambassadors?|diplomats?|envoys?|premier|head of (?:state|government)|"
    r"government(?:al)?|kremlin|white house|embassy|presiden(?:cy|tial)|parliament(?:ary)?|"
    r"army|navy|air force|military|police|foreign office|cabinet|authorities|state department|"
    r"coast ?guards?|prosecutors?|judges?|commissioners?|"
    # intergovernmental bodies speak for their member states
    r"united nations|u\.n\.|un|nato|security council|intergovernmental|union of states)(?![\w-])",
    re.I,
)
#: A court is a source as the head of its phrase (`the supreme court`), not as a modifier (`a
#: court reporter`, `a basketball court owner`).
_COURT_HEAD = re.compile(r"(?<![\w-])courts?[\s.,;:]*$", re.I)
#: Titles that hold office in the state or in any body (a party, a union, a club): an official
#: only when nothing in the same phrase names a body outside the state.
_TITLE = re.compile(
    r"\b(?:presidents?|spokes(?:man|woman|person|people)|advis[eo]rs?|officials?|secretar(?:y|ies)|"
    r"leaders?|head|chair(?:man|woman|person)?|generals?|admirals?|commanders?|"
    r"department|council|commission|officers?|agency)\b",
    re.I,
)
#: Bodies outside the state: parties, the opposition, unions and the groups of civil society;
#: a plural possessive (`farmers' leader`, `residents' association`) names a group of people.
_NON_STATE = re.compile(
    r"\b(?:opposition|part(?:y|ies)|unions?|associations?|federations?|movements?|groups?|"
    r"campaigns?|campaigners?|activists?|protest(?:ers|ors)?|rebels?|militants?|insurgents?|"
    r"separatists?|church(?:es)?|charit(?:y|ies)|trusts?|foundations?|ngos?|clubs?|leagues?|"
    r"compan(?:y|ies)|firms?|corporations?|industry|chamber of commerce|cooperatives?|"
    r"syndicates?|civil society|community|communities|tribe|clan|relief|volunteers?|"
    r"(?:rescue|aid|relief|volunteer) (?:teams?|crews?|groups?)|"
    r"(?:aid|humanitarian|relief|non-?governmental) (?:organi[sz]ations?|agenc(?:y|ies)))\b|"
    r"\b[a-z]+s['’](?=\s)",
    re.I,
)


#: Armed groups outside the state: their commanders and leaders are no officials, and an `army`
#: that such a word qualifies (`rebel army`, `Liberation Army`) is no army of the state. `front`
#: as a group (`commander of the front`), not a place (`at the front`, `front line`).
_ARMED = re.compile(
    r"\b(?:rebels?|rebellion|militants?|insurgents?|insurgency|separatists?|militias?|"
    r"militiam[ae]n|guerr?ill?as?|paramilitar(?:y|ies)|jihadists?|warlords?|liberation|"
    r"resistance|(?<!fire )fighters)\b|"
    r"(?<!\bat the )(?<!\bon the )(?<!\bto the )(?<!\bfrom the )\bfronts?\b"
    r"(?![- ](?:lines?|office|page|desk|bench|runners?|row|door|yard|garden|seat)\b)",
    re.I,
)
_MILITARY = frozenset({"army", "military", "navy", "air force"})


#: A judge's title (`Justice Ann Lee`, `Chief Justice`, `the presiding justice`), not justice
#: as a cause (`Justice for Miners`, `social justice campaigners`, `the justice ministry`).
_JUSTICE = re.compile(
    r"(?:^|(?<=\bchief )|(?<=\bassociate )|(?<=\bpresiding )|(?<=\bcourt )|(?<=\bthe ))"
    r"justices?\b(?!\s+(?:for|of the peace|minist|department|system|secretary|campaign|group))",
    re.I,
)
#: A spokesperson (or other title) for a group of people (`a spokeswoman for the families`,
#: `head of the villagers`): a body outside the state, unlike the state's plural bodies.
_FOR_PEOPLE = re.compile(r"\b(?:for|of|representing) the (?:[a-z]+ )?(?P<noun>[a-z]{3,}s)\b")
#: Plural nouns of the state's own bodies or no group of people (`for the armed forces`).
_NOT_PEOPLE = frozenset(
    "forces services affairs ministries states nations courts islands operations works customs "
    "communications authorities police defences finances".split()
)
#: A relay that is a person speaking for an office (`Ministry spokesman Pavel Dorn`), not a
#: channel: its kind is the office's.
_SPOKES = re.compile(r"\bspokes(?:man|woman|person|people)\b", re.I)


def _state_office(phrase: str) -> bool:
    """An office of the state in the phrase (a judge included: `Justice X`); the armed forces
    only where no armed group outside the state is named (`army commander` is, `rebel army
    commander` is not)."""
    armed = _ARMED.search(phrase)
    return (
        any(not (armed and m.group().lower() in _MILITARY) for m in _STATE_OFFICE.finditer(phrase))
        or bool(_COURT_HEAD.search(phrase))
        or bool(_JUSTICE.search(phrase.strip()))
    )


def _non_state(phrase: str) -> bool:
    if _NON_STATE.search(phrase) or _ARMED.search(phrase):
        return True
    m = _FOR_PEOPLE.search(phrase)
    return m is not None and not m["noun"].endswith("ss") and m["noun"] not in _NOT_PEOPLE


def _official(phrase: str) -> bool:
    """A phrase naming a source names a state office: an office of the state, or a title with
    nothing in the phrase naming a body outside the state (`opposition leader`, `farmers'
    leader`, `union president` are not officials; `party leader and prime minister` is)."""
    if _state_office(phrase):
        return True
    return bool(_TITLE.search(phrase)) and not _non_state(phrase)


def kind_of(name: str | None, words: str, entity: dict[str, Any] | None) -> str:
    """The kind of a source from its name, the words naming it and its entity record."""
    if not name and (not words or words.lower().strip() in _PRONOUNS):
        return "unnamed"
    low = (name or words).lower().strip()
    said = " ".join([name or "", words, *((entity or {}).get("roles") or [])])
    if _STATE.search(said) or low in _STATE_OUTLETS:
        return "state media"
    if is_agency(low) or _WIRE.search(low):  # the outlet table's wire agencies, or one named so
        return "agency"
    etype = (entity or {}).get("type")
    if etype == "GPE" or (entity or {}).get("id", "").startswith("country:"):
        return "official"  # a capital or country speaking stands for its government
    if _EXPERT.search(said):
        return "expert"
    # Each phrase on its own: a person named `President` in one article and `opposition leader`
    # in none is an official; `Opposition leader` alone is not. A bare title (`leader`) is the
    # same title as a phrase that names its body outside the state (`Union leader`): only an
    # office of the state then makes an official.
    phrases = [name or "", words, *((entity or {}).get("roles") or [])]
    outside = any(_TITLE.search(p) and _non_state(p) for p in phrases)
    if any(_state_office(p) if outside else _official(p) for p in phrases):
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
            # A channel the speaker used counts as media; a spokesperson for an office is the
            # office's voice (`Ministry spokesman Pavel Dorn`).
            if via_kind == "other" or (via_kind == "official" and not _SPOKES.search(q["via"])):
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
