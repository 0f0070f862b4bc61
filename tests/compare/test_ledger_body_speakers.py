"""Quote ledger: two named bodies as speakers are two sources.

An organisation entity (`the harbour ministry`) and a body the extractor left untyped (`Police`)
are both known and differ: their figures (41 arrested / 38 arrested) are two sources' counts,
not one utterance with a number changed, and a third report with no speaker does not chain them.
Two bodies telling the same may be one statement relayed (a ministry for its police), and a
person described by a body (`a ministry spokeswoman`) may speak for it."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

MINISTRY = {"entity": "org:harbour-ministry", "name": "harbour ministry", "mention": None}


def _as(record: dict, speaker: dict | None) -> dict:
    return {**record, "speaker": speaker}


def _group(*records: dict, of: str = "1") -> dict:
    found = group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})
    return next(g for g in found if of in g["quotes"])


def _untyped(name: str) -> dict:
    return {"entity": None, "name": name, "mention": None}


#: The ministry's count, and another body's different count of the same arrests.
MINISTRY_41 = _as(
    quote("1", "a", "Police arrested 41 people after the riot in Mill Square on Monday night"),
    MINISTRY,
)
ARRESTED_38 = "38 people were arrested in Mill Square on Monday night"


def _said_by(name: str, text: str = ARRESTED_38, kind: str = "indirect") -> dict:
    return _as(quote("2", "b", text, kind), _untyped(name))


def test_an_organisation_and_an_untyped_body_are_two_sources() -> None:
    assert "2" not in _group(MINISTRY_41, _said_by("Police"), *OTHERS)["quotes"]


def test_an_untyped_body_with_a_longer_name_is_a_body_too() -> None:
    b = _said_by("the Selby Harbour Authority")
    assert "2" not in _group(MINISTRY_41, b, *OTHERS)["quotes"]


def test_a_person_described_by_the_body_may_speak_for_it() -> None:
    words = "41 people were arrested after the riot in Mill Square on Monday night"
    group = _group(MINISTRY_41, _said_by("a ministry spokeswoman", words, "direct"), *OTHERS)
    assert "2" in group["quotes"]
    assert not group["attribution_conflict"]


def test_the_same_words_given_to_two_bodies_stay_one_group() -> None:
    b = _said_by("Police", MINISTRY_41["text"], "direct")
    assert "2" in _group(MINISTRY_41, b, *OTHERS)["quotes"]


def test_two_bodies_telling_the_same_count_may_be_one_statement_relayed() -> None:
    b = _said_by("Police", ARRESTED_38.replace("38", "41"))
    assert "2" in _group(MINISTRY_41, b, *OTHERS)["quotes"]


def test_an_unnamed_report_does_not_weld_two_bodies_counts() -> None:
    c = quote("3", "c", "38 arrested in Mill Square", "indirect", speaker=None)
    assert "2" not in _group(MINISTRY_41, _said_by("Police"), c, *OTHERS)["quotes"]
