"""Stance conflicts compare what the act is done to, whose stance it is, and whether the report
tells it as its own: refusing to pay a ransom and agreeing to pay wages are two acts; a denied
or rumoured commitment is none; a third person in a speaker's own words is someone else.
Invented text."""

from __future__ import annotations

from typing import Any

import pytest
from dossier_support import article as _art
from test_conflicts_stance import _quote

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble


def _stances(a: str, b: str, quotes: list[dict[str, Any]] | None = None) -> list[list[str]]:
    arts = [_art("a", "Pell Gazette", a), _art("b", "Esk Radio", b)]
    quotes = [q(arts) for q in quotes or []]
    story = {"id": "s-1", "title": "t", "articles": [x["id"] for x in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, quotes))
    return [
        sorted(v["value"] for v in c["values"]) for c in d["conflicts"] if c["kind"] == "stance"
    ]


REFUSED = "Merrow Lines will not pay the ransom, the company said on Monday."


@pytest.mark.parametrize(
    "agreed",
    [
        "Merrow Lines has agreed to pay the wages of the sailors while they are held.",
        "Merrow Lines has agreed to pay the sailors' wages while they are held.",
        "Merrow Lines has agreed to pay in full for the repairs to the harbour wall.",
    ],
)
def test_acts_on_objects_that_share_no_word_are_no_conflict(agreed):
    assert _stances(REFUSED, agreed) == []


@pytest.mark.parametrize(
    ("refused", "agreed"),
    [
        (REFUSED, "Merrow Lines has agreed to pay the ransom demanded by the gang."),
        (  # one side tells no object: it may refuse what the other agreed to
            "Merrow Lines said on Monday that Merrow Lines will not pay.",
            "Merrow Lines has agreed to pay the wages of the sailors.",
        ),
        (  # an amount is no object (`a single penny`)
            "Merrow Lines will not pay a single penny, the company said.",
            "Merrow Lines has agreed to pay the wages of the sailors.",
        ),
        (  # objects folded through the synonym table (`vessel` / `ship`)
            "Merrow Lines will not release the vessel, its lawyers said.",
            "Merrow Lines has agreed to free the ship on Friday.",
        ),
    ],
)
def test_one_act_refused_and_agreed_to_is_a_conflict(refused, agreed):
    assert len(_stances(refused, agreed)) == 1


@pytest.mark.parametrize(
    "told",
    [
        "A spokesman for the owners denied that Merrow Lines had agreed to pay the ransom.",
        "The owners dismissed reports that Merrow Lines had agreed to pay the ransom.",
        "There were rumours that Merrow Lines had agreed to pay the ransom.",
    ],
)
def test_a_denied_or_rumoured_commitment_is_no_stance(told):
    assert _stances(REFUSED, told) == []


@pytest.mark.parametrize(
    "told",
    [
        "The owners denied that talks had failed; Merrow Lines has agreed to pay the ransom.",
        "A report by the port authority said that Merrow Lines had agreed to pay the ransom.",
    ],
)
def test_a_commitment_outside_a_denial_or_hearsay_stands(told):
    assert len(_stances(REFUSED, told)) == 1


def test_a_quote_cued_by_a_denial_is_no_stance():
    said = "it had agreed to pay the ransom"
    told = f"Merrow Lines denied on Monday that {said}."
    quote = lambda arts: _quote(arts[1], said, "Merrow Lines", "indirect", cue="denied")  # noqa: E731
    assert _stances(REFUSED, told, [quote]) == []


AGREED = "Merrow Lines has agreed to pay the ransom, a diplomat said."


def test_a_third_person_in_a_speakers_own_words_is_not_the_speaker():
    said = "They will not pay the ransom"
    text = f'"{said}," a Merrow Lines spokesman said on Monday.'
    quote = lambda arts: _quote(arts[0], said, "Merrow Lines spokesman", "direct")  # noqa: E731
    assert _stances(text, AGREED, [quote]) == []


@pytest.mark.parametrize("said", ["We will not pay the ransom", "Our company will not pay"])
def test_a_first_person_in_a_speakers_own_words_is_the_speaker(said):
    text = f'"{said}," a Merrow Lines spokesman said on Monday.'
    quote = lambda arts: _quote(arts[0], said, "Merrow Lines spokesman", "direct")  # noqa: E731
    assert len(_stances(text, AGREED, [quote])) == 1


def test_a_commitment_on_another_object_is_no_side():
    arts = [
        _art("a", "Pell Gazette", "Merrow Lines has agreed to pay, its lawyers said."),
        _art("b", "Esk Radio", REFUSED),
        _art("c", "Kestle Times", "Merrow Lines has agreed to pay the wages of the sailors."),
    ]
    story = {"id": "s-1", "title": "t", "articles": [x["id"] for x in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, []))
    assert [
        sorted(v["outlet"] for v in c["values"]) for c in d["conflicts"] if c["kind"] == "stance"
    ] == [["Esk Radio", "Pell Gazette"]]
