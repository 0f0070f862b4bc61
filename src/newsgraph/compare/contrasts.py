"""Wording contrasts: the terms each outlet chooses for the same thing, side by side.

Families of contested terms (`invasion` / `war` / `conflict` / `military offensive`) are data
(`data/contrasts.tsv`). A term counts for an outlet only in the outlet's own voice (outside
quotation marks) and only about a target: the country or name it is tied to (`invasion of
Ukraine`, `Ukraine war`, `conflict in Ukraine` all target Ukraine). A family is shown when two
reports of the story use different terms about the same target. Terms tied to nothing that
no other report's term shares a referent with are pooled as one thing, and the pool joins the
one untied group of reports when the story has exactly one. No verdict is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex  # variable-width look-behind (`_term_pattern`); a dependency of dateparser

from newsgraph import wordlists
from newsgraph.compare.text import concept

_DATA = Path(__file__).with_name("data") / "contrasts.tsv"
_LINK = frozenset("of in on against into over across to for with near by".split())
_CAP = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    label: str
    pattern: regex.Pattern[str]
    neutral: frozenset[str] = frozenset()  # terms any outlet uses: no contrast between them


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    out = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fid, label, terms = line.split("\t")
        alts = sorted((t.lstrip("=") for t in terms.split("|")), key=len, reverse=True)
        parts = [_term_pattern(t) for t in alts]
        pattern = regex.compile(r"\b(?:" + "|".join(parts) + r")\b", regex.IGNORECASE)
        neutral = frozenset(t[1:] for t in terms.split("|") if t.startswith("="))
        out.append(Family(fid, label, pattern, neutral))
    return tuple(out)


#: Words that may stand between a subject and its verb: auxiliaries and adverbs (`troops
#: then boarded`, `marines had later boarded`, `forces quickly boarded`).
_BETWEEN = r"(?:\s+(?:had|have|has|then|later|also|soon|first|again|\w+ly)){0,2}"


def _term_pattern(term: str) -> str:
    """One term's regex: `invad*` any ending; `boarded<marines,troops` only after one of the
    listed subjects, with at most two auxiliaries or adverbs between (`marines boarded`,
    `troops then boarded`, `forces had boarded`); the subject stays outside the term's text:
    `passengers had boarded the ferry` is no taking of it."""
    term, _, after = term.partition("<")
    core = re.escape(term[:-1]) + r"\w*" if term.endswith("*") else re.escape(term)
    if not after:
        return core
    forms = {w for s in after.split(",") for w in _subjects(s.strip())}
    names = sorted(forms, key=lambda w: (-len(w), w))  # longest first, in a fixed order
    subjects = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in names)
    return rf"(?<=\b(?:{subjects}){_BETWEEN}\s){core}"


def _subjects(name: str) -> tuple[str, ...]:
    """A subject as written, or `@LIST`: the singular and plural of each noun in
    `wordlists.LIST` (`@BOARDERS`: `marine`, `marines`, `gunman`, `gunmen`, `armed men`), so a
    list the event stage reads too is kept once."""
    if not name.startswith("@"):
        return (name,)
    nouns = getattr(wordlists, name[1:], None)
    if not isinstance(nouns, frozenset):
        raise ValueError(f"contrasts.tsv: no word list {name[1:]!r} in newsgraph.wordlists")
    return tuple(form for noun in sorted(nouns) for form in (noun, plural(noun)))


#: Nouns in -man that are no compounds of `man` (`humans`, `Germans`).
_MANS = frozenset("human german roman shaman talisman caiman ottoman".split())


#: Nouns that are their own plural (`the police were`, `personnel have`).
_SAME_PLURAL = frozenset("police personnel people".split())


def plural(noun: str) -> str:
    """The plural of a noun's last word by the English spelling rules (`troop`/`troops`,
    `navy`/`navies`, `armed man`/`armed men`); a noun that is its own plural (`police`) as
    written."""
    head, _, last = noun.rpartition(" ")
    if last.lower() in _SAME_PLURAL:
        return noun
    if last.endswith("man") and last.lower() not in _MANS:
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def family_keys(text: str) -> list[str]:
    """`family:ID` for each lexicon family with a term in `text`: the terms of one family name
    one thing for comparing sentences (`walked off the job` / `stoppage` / `strike`)."""
    return [f"family:{f.id}" for f in families() if f.pattern.search(text)]


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


def sentence_names(text: str, start: int, end: int) -> frozenset[str]:
    """The capitalised words of the sentence `text[start:end]` (names, titles, days; each
    word apart, possessive off, country forms folded), besides a capitalised first word: who,
    where and when the sentence tells of (`a clash near Tervo on Monday killed two Doravian
    soldiers`)."""
    out = set()
    for m in _CAP.finditer(text, start, end):
        words = m.group().split()
        if m.start() == start or _sentence_start(text, m.start()):
            words = words[1:]  # a sentence's first word is capitalised whatever it is
        for w in words:
            w = re.sub(r"['’]s$", "", w)
            out.add(concept(w) or w.lower())
    return frozenset(out)


#: Nouns that end the name of a site (`Harl Street`, `Doran Port`): a site is one spot.
_SITE_NOUNS = wordlists.STREET_NOUNS | frozenset(
    """
    bridge station depot port harbour harbor pier quay market park airport hospital prison camp
    base barracks crossing mall stadium
    """.split()
)
#: Nouns for a settlement before `of` + its name (`the village of Pellow`).
_SETTLEMENT_NOUNS = frozenset("village town city hamlet suburb district".split())
_LOCATING = frozenset("in at on near outside inside across around along off from".split())
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """.split()
)


