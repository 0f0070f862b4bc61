"""Review 22, finding 15: one fact told with its figure in three spellings (`EUR 2.7 billion, or
3.1% of GDP` / `2.7 billion euros, or 3.1 per cent of …` / `€2.7bn`) is one shared claim: the
unit's spelling is no word of the claim, and one telling figure, normalised, is evidence of one
claim where the sentences' other words say alike. A shared figure alone is not. Invented text."""

from __future__ import annotations

from typing import Any

from dossier_support import article

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.money import unit_free
from newsgraph.compare.text import words

RELEASE = (
    "The finance ministry said on Monday that next year's budget foresees a deficit of EUR 2.7 "
    "billion, or 3.1% of GDP, and raises school spending by 4.5%."
)
WIRE = (
    "The budget foresees a deficit of 2.7 billion euros, or 3.1 per cent of gross domestic "
    "product, the finance ministry said on Monday."
)
PAPER = "The deficit is forecast at €2.7bn next year, the finance ministry said."


def _shared(*texts: str) -> list[list[str]]:
    arts = [article(c, f"Outlet {c}", t) for c, t in zip("abc", texts, strict=False)]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d: dict[str, Any] = assemble(StoryBundle(story, arts, []))
    return [sorted(s["article"][:1] for s in c["spans"]) for c in d["shared"]]


def test_one_figure_in_three_spellings_is_one_shared_claim() -> None:
    assert _shared(RELEASE, WIRE, PAPER) == [["a", "b", "c"]]


def test_a_shared_figure_about_something_else_is_no_shared_claim() -> None:
    other = "Ticket sales at the harbour festival reached €2.7bn over ten years, organisers said."
    assert _shared(RELEASE, other) == []


def test_unit_words_of_a_figure_are_left_out() -> None:
    kept = [w.norm for w in unit_free(words("a deficit of EUR 2.7 billion, or 3.1 per cent"))]
    assert kept == ["a", "deficit", "of", "2.7", "or", "3.1", "per", "cent"]
    kept = [w.norm for w in unit_free(words("4.3 billion euros for 12 schools"))]
    assert kept == ["4.3", "for", "12", "schools"]
