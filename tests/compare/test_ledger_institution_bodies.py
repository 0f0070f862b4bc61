"""Quote ledger: a speaker named by one of the shared institution nouns
(`wordlists.INSTITUTION_NOUNS`: `the Cabinet`, `the Harbour Tribunal`) is a body, and two
bodies' different counts of one thing are two sources, never one utterance."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

MINISTRY = {"entity": "org:harbour-ministry", "name": "harbour ministry", "mention": None}
MINISTRY_41 = {
    **quote("1", "a", "Police arrested 41 people after the riot in Mill Square on Monday night"),
    "speaker": MINISTRY,
}


def _grouped_with_ministry(name: str, text: str) -> bool:
    other = {**quote("2", "b", text, "indirect"), "speaker": {"entity": None, "name": name}}
    records = [MINISTRY_41, other, *OTHERS]
    found = group_quotes(records, {r["article"]: r["article"] for r in records}, {})
    return "2" in next(g for g in found if "1" in g["quotes"])["quotes"]


@pytest.mark.parametrize("name", ["the Cabinet", "the Harbour Tribunal", "the Port Secretariat"])
def test_an_institution_noun_names_a_body_with_a_count_of_its_own(name: str) -> None:
    assert not _grouped_with_ministry(
        name, "38 people were arrested in Mill Square on Monday night"
    )


def test_the_same_count_from_an_institution_may_still_be_one_statement_relayed() -> None:
    text = "41 people were arrested in Mill Square on Monday night"
    assert _grouped_with_ministry("the Cabinet", text)
