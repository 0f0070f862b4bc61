"""An outlet that quotes only a cut of a statement (`the fisheries ministry called for "the
immediate release of …"`) quotes the same statement another outlet gives whole (`We call for
the immediate release of …`): the cut is one run of the whole quote's words, no fact the
whole quote merely mentions after its preposition, so the two still join one quote group
(invented text)."""

from __future__ import annotations

from ledger_support import OTHERS, group_of, quote


def _said_by(record: dict, entity: str) -> dict:
    record["speaker"]["entity"] = entity
    return record


def test_a_cut_of_a_statement_after_a_preposition_still_links() -> None:
    whole = _said_by(
        quote(
            "a1",
            "art-a",
            "We call for the immediate release of all three trawler crews held in Vell harbour "
            "since Sunday",
            kind="direct",
            speaker="Rolf Anker",
        ),
        "person:rolf-anker",
    )
    cut = _said_by(
        quote(
            "b1",
            "art-b",
            "the immediate release of all three trawler crews held in Vell harbour",
            kind="direct",
            speaker="fisheries ministry",
        ),
        "org:fisheries-ministry",
    )
    assert group_of(whole, cut, *OTHERS) == {"a1", "b1"}
