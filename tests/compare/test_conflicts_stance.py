"""Stance conflicts: one actor's act refused in one report and agreed to in another (a
spokesman's `We will not pay …` / `Brask had agreed to pay …`), one act being one verb on one
object (a ransom is not a flight home). Invented text."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

REFUSAL = (
    "Brask's interior ministry said on Monday that it would not pay any ransom for the "
    "freed hostages.\n\nThe talks resume in Esk next week."
)
QUOTED = (
    '"We will not pay a single crown to these people," Lena Moss, a ministry spokeswoman, said.'
)
AGREED = (
    "A diplomat who asked not to be named said Brask had agreed to pay for the hostages' "
    "flight home.\n\nThe talks resume in Esk next week."
)
AGREED_RANSOM = (
    "A diplomat who asked not to be named said Brask had agreed to pay a ransom for the "
    "hostages.\n\nThe talks resume in Esk next week."
)


def _quote(
    art: dict[str, Any], said: str, name: str, kind: str, cue: str = "said"
) -> dict[str, Any]:
    start = art["text"].index(said)
    return {
        "id": art["id"][:8] + str(start),
        "article": art["id"],
        "kind": kind,
        "text": said,
        "start": start,
        "end": start + len(said),
        "speaker": {"entity": None, "name": name, "mention": None},
        "cue": cue,
        "addressee": None,
        "via": None,
        "label": "quote",
        "continues": None,
    }


def _stances(arts: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> list[list[tuple]]:
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, quotes))
    return [
        sorted((v["outlet"], v["value"]) for v in c["values"])
        for c in d["conflicts"]
        if c["kind"] == "stance"
    ]


def _refused_and_agreed(agreed: str, said: str) -> list[list[tuple]]:
    """The ministry's retold refusal in one report against a diplomat's `said` in `agreed`."""
    a = _art("a", "Pell Gazette", REFUSAL)
    b = _art("b", "Esk Radio", agreed)
    refusal = "it would not pay any ransom for the freed hostages"
    quotes = [
        _quote(a, refusal, "Brask's interior ministry", "indirect"),
        _quote(b, said, "A diplomat", "indirect"),
    ]
    return _stances([a, b], quotes)


def test_a_refusal_told_as_its_speakers_and_an_agreement_of_the_same_side_conflict():
    said = "Brask had agreed to pay a ransom for the hostages"
    assert _refused_and_agreed(AGREED_RANSOM, said) == [
        [("Esk Radio", "agreed to pay"), ("Pell Gazette", "would not pay")]
    ]


def test_a_refused_ransom_and_an_agreed_flight_home_are_two_acts():
    said = "Brask had agreed to pay for the hostages' flight home"
    assert _refused_and_agreed(AGREED, said) == []


def test_a_named_refusal_outside_quotes_conflicts_too():
    a = _art("a", "Pell Gazette", "Brask has refused to pay, its lawyers told the court.")
    b = _art("b", "Esk Radio", AGREED)
    assert _stances([a, b], []) == [
        [("Esk Radio", "agreed to pay"), ("Pell Gazette", "refused to pay")]
    ]


def test_a_we_of_an_unknown_side_or_another_side_is_no_conflict():
    a = _art("a", "Pell Gazette", QUOTED)
    b = _art("b", "Esk Radio", AGREED)
    moss = _quote(a, "We will not pay a single crown to these people", "Lena Moss", "direct")
    assert _stances([a, b], [moss]) == []
    c = _art("c", "Kestle Times", "Harlan had agreed to pay for the hostages' flight home.")
    d = _art("d", "Dunmore Wire", "Officials said Brask would not pay. Brask has refused to pay.")
    assert _stances([c, d], []) == []


def test_a_report_that_tells_both_stances_is_no_side():
    a = _art(
        "a",
        "Pell Gazette",
        "Brask has refused to pay a ransom. Brask has agreed to pay for the flight home.",
    )
    b = _art("b", "Esk Radio", AGREED)
    assert _stances([a, b], []) == []


def test_a_refusal_and_an_agreement_of_other_acts_are_no_conflict():
    a = _art("a", "Pell Gazette", "Brask has refused to negotiate with the kidnappers.")
    b = _art("b", "Esk Radio", AGREED)
    assert _stances([a, b], []) == []
