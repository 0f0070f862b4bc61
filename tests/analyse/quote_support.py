"""Shared helpers for the quote tests: extraction with the provenance check every test wants."""

from __future__ import annotations

from newsgraph.analyse.quotes import extract_quotes
from newsgraph.records import Quote

#: An opening paragraph that names the people the test sentences refer to.
INTRO = (
    "Harbour master Ana Ruiz met Velorian President Teodor Ilvane in Portavel on Monday "
    "to discuss the damaged port.\n\n"
)


def quotes(nlp, text: str, *, label: str = "quote") -> list[Quote]:
    found = [q for q in extract_quotes(nlp(text)) if q.label == label]
    for q in found:  # provenance: every span points at its words
        assert text[q.start : q.end] == q.text
        for m in (q.speaker, q.cue, q.addressee):
            assert m is None or text[m.start : m.end] == m.text
    return found


def only(found: list[Quote], fragment: str) -> Quote:
    hits = [q for q in found if fragment in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]
