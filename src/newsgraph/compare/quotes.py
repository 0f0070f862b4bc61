"""The quote ledger: one utterance, every outlet's version of it.

Outlets rarely carry a statement word for word: one cuts a sentence, one writes `U.S.` for `US`,
one turns it into indirect speech. Two quotes from different articles are linked when their
wording aligns (a long run of the same words: `same` or `variant`) or, for the same speaker, when
they share the rare content words of the statement (`paraphrase`: `balanced approach` / `balanced
position`). A variant whose differences could change the meaning (a word swapped, a negation
added or dropped, a number changed, a condition cut off) is flagged for the reader; a cut that
only shortens is not. Nothing here judges which version is right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz.distance import Levenshtein

from newsgraph.compare.sets import DisjointSets
from newsgraph.compare.text import (
    CONDITIONS,
    Idf,
    Word,
    content_keys,
    is_negation,
    number_value,
    weighted_overlap,
    words,
)

RELATIONS = ("same", "variant", "paraphrase")

#: Wording link: at least this many words aligned, covering this share of the shorter quote.
MIN_ALIGNED = 3
MIN_WORDING_COVER = 0.7
#: A variant keeps this share of the shorter quote's words in order.
MIN_VARIANT_COVER = 0.8
#: Wording link between quotes attributed to different speakers (an attribution conflict).
MIN_CONFLICT_ALIGNED = 6
MIN_CONFLICT_COVER = 0.8
#: Paraphrase link: weighted share of the shorter quote's content words the other also has.
MIN_PARAPHRASE = 0.4
MIN_PARAPHRASE_UNKNOWN_SPEAKER = 0.6
MIN_SHARED_KEYS = 2
#: Inserted or deleted runs up to this many words are checked for an added or dropped negation.
MAX_FLAGGED_CUT = 3

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_TRAIL = " \t\n\"'.,;:!?…"


@dataclass(slots=True)
class QuoteItem:
    """A quote prepared for comparison; `record` is its export-contract record."""

    record: dict[str, Any]
    article: str
    report: str  # wire-copy cluster: copies of one agency text are one report
    words: list[Word] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    #: a mixed quote's words inside the quote marks: the speaker's own words
    quoted: set[str] = field(default_factory=set)
    bag: Counter[str] = field(default_factory=Counter)  # word norms, for a cheap bound

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def kind(self) -> str:
        return self.record["kind"]

    @property
    def speaker(self) -> str | None:
        sp = self.record.get("speaker") or {}
        if sp.get("entity"):
            return sp["entity"]
        name = sp.get("name")
        return name.lower() if name else None

    @property
    def speaker_words(self) -> frozenset[str]:
        """Capitalised words of the speaker's name (`Paul Howard` -> paul, howard)."""
        sp = self.record.get("speaker") or {}
        name = sp.get("name") or ""
        return frozenset(
            w.lower() for w in re.findall(r"[A-Z][\w'’-]+", name) if w.lower() not in _HONORIFICS
        )

    @property
    def speaker_kind(self) -> str | None:
        """The entity type of the speaker (`person`, `org`, `gpe` …), None when untyped."""
        entity = (self.record.get("speaker") or {}).get("entity")
        return entity.split(":")[0] if entity else None

    @property
    def surname(self) -> str | None:
        """The last name word of a person speaker (`Bettie Page`, `Ms Page` -> page)."""
        sp = self.record.get("speaker") or {}
        if (sp.get("entity") or "person:").split(":")[0] != "person":
            return None
        words = [w.lower() for w in re.findall(r"[A-Z][\w'’-]+", sp.get("name") or "")]
        words = [w for w in words if w not in _HONORIFICS]
        return words[-1] if words else None


_HONORIFICS = frozenset("mr mrs ms dr gov sen rep lt gen col the president minister".split())