def sentence_places(text: str, start: int, end: int) -> frozenset[tuple[str, str]]:
    """(level, key) of each place the sentence `text[start:end]` names whose level is
    known: a site by its noun (`Harl Street`: "site"), a settlement by its noun (`the
    village of Pellow`: "settlement"), a country ("country"). A bare name after `in`
    (`Portavel`) may hold a site or be held by a country: its level is unknown, so it is
    left out; two places exclude each other only at one level."""
    out = set()
    for m in _CAP.finditer(text, start, end):
        words = m.group().split()
        if m.start() == start or _sentence_start(text, m.start()):
            words = words[1:]
        if not words or words[0].lower() in _TIME_WORDS:
            continue
        name = " ".join(re.sub(r"['’]s$", "", w) for w in words)
        country = concept(words[-1]) or concept(words[0])
        before = text[max(start, m.start() - 30) : m.start()].lower().split()
        if words[-1].lower() in _SITE_NOUNS and len(words) > 1:
            out.add(("site", name.lower()))
        elif before[-2:-1] and before[-1] == "of" and before[-2] in _SETTLEMENT_NOUNS:
            out.add(("settlement", name.lower()))
        elif country and before[-1:] and (before[-1] in _LOCATING or before[-1] == "of"):
            out.add(("country", country))
    return frozenset(out)


