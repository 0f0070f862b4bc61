"""Claims: which sentences several reports share and which only one report makes.

A claim is a sentence of an article. Sentences of different reports are aligned when they share
most of their rare content words, when they carry the same quotation (a quote group), or when
they tell the same event (equal `event_key`). Wire copies of one agency text are one report, so a
sentence that only an agency and the sites republishing it carry is still one report's claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.compare.text import Idf, content_keys, sentences, weighted_overlap, words

#: A sentence pair is one claim when the smaller sentence's weighted content words are this
#: much shared and at least `MIN_SHARED` content words are common.
MIN_SIMILARITY = 0.55
MIN_SHARED = 3
MIN_EVENT_OVERLAP = 0.25  # sentences telling one event must also share some words
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
        # Only where the event is first told: later sentences that mention it again say more
        # than the event, and linking them all would chain unrelated claims together.
        for s in by_article.get(ev["article"], []):
            if s.start < ev["end"] and ev["start"] < s.end:
                s.events.append(ev["id"])
                break


def align(
    sents: list[Sentence],
    quote_group_of: dict[str, str],
    event_key_of: dict[str, str],
) -> list[list[int]]:
    """Rows of sentence indexes that state one claim, at most one sentence per article.

    Each sentence is linked to its best match in every other article (shared quotation, shared
    event, or wording). Rows are stars around a pivot sentence, never chains: a sentence that
    tells two events (Thursday's meeting and Friday's planned one) must not weld two claims.
    Sentences with no link to another article are rows of one.
    """
    links = _links(sents, quote_group_of, event_key_of)
    order = sorted(range(len(sents)), key=lambda i: (sents[i].report != sents[i].article, i))
    placed: set[int] = set()
    rows: list[list[int]] = []
    for i in order:
        if i in placed:
            continue
        partners = [j for _, j in sorted(links.get(i, {}).values(), key=lambda t: t[1])]
        row = [i, *partners]
        placed.update(row)
        rows.append(row)
    return sorted(rows, key=min)


def _links(
    sents: list[Sentence], quote_group_of: dict[str, str], event_key_of: dict[str, str]
) -> dict[int, dict[str, tuple[float, int]]]:
    """Sentence -> {other article: (score, best sentence there)}; symmetric."""
    idf = Idf([s.keys for s in sents])
    links: dict[int, dict[str, tuple[float, int]]] = {}

    def offer(i: int, j: int, score: float) -> None:
        for a, b in ((i, j), (j, i)):
            art = sents[b].article
            if score > links.setdefault(a, {}).get(art, (0.0, -1))[0]:
                links[a][art] = (score, b)

    # Shared quotation (strongest) or event: the same utterance or event makes the same claim.
    for index, weight in (
        (_index(sents, "quotes", quote_group_of), 2.0),
        (_index(sents, "events", event_key_of), 1.0),
    ):
        for members in index.values():
            for n, i in enumerate(members):
                for j in members[n + 1 :]:
                    if sents[i].article == sents[j].article:
                        continue
                    overlap = weighted_overlap(sents[i].keys, sents[j].keys, idf)
                    # Two sentences can share an event and say different things about it.
                    if weight >= 2.0 or overlap >= MIN_EVENT_OVERLAP:
                        offer(i, j, weight + overlap)
    # Wording: candidate pairs from an inverted index over rare keys.
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
        for j, n in counts.items():
            if n < MIN_SHARED:
                continue
            score = weighted_overlap(s.keys, sents[j].keys, idf)
            if score >= MIN_SIMILARITY:
                offer(i, j, score)
    return links


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
