"""A past-tense clause told beside an act, before it and set off by a comma or semicolon
(`Twelve members voted for; Norvia voted against`), is no complement of that act: its subject
is no target, and a speaker's turn label before it (`The Minister (Ms X): ...`) names no one
the act was done to. A fronted complement still says what is demanded. Text written for these
tests (invented people and places)."""

from __future__ import annotations

import pytest


def _rejections(events, text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([a[1] for a in e.actors], [t[1] for t in e.targets])
        for e in events(text)
        if e.type == "reject"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Trade (Ms Orla Brennick): Yesterday twelve members of the council "
        "voted for the draft treaty, Norvia voted against and Tarsland abstained.\n",
        "Twelve members of the council voted for the text; Norvia alone voted against.",
    ],
)
def test_a_clause_told_beside_a_vote_against_is_no_target(events, text):
    assert _rejections(events, text) == [(["Norvia"], [])]


def test_a_fronted_demand_still_names_whom_it_asks(events):
    # control: a fronted complement with a modal is what is demanded, not a clause beside
    found = events("Tarsland must withdraw its troops from Kestmoor, Norvia demanded on Monday.")
    assert [([a[1] for a in e.actors], [t[1] for t in e.targets]) for e in found] == [
        (["Norvia"], ["Tarsland"])
    ]