def speaker_match(a: QuoteItem, b: QuoteItem) -> str:
    """`same`, `differ` or `unknown`: what the speakers' names tell about one utterance.

    `same`: one entity, people with the same surname (`Ms Page` / `Bettie Page`, `Obama` /
    `Barack Obama`), or names one spelling apart (`John Owen` / `Jon Owen`). `differ`: two
    speakers of one kind (two people, two organisations, two untyped names) that do not match.
    `unknown`: either is unnamed, or they are of different kinds: a person against an
    organisation, a place, a group or an untyped name is often the relaying channel (`Associated
    Press`, `ITAR TASS`) or the speaker's employer (`Kraft` / its spokesperson), not a second
    speaker.
    """
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None:
        return "unknown"
    if sa == sb:
        return "same"
    if (a.surname is not None and a.surname == b.surname) or _one_edit(
        a.speaker_words, b.speaker_words
    ):
        return "same"
    return "differ" if a.speaker_kind == b.speaker_kind else "unknown"


def compatible_speakers(a: QuoteItem, b: QuoteItem) -> bool:
    """One speaker as far as the names tell (see `speaker_match`): entity keys alone are too
    strict across outlets."""
    return speaker_match(a, b) != "differ"


def _one_edit(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Names of the same length whose words differ by one spelling (`John Owen` / `Jon Owen`)."""
    if len(wa) != len(wb) or not wa or len(wa) > 4:
        return False
    return Levenshtein.distance(" ".join(sorted(wa)), " ".join(sorted(wb))) <= 1


def prepare(record: dict[str, Any], report: str) -> QuoteItem:
    item = QuoteItem(record, record["article"], report)
    item.words = words(record["text"], record["start"])
    item.keys = content_keys(item.words)
    item.bag = Counter(w.norm for w in item.words)
    if item.kind == "mixed":
        for m in _QUOTED.finditer(record["text"]):
            item.quoted.update(content_keys(words(m.group(1))))
    return item


_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]+)[\"“”«»„]")


def canonical(text: str) -> str:
    """The wording as `same` compares it: quote marks and their placement (`"privacy," and` /
    `"privacy", and`), spacing (`It’ s` / `It's`), trailing punctuation and letter case (`High
    Street` / `high street`) belong to the outlet's style or its tokeniser, not the words."""
    t = _CLITIC.sub("'", text.translate(_MARKS))
    t = _QUOTE_MARK.sub("", t)
    return re.sub(r"\s+", "", t).strip(_TRAIL).lower()


_CLITIC = re.compile(r"(?<=[^\W_])' (?=(?:s|m|d|t|ll|re|ve)\b)")
#: Quote marks: double marks, the tokeniser's ``/'' and a single mark not inside a word.
_QUOTE_MARK = re.compile(r"``|''|\"|(?<![^\W_])'|'(?![^\W_])")
#: An opening double mark after a word: a quoted fragment inside the reporter's own frame (single
#: marks are left out: inside a quotation they quote someone else).
_FRAMED = re.compile(r"[^\W_][^\"“”„«»`]*?(?:``|[\"“„«])")


def framed(text: str) -> bool:
    """A mixed quote that keeps the reporter's frame (`the building is "a total loss"`): its
    words are not all the speaker's, so it reports rather than quotes."""
    return _FRAMED.match(text.strip()) is not None


@dataclass(slots=True)
class Alignment:
    matched: int
    longest: int
    cover_short: float
    opcodes: list[tuple[str, int, int, int, int]]


def align(a: QuoteItem, b: QuoteItem) -> Alignment:
    na = [w.norm for w in a.words]
    nb = [w.norm for w in b.words]
    sm = SequenceMatcher(None, na, nb, autojunk=False)
    blocks = sm.get_matching_blocks()
    matched = sum(bl.size for bl in blocks)
    longest = max((bl.size for bl in blocks), default=0)
    short = max(min(len(na), len(nb)), 1)
    return Alignment(matched, longest, matched / short, sm.get_opcodes())


def link_score(a: QuoteItem, b: QuoteItem, idf: Idf) -> tuple[float, str] | None:
    """(score, "wording" | "paraphrase") when the two quotes report one utterance, else None."""
    if a.article == b.article:
        return None
    match = speaker_match(a, b)
    differ = match == "differ"
    # The shared bag of words bounds the alignment: align only when a wording link is possible.
    bag = sum((a.bag & b.bag).values()) / max(min(len(a.words), len(b.words)), 1)
    if differ:
        if bag >= MIN_CONFLICT_COVER:
            al = align(a, b)
            if al.matched >= MIN_CONFLICT_ALIGNED and al.cover_short >= MIN_CONFLICT_COVER:
                return 1.0 + al.cover_short, "wording"
        return None
    if bag >= MIN_WORDING_COVER:
        al = align(a, b)
        if al.longest >= MIN_ALIGNED and al.cover_short >= MIN_WORDING_COVER:
            return 1.0 + al.cover_short, "wording"
    shared = set(a.keys) & set(b.keys)
    if len(shared) < MIN_SHARED_KEYS:
        return None
    # A mixed quote's own words are the evidence: sharing only its paraphrased frame is not.
    if any(q.quoted and not (q.quoted & shared) for q in (a, b)):
        return None
    overlap = weighted_overlap(a.keys, b.keys, idf)
    need = MIN_PARAPHRASE if match == "same" else MIN_PARAPHRASE_UNKNOWN_SPEAKER
    if overlap >= need:
        return overlap, "paraphrase"
    return None


def relation_between(member: QuoteItem, ref: QuoteItem) -> str:
    """How `member` reports the utterance that `ref` quotes.

    `same`: equal words. `variant`: nearly the same words in the same order (a cut at either
    end, a word added or swapped, a spelling), whatever the extractor says the kind is: a
    sentence printed without quote marks is still the speaker's wording. `paraphrase`: other
    words (reported speech shifts tense and person: `is extensive` / `had been extensive`), or a
    quoted fragment inside the reporter's own frame set against a quotation without one.
    """
    if framed(member.record["text"]) != framed(ref.record["text"]):
        return "paraphrase"
    if canonical(member.record["text"]) == canonical(ref.record["text"]):
        return "same"
    al = align(member, ref)
    short = min(len(member.words), len(ref.words))
    if al.longest >= min(MIN_ALIGNED, short) and al.cover_short >= MIN_VARIANT_COVER:
        return "variant"
    return "paraphrase"


def word_diff(member: QuoteItem, ref: QuoteItem) -> tuple[list[dict[str, Any]], list[str]]:
    """Word diff from the reference to the member, and the flags a reader should see.

    Each op is `{op, ref, text}` with `op` in equal|spelling|delete|insert|replace; `ref` are the
    reference's words, `text` the member's. Flags: `word swapped: a -> b`, `negation added`,
    `negation removed`, `number changed: a -> b`, `condition cut: if ...`.
    """
    al = align(ref, member)
    ops: list[dict[str, Any]] = []
    flags: list[str] = []
    rw, mw = ref.words, member.words
    last = len(al.opcodes) - 1
    for i, (tag, i1, i2, j1, j2) in enumerate(al.opcodes):
        r_txt = " ".join(w.text for w in rw[i1:i2])
        m_txt = " ".join(w.text for w in mw[j1:j2])
        if tag == "equal":
            ops += _spelling_ops(rw[i1:i2], mw[j1:j2])
            continue
        ops.append({"op": tag, "ref": r_txt, "text": m_txt})
        r_norms = [w.norm for w in rw[i1:i2]]
        m_norms = [w.norm for w in mw[j1:j2]]
        # A negation inside a changed phrase flips it; a whole clause cut is a cut.
        short = tag == "replace" or max(len(r_norms), len(m_norms)) <= MAX_FLAGGED_CUT
        neg_r = short and any(is_negation(n) for n in r_norms)
        neg_m = short and any(is_negation(n) for n in m_norms)
        if neg_m and not neg_r:
            flags.append(f"negation added: {m_txt}")
        elif neg_r and not neg_m:
            flags.append(f"negation removed: {r_txt}")
        nums_r = [v for w in rw[i1:i2] if (v := number_value(w.text)) is not None]
        nums_m = [v for w in mw[j1:j2] if (v := number_value(w.text)) is not None]
        if tag == "replace" and nums_r and nums_m and nums_r != nums_m:
            flags.append(f"number changed: {r_txt} -> {m_txt}")
        elif tag == "replace" and not (neg_r or neg_m):
            flags.append(f"word swapped: {r_txt} -> {m_txt}")
        if tag == "delete" and (i == 0 or i == last) and set(r_norms) & CONDITIONS:
            flags.append(f"condition cut: {r_txt}")
    return ops, flags


def _spelling_ops(rw: list[Word], mw: list[Word]) -> list[dict[str, Any]]:
    """Equal words, with the ones spelt differently (`US` / `U.S.`) as `spelling` ops."""
    ops: list[dict[str, Any]] = []
    run_r: list[str] = []
    run_m: list[str] = []
    for r, m in zip(rw, mw, strict=True):
        if r.text.translate(_MARKS) == m.text.translate(_MARKS):
            run_r.append(r.text)
            run_m.append(m.text)
            continue
        if run_r:
            ops.append({"op": "equal", "ref": " ".join(run_r), "text": " ".join(run_m)})
            run_r, run_m = [], []
        ops.append({"op": "spelling", "ref": r.text, "text": m.text})
    if run_r:
        ops.append({"op": "equal", "ref": " ".join(run_r), "text": " ".join(run_m)})
    return ops


def group_quotes(
    records: list[dict[str, Any]], report_of: dict[str, str], published: dict[str, str | None]
) -> list[dict[str, Any]]:
    """Quote groups of one story, reference member first, in the order of first appearance.

    `report_of` maps article id -> report id (wire copies share one); `published` article id ->
    publication date, used to pick the earliest full version as the reference.
    """
    items = [prepare(r, report_of.get(r["article"], r["article"])) for r in records]
    idf = Idf([it.keys for it in items])
    links = _links(items, idf)
    sets = DisjointSets(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for i, j, strong in links:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if not strong and not _may_merge(members[ri], members[rj], items):
            continue
        sets.union(ri, rj)
        members[sets.find(ri)] = members.pop(ri) + members.pop(rj)
    clusters = sets.groups()
    groups = [_group([items[i] for i in idx], published) for idx in clusters]
    groups.sort(key=lambda g: (g["_order"], g["id"]))
    for g in groups:
        del g["_order"]
    return groups


def _may_merge(a: list[int], b: list[int], items: list[QuoteItem]) -> bool:
    """A paraphrase link joins two groups only if no article already has a quote in each (two
    statements of one article are two utterances) and all named speakers agree. Without these
    checks, chains of loose links weld a speaker's different statements into one."""
    if {items[i].article for i in a} & {items[j].article for j in b}:
        return False
    return all(compatible_speakers(items[i], items[j]) for i in a for j in b)


def _links(items: list[QuoteItem], idf: Idf) -> list[tuple[int, int, bool]]:
    """Links in the order they are applied: every wording link (strong), then paraphrase links
    one-to-one per article pair, best first."""
    # Candidates from an inverted index, never all pairs: a wording link needs a run of three
    # equal words (a shared trigram); a paraphrase link two shared content words that are not
    # in a large share of the story's quotes.
    by_gram: dict[tuple[str, ...], list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        norms = [w.norm for w in it.words]
        for g in {tuple(norms[n : n + MIN_ALIGNED]) for n in range(len(norms) - MIN_ALIGNED + 1)}:
            by_gram.setdefault(g, []).append(i)
        for k in set(it.keys):
            by_key.setdefault(k, []).append(i)
    common = max(8, len(items) // 10)
    pairs: set[tuple[int, int]] = set()
    for post in by_gram.values():
        if 1 < len(post) <= 4 * common:
            pairs.update((i, j) for n, i in enumerate(post) for j in post[n + 1 :])
    for i, it in enumerate(items):
        seen: dict[int, int] = {}
        for k in set(it.keys):
            post = by_key[k]
            if len(post) > common:
                continue
            for j in post:
                if j > i:
                    seen[j] = seen.get(j, 0) + 1
        pairs.update((i, j) for j, n in seen.items() if n >= MIN_SHARED_KEYS)
    wording, para = [], []
    for i, j in sorted(pairs):
        scored = link_score(items[i], items[j], idf)
        if scored is None:
            continue
        (wording if scored[1] == "wording" else para).append((scored[0], i, j))
    accepted = [(i, j, True) for _, i, j in wording]
    taken: set[tuple[int, str]] = set()  # (quote, other article) already linked
    for _, i, j in wording:
        taken.add((i, items[j].article))
        taken.add((j, items[i].article))
    for _, i, j in sorted(para, key=lambda t: (-t[0], t[1], t[2])):
        if (i, items[j].article) in taken or (j, items[i].article) in taken:
            continue
        taken.add((i, items[j].article))
        taken.add((j, items[i].article))
        accepted.append((i, j, False))
    return accepted


_KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


def _group(members: list[QuoteItem], published: dict[str, str | None]) -> dict[str, Any]:
    # The reference is the wording most articles carry, then the fullest direct version.
    wording: dict[str, set[str]] = {}
    for m in members:
        wording.setdefault(canonical(m.record["text"]), set()).add(m.article)

    def ref_key(it: QuoteItem) -> tuple:
        return (
            _KIND_RANK.get(it.kind, 3),
            -len(wording[canonical(it.record["text"])]),
            -len(it.words),
            published.get(it.article) or "9999",
            it.article,
            it.record["start"],
            it.id,
        )

    ref = min(members, key=ref_key)
    order = min((published.get(m.article) or "9999", m.article, m.record["start"]) for m in members)
    rows, relations = [], []
    for m in sorted(members, key=lambda m: (m is not ref, m.article, m.record["start"], m.id)):
        row = _member_row(m)
        if m is not ref:
            rel = relation_between(m, ref)
            ops, flags = word_diff(m, ref) if rel != "same" else ([], [])
            row.update(relation=rel, diff=ops, flags=flags if rel == "variant" else [])
            relations.append(rel)
        else:
            row.update(relation="ref", diff=[], flags=[])
        rows.append(row)
    reports = sorted({m.report for m in members})
    relation = "single" if len(reports) == 1 and not relations else _loosest(relations)
    speaker = _speaker(members)
    addressee = next(
        (m.record["addressee"] for m in members if (m.record.get("addressee") or {}).get("name")),
        None,
    )
    conflict = any(
        not compatible_speakers(a, b) for n, a in enumerate(members) for b in members[n + 1 :]
    )
    return {
        "id": "g-" + ref.id,
        "relation": relation,
        "speaker": speaker,
        "addressee": None if addressee is None else _party(addressee),
        "quotes": [r["quote"] for r in rows],
        "members": rows,
        "articles": sorted({m.article for m in members}),
        "reports": len(reports),
        "flagged": any(r["flags"] for r in rows),
        "attribution_conflict": conflict,
        "_order": order,
    }


def _loosest(relations: list[str]) -> str:
    if not relations:
        return "same"
    return max(relations, key=RELATIONS.index)


def _member_row(m: QuoteItem) -> dict[str, Any]:
    r = m.record
    return {
        "quote": r["id"],
        "article": r["article"],
        "kind": r["kind"],
        "text": r["text"],
        "start": r["start"],
        "end": r["end"],
        "speaker": _party(r.get("speaker")),
        "cue": r.get("cue"),
        "via": r.get("via"),
    }


def _party(p: dict[str, Any] | None) -> dict[str, Any] | None:
    if not p:
        return None
    mention = p.get("mention") or {}
    return {"entity": p.get("entity"), "name": p.get("name") or mention.get("text")}


def _speaker(members: list[QuoteItem]) -> dict[str, Any] | None:
    """The name most members give (named speakers beat unnamed mentions)."""
    counts: dict[tuple, int] = {}
    for m in members:
        sp = m.record.get("speaker")
        if sp and sp.get("name"):
            key = (sp.get("entity"), sp["name"])
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return next(
            (_party(m.record.get("speaker")) for m in members if m.record.get("speaker")), None
        )
    (entity, name), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0][1]))
    return {"entity": entity, "name": name}
