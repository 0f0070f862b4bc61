"""A fact one speaker states (`At least three trawlers are still held in Vell harbour`,
according to a ministry) and another speaker only mentions, as the object of a preposition
(`the port would stay open for the crews of at least three other trawlers still held in Vell
harbour`), is one fact told by two sources, not one statement: no quote group joins them. The
same words as the statement itself still link (invented text)."""

from __future__ import annotations

from ledger_support import OTHERS, group_of, quote


def _said_by(record: dict, entity: str) -> dict:
    """`record` with its speaker typed (`person:…`, `org:…`): a person against an organisation
    is no known pair of different speakers (`speaker_match` says `unknown`)."""
    record["speaker"]["entity"] = entity
    return record


MINISTRY = _said_by(
    quote(
        "b1",
        "art-b",
        "At least three trawlers are still held in Vell harbour",
        kind="indirect",
        speaker="fisheries ministry",
    ),
    "org:fisheries-ministry",
)


def _minister(text: str) -> dict:
    return _said_by(
        quote("a1", "art-a", text, kind="indirect", speaker="Rolf Anker"), "person:rolf-anker"
    )


def test_a_fact_mentioned_after_a_preposition_is_no_quote_of_the_other_speaker() -> None:
    a = _minister(
        "the port would stay open for the crews of at least three other trawlers still held in "
        "Vell harbour"
    )
    assert group_of(a, MINISTRY, *OTHERS) == {"a1"}


def test_the_statement_itself_still_links() -> None:
    a = _minister(
        "at least three trawlers are still held in Vell harbour and the port would stay open "
        "for their crews"
    )
    assert group_of(a, MINISTRY, *OTHERS) == {"a1", "b1"}
