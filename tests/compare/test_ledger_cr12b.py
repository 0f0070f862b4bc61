"""Quote ledger, code review 12b: two quotes by one speaker that open with the same subject and
verb are one statement only when they agree beyond that opening (a content word shared, or each
opening a whole clause the speaker qualifies), not when they go on to say different things."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes


def _linked(a: dict, b: dict) -> bool:
    recs = [a, b, *OTHERS]
    groups = group_quotes(recs, {r["article"]: r["article"] for r in recs}, {})
    return any({"1", "2"} <= set(g["quotes"]) for g in groups)


@pytest.mark.parametrize(
    ("said", "told"),
    [
        (
            "Fares climbed by a fifth on the ferry routes after the fuel duty went up in March",
            "fares climbed because the operators of the island boats needed new engines",
        ),
        (
            "Catches dropped along the whole northern shelf during the long spell of warm water",
            "catches dropped after the cooperative sold half of its trawlers to a foreign buyer",
        ),
    ],
)
def test_one_speakers_quotes_that_only_open_alike_are_not_linked(said, told):
    direct = quote("1", "a", said, speaker="Ida Moor")
    indirect = quote("2", "b", told, "indirect", "Ida Moor")
    assert not _linked(direct, indirect)


def test_an_opening_retold_with_a_word_of_the_rest_is_still_a_paraphrase():
    direct = quote(
        "1", "a", "Fares climbed by a fifth on the ferry routes this spring", speaker="Ida Moor"
    )
    told = quote("2", "b", "fares had risen on the island ferry routes", "indirect", "Ida Moor")
    assert _linked(direct, told)
