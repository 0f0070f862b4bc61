"""Number conflicts on invented articles: one counted group under different nouns, and
comparison by units of one noun and context rather than by every pair of numbers."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare import conflicts as conflicts_mod
from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import split
from newsgraph.compare.dossier import assemble


def _numbers(arts: list[dict[str, Any]]) -> list[list[tuple[str, str]]]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, [], [], []))
    return [
        sorted((v["outlet"], v["value"]) for v in c["values"])
        for c in d["conflicts"]
        if c["kind"] == "number"
    ]


def test_workers_members_and_an_agent_noun_of_one_stoppage_are_one_counted_group():
    a = _art(
        "a",
        "Orsa Courier",
        "Some 3,200 dockworkers walked off the job at the Tollen container terminal on Monday "
        "in a row over pay. The port authority said ships were waiting offshore. Talks with "
        "the employers are due to resume on Thursday.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "About 2,500 dockers downed tools at Tollen on Monday, closing the container terminal. "
        "Grain exporters warned of losses. The harbour master ordered ships to anchor.",
    )
    c = _art(
        "c",
        "Lisk Times",
        "Ships queued outside Tollen harbour on Monday. The Tollen Dockworkers' Guild said "
        "2,900 of its members had joined the stoppage. Its leader addressed a rally.",
    )
    assert _numbers([a, b, c]) == [
        [("Kelmor Daily", "2500"), ("Lisk Times", "2900"), ("Orsa Courier", "3200")]
    ]


def test_two_trades_are_not_one_counted_group():
    a = _art("a", "Orsa Courier", "Some 900 steelworkers walked out at the Brask mill on Monday.")
    b = _art("b", "Kelmor Daily", "Some 400 dockworkers walked out at the Brask mill on Monday.")
    assert _numbers([a, b]) == []


def test_a_hyphenated_number_word_keeps_its_tens():
    """`Thirty-eight` is 38, not the `eight` after the hyphen."""
    a = _art(
        "a", "Orsa Courier", "Thirty-eight passengers were hurt when the Tollen ferry hit the pier."
    )
    b = _art(
        "b", "Kelmor Daily", "Forty-two passengers were hurt when the Tollen ferry hit the pier."
    )
    assert _numbers([a, b]) == [[("Kelmor Daily", "42"), ("Orsa Courier", "38")]]


def test_a_number_before_a_name_counts_nothing():
    a = _art("a", "Orsa Courier", "Ferries stopped at pier 4 of Tollen on Monday after the storm.")
    b = _art("b", "Kelmor Daily", "Ferries stopped at pier 7 of Tollen on Monday after the storm.")
    assert _numbers([a, b]) == []


def test_alike_sentences_are_compared_once_per_noun_and_context(monkeypatch):
    """Fifty reports of six alike sentences: the contexts are compared a few times, not once
    per pair of the 300 numbers."""
    arts = [
        _art(
            f"{r:02d}",
            f"Outlet {r}",
            " ".join(f"{100 * r + k} homes lost power in the Harl valley storm." for k in range(6)),
        )
        for r in range(50)
    ]
    calls = []
    real = conflicts_mod.weighted_overlap

    def counting(a, b, idf):
        calls.append(1)
        return real(a, b, idf)

    monkeypatch.setattr(conflicts_mod, "weighted_overlap", counting)
    sents = split(arts, {a["id"]: a["id"] for a in arts})
    rows = conflicts_mod.conflicts(sents, [], [], [], {a["id"]: a for a in arts}, {})
    assert len(calls) < 50
    assert 1 <= len(rows) <= 7