def _exclude(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether the places of two sentences exclude each other: each names a place of some
    level, they share none, and at a level both name, the names differ (`Harl Street` /
    `Doran Port`); a street and a city (level unknown) may be one place."""
    if not a or not b or a & b:
        return False
    levels = {lv for lv, _ in a} & {lv for lv, _ in b}
    return bool(levels)


@dataclass(slots=True)
class _Use:
    family: str
    target: str | None
    span: dict[str, Any]
    article: str
    report: str
    sentence: tuple[int, int]
    names: frozenset[str]
    places: frozenset[tuple[str, str]] = frozenset()


def _same_referent(a: _Use, b: _Use, row_of: dict[tuple[str, int], int]) -> bool:
    """Two uses of a family name one thing: the same target; sentences aligned as one claim
    (`claims.align`); or an untied term in a sentence that names the other's target or shares
    two participants with the other's sentence (`a clash near Tervo last month killed two
    Doravian soldiers` / `last month's Doravian incursion near Tervo`)."""
    if a.target is not None and a.target == b.target:
        return True
    ra, rb = row_of.get((a.article, a.sentence[0])), row_of.get((b.article, b.sentence[0]))
    if ra is not None and ra == rb:
        return True
    if a.target is not None and b.target is not None:
        return False
    return (
        (a.target is not None and a.target in b.names)
        or (b.target is not None and b.target in a.names)
        or len(a.names & b.names) >= 2
    )


def _compatible(a: _Use, b: _Use) -> bool:
    """Two untied terms may name one thing unless their sentences name places that exclude
    each other (`police action on Harl Street` / `the police operation at Doran Port`).
    Who is named does not part them: outlets quote different people about one event
    (`minister Lena Vey praised the police action` / `Tomas Brenn said the police
    operation`), and a street lies inside a city (`Harl Street` / `Portavel`)."""
    return a.report == b.report or not _exclude(a.places, b.places)


def _split_pool(uses: list[_Use], pool: list[int]) -> list[list[int]]:
    """The pooled terms, parted where their sentences name places that exclude each
    other."""
    if not pool:
        return []
    from newsgraph.sets import DisjointSets

    named = [n for n in pool if uses[n].places]
    sets = DisjointSets(named)
    for k, n in enumerate(named):
        for m in named[k + 1 :]:
            if _compatible(uses[n], uses[m]):
                sets.union(n, m)
    parts = [sorted(g) for g in sets.groups()]
    bare = [n for n in pool if not uses[n].places]
    # A term in a sentence naming no place can be anything: it joins the named ones only when
    # they are one thing.
    if len(parts) == 1:
        parts = [sorted([*parts[0], *bare])]
    elif bare:
        parts.append(bare)
    return sorted(parts, key=lambda g: g[0])


def _fits(uses: list[_Use], pool: list[int], group: list[int]) -> bool:
    """Every pooled term could name what the aligned group names."""
    return all(any(_compatible(uses[n], uses[m]) for m in group) for n in pool)


def _heads(group: list[_Use]) -> dict[str, set[str]]:
    """Report -> the head words of its terms: `routine patrol` and `patrol` are one choice."""
    by_report: dict[str, set[str]] = {}
    for u in group:
        by_report.setdefault(u.report, set()).add(u.span["text"].lower().split()[-1])
    return by_report


def _both_ways(by_report: dict[str, set[str]], story_heads: dict[str, set[str]]) -> bool:
    """Every report of a contrast uses, somewhere in the story, each term the others chose
    here (`the junta` and `General Koll's government` in one report, `the junta` and `left
    the government` in the other): both words are in both reports' vocabulary, so the pair
    tells no choice of words, only which of its uses were paired."""
    chosen = set().union(*by_report.values())
    return all(chosen <= story_heads.get(r, set()) for r in by_report)


def _choices_differ(uses: list[_Use], members: list[int]) -> bool:
    """Two reports or more, and no term that all of them use."""
    by_report = _heads([uses[n] for n in members])
    return len(by_report) > 1 and not set.intersection(*by_report.values())


def contrasts(
    articles: list[dict[str, Any]],
    quotes_by_article: dict[str, list[dict[str, Any]]],
    report_of: dict[str, str],
    sentence_rows: dict[tuple[str, int], int] | None = None,
) -> list[dict[str, Any]]:
    """Families whose terms two reports choose differently for one thing. Uses are joined
    when `_same_referent`; `sentence_rows`: (article, sentence start) -> claim row, from the
    claims' alignment (absent: targets and participants only)."""
    from newsgraph.compare.text import sentences
    from newsgraph.sets import DisjointSets

    labels = {f.id: f.label for f in families()}
    neutral = {f.id: f.neutral for f in families()}
    rows = sentence_rows or {}
    uses: list[_Use] = []
    for art in articles:
        text = art["text"]
        spans = sentences(text)
        for fid, tgt, span in find_terms(art, quotes_by_article.get(art["id"], [])):
            sent = next(((s, e) for s, e in spans if s <= span["start"] < e), (0, len(text)))
            names = sentence_names(text, *sent)
            rep = report_of.get(art["id"], art["id"])
            places = sentence_places(text, *sent)
            uses.append(_Use(fid, tgt, span, art["id"], rep, sent, names, places))
    outlet = {a["id"]: a.get("outlet") for a in articles}
    by_family: dict[str, list[int]] = {}
    for n, u in enumerate(uses):
        by_family.setdefault(u.family, []).append(n)
    out = []
    for fid in sorted(by_family):
        members = by_family[fid]
        story_heads = _heads([uses[n] for n in members])
        sets = DisjointSets(members)
        for k, n in enumerate(members):
            for m in members[k + 1 :]:
                if _same_referent(uses[n], uses[m], rows):
                    sets.union(n, m)
        comps = [sorted(g) for g in sets.groups()]
        # Untied terms that name nothing another report names: one pool, as before targets.
        alone = [g for g in comps if len({uses[n].report for n in g}) < 2]
        pool = sorted(n for g in alone for n in g if uses[n].target is None)
        comps = [g for g in comps if len({uses[n].report for n in g}) > 1]
        # The pool and the one untied group of reports (sentences aligned as one claim) name
        # one thing when nothing else in the story could be it: `a crackdown` in two aligned
        # reports, `the security operation` in a third.
        untied = [g for g in comps if all(uses[n].target is None for n in g)]
        if len(untied) > 1:
            # A group whose reports all use one term (`riot police` twice) is no contrast and
            # no rival referent for the pool: one contrast per family and referent.
            untied = [g for g in untied if _choices_differ(uses, g)]
        pools = _split_pool(uses, pool)
        if len(untied) == 1:
            fits = [p for p in pools if _fits(uses, p, untied[0])]
            joined = sorted(n for p in fits for n in p)
            if joined and _choices_differ(uses, [*untied[0], *joined]):
                comps.remove(untied[0])
                pools = [p for p in pools if p not in fits] + [sorted([*untied[0], *joined])]
        comps = sorted([*comps, *pools], key=lambda g: g[0])
        for comp in comps:
            pooled = any(comp is p for p in pools)
            group = [uses[n] for n in comp]
            targets = [u.target for u in group if u.target is not None]
            tgt = max(sorted(set(targets)), key=targets.count) if targets else None
            by_report = _heads(group)
            if len(by_report) < 2 or len({frozenset(v) for v in by_report.values()}) < 2:
                continue
            if pooled and not _choices_differ(uses, comp):
                continue  # pooled terms only contrast when the reports share none of them
            if _both_ways(by_report, story_heads):
                continue
            if all(u.span["text"].lower() in neutral[fid] for u in group):
                continue  # `government` / `authorities`: words for the thing, no choice
            by_article: dict[str, list[dict[str, Any]]] = {}
            for u in group:
                by_article.setdefault(u.article, []).append(u.span)
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
                            "spans": sorted(spans, key=lambda s: s["start"]),
                        }
                        for aid, spans in sorted(by_article.items())
                    ],
                }
            )
    return sorted(out, key=lambda c: (c["concept"], c["target"] or ""))
