"""Claims: which sentences several reports share and which only one report makes.

A claim is a sentence of an article. Sentences of different reports are aligned when they share
most of their rare content words, when they carry the same quotation (a quote group), or when
they tell the same event (equal `event_key`). Wire copies of one agency text are one report, so a
sentence that only an agency and the sites republishing it carry is still one report's claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.compare.sets import DisjointSets
from newsgraph.compare.text import Idf, content_keys, sentences, weighted_overlap, words

#: A sentence pair is one claim when the smaller sentence's weighted content words are this
#: much shared and at least `MIN_SHARED` content words are common.
MIN_SIMILARITY = 0.55
MIN_SHARED = 3
MIN_WORDS = 4  # shorter lines (datelines, bylines left in the body) are not claims


@dataclass(slots=True)
class Sentence:
    article: str
    report: str
    start: int
    end: int
    text: str
    keys: list[str]
    quotes: list[str] = field(default_factory=list)  # quote ids whose span starts inside
    events: list[str] = field(default_factory=list)  # event ids first told here
    numbers: list[tuple[float, str, int, int]] = field(default_factory=list)


def split(articles: list[dict[str, Any]], report_of: dict[str, str]) -> list[Sentence]:
    out = []
    for art in articles:
        text = art["text"]
        for s, e in sentences(text):
            ws = words(text[s:e], s)
            if len(ws) < MIN_WORDS:
                continue
            out.append(Sentence(art["id"], report_of[art["id"]], s, e, text[s:e], content_keys(ws)))
    return out


def attach(sents: list[Sentence], quotes: list[dict], events: list[dict]) -> None:
    """Note which quotes and events each sentence carries (by span)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sents:
        by_article.setdefault(s.article, []).append(s)
    for q in quotes:
        for s in by_article.get(q["article"], []):
            if s.start <= q["start"] < s.end or (q["start"] < s.start < q["end"]):
                s.quotes.append(q["id"])
    for ev in events:
        for m in ev.get("mentions") or [{"start": ev["start"], "end": ev["end"]}]:
            for s in by_article.get(ev["article"], []):
                if s.start < m["end"] and m["start"] < s.end:
                    s.events.append(ev["id"])


def align(
    sents: list[Sentence],
    quote_group_of: dict[str, str],
    event_key_of: dict[str, str],
) -> list[list[int]]:
    """Clusters of sentence indexes that state one claim (singletons included)."""
    idf = Idf([s.keys for s in sents])
    sets = DisjointSets(range(len(sents)))
    union = sets.union

    # Shared quotation or event: the same utterance or event makes the same claim.
    for index in (_index(sents, "quotes", quote_group_of), _index(sents, "events", event_key_of)):
        for members in index.values():
            reports = {sents[i].report for i in members}
            if len(reports) > 1 or len({sents[i].article for i in members}) > 1:
                for i in members[1:]:
                    union(members[0], i)
    # Wording: candidate pairs from an inverted index over rare keys, best match per article.
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        for k in set(s.keys):
            postings.setdefault(k, []).append(i)
    limit = max(4, len(sents) // 4)  # keys in a quarter of the story's sentences say little
    for i, s in enumerate(sents):
        counts: dict[int, int] = {}
        for k in set(s.keys):
            post = postings[k]
            if len(post) > limit:
                continue
            for j in post:
                if j > i and sents[j].article != s.article:
                    counts[j] = counts.get(j, 0) + 1
        best: dict[str, tuple[float, int]] = {}
        for j, n in counts.items():
            if n < MIN_SHARED:
                continue
            score = weighted_overlap(s.keys, sents[j].keys, idf)
            if score >= MIN_SIMILARITY and score > best.get(sents[j].article, (0.0, -1))[0]:
                best[sents[j].article] = (score, j)
        for _, j in best.values():
            union(i, j)
    return sorted(sets.groups(), key=min)


def _index(sents: list[Sentence], attr: str, group_of: dict[str, str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        for item in getattr(s, attr):
            g = group_of.get(item)
            if g is not None:
                index.setdefault(g, []).append(i)
    return index


def claim(s: Sentence) -> dict[str, Any]:
    return {
        "article": s.article,
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "quotes": s.quotes,
        "events": sorted(set(s.events)),
    }


def shared_and_unique(
    sents: list[Sentence], clusters: list[list[int]]
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """`shared`: claims carried by two or more reports; `unique`: article id -> the claims
    only its report carries (a wire copy's claims are listed once, under the earliest copy
    that has them)."""
    shared, unique = [], {}
    for members in clusters:
        reports = sorted({sents[i].report for i in members})
        if len(reports) > 1:
            spans = [claim(sents[i]) for i in sorted(members, key=lambda i: (sents[i].article, i))]
            shared.append(
                {
                    "id": f"c-{sents[members[0]].article[:8]}-{sents[members[0]].start}",
                    "reports": len(reports),
                    "articles": sorted({sents[i].article for i in members}),
                    "spans": spans,
                }
            )
        else:
            first = min(members, key=lambda i: (sents[i].article != sents[i].report, i))
            unique.setdefault(sents[first].article, []).append(claim(sents[first]))
    for claims in unique.values():
        claims.sort(key=lambda c: c["start"])
    return shared, unique
