"""Quote ledger, session 12: a paraphrase that changes a count is flagged for the reader."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes


def _group_of(*records: dict) -> dict:
    recs = [*records, *OTHERS]
    groups = group_quotes(recs, {r["article"]: r["article"] for r in recs}, {})
    (g,) = [g for g in groups if "1" in g["quotes"]]
    return g


def _flags(g: dict, qid: str) -> list[str]:
    (m,) = [m for m in g["members"] if m["quote"] == qid]
    return m["flags"]


def test_a_paraphrase_that_changes_a_count_is_flagged():
    direct = quote("1", "a", "The mill shipped 40 tonnes of flour to Kestria before the storm")
    told = quote(
        "2",
        "b",
        "the mill had sent 14 tonnes of its flour to Kestria ahead of the storm",
        "indirect",
    )
    g = _group_of(direct, told)
    assert g["relation"] == "paraphrase"
    assert g["flagged"]
    assert any(f.startswith("number changed") for f in _flags(g, "2"))


def test_a_paraphrase_with_the_same_count_is_not_flagged():
    direct = quote("1", "a", "The mill shipped 40 tonnes of flour to Kestria before the storm")
    told = quote(
        "2",
        "b",
        "the mill had sent forty tonnes of its flour to Kestria ahead of the storm",
        "indirect",
    )
    g = _group_of(direct, told)
    assert g["relation"] == "paraphrase"
    assert _flags(g, "2") == []
