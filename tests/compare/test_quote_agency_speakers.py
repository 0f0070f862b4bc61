"""A wire agency named as a quote's speaker (`…, Interfax reported`) is the channel that relayed
the statement, not a second speaker: against the body another outlet names (`the election
board said`) the speakers are unknown, not different, so the two reports of one statement may
link as a paraphrase. Two bodies that are not agencies still differ (invented text)."""

from __future__ import annotations

from ledger_support import OTHERS, group_of, quote

from newsgraph.compare.quotes import prepare, speaker_match

BOARD = quote(
    "b1",
    "art-b",
    "parliamentary elections in Velmara set for March will be held between two parties for "
    "the first time in the republic's history",
    kind="indirect",
    speaker="Velmara Election Board",
)


def _relayed(speaker: str) -> dict:
    return quote(
        "a1",
        "art-a",
        "for the first time in the republic's history its parliamentary elections in March will "
        "have two parties",
        kind="indirect",
        speaker=speaker,
    )


def test_an_agency_as_speaker_is_no_second_speaker() -> None:
    a, b = prepare(_relayed("Interfax"), "art-a"), prepare(BOARD, "art-b")
    assert speaker_match(a, b) == "unknown"
    assert speaker_match(prepare(_relayed("Reuters"), "art-a"), b) == "unknown"


def test_a_statement_relayed_by_an_agency_links_to_the_body_that_made_it() -> None:
    assert group_of(_relayed("Interfax"), BOARD, *OTHERS) == {"a1", "b1"}


def test_two_bodies_that_are_not_agencies_still_differ() -> None:
    a, b = prepare(_relayed("Velmara Farmers Union"), "art-a"), prepare(BOARD, "art-b")
    assert speaker_match(a, b) == "differ"
    assert group_of(_relayed("Velmara Farmers Union"), BOARD, *OTHERS) == {"a1"}
