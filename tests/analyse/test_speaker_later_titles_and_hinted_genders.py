"""Who a pronoun or a bare title stands for (texts and names invented): `he added` never goes
to a person the text hints is a woman (and `she` never to a man); a speaker introduced by
title only is the person the article later names with that title; `The mayor of X, First
Last, said` is First Last however little of the name NER tags."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

_BREKKE = (
    'The outage hit the mill on Monday. "The backup pumps failed within minutes," said Jonas '
    "Brekke, the plant's safety chief.\n\n"
)


@pytest.mark.parametrize(
    "middle",
    [
        "Hanna Voss, the mill's director, said she had lost timber worth about 2 million crowns.",
        "Hanna Voss, the mill's director, said timber worth 2 million crowns had been spoiled. "
        "Her staff moved the logs by hand.",
    ],
)
def test_he_added_skips_a_woman_the_text_hints_at(nlp, middle: str) -> None:
    text = _BREKKE + middle + '\n\n"We will share the full logs with the inspectors," he added.'
    assert only(quotes(nlp, text), "full logs").speaker_name == "Jonas Brekke"


def test_she_skips_a_man_the_text_hints_at(nlp) -> None:
    text = (
        '"The dam held," said Lina Sand, the chief engineer.\n\n'
        "Ivo Stern, the port's director, said he had moved the cargo by hand.\n\n"
        '"We will publish every reading," she added.'
    )
    assert only(quotes(nlp, text), "every reading").speaker_name == "Lina Sand"


_MINISTER = (
    "HALDEN - Norland on Tuesday blamed Sorvia for the attack that cut power to 90,000 "
    "homes.\n\n"
    '"This was not an accident. It was an attack on the state," the transport minister told '
    "parliament.\n\nThe power failed across Norland on Sunday night.\n\n{}"
)


@pytest.mark.parametrize(
    "later",
    [
        "Lisa Marn, who has been transport minister since 2023, later told reporters that the "
        'government was considering "every option".',
        "Lisa Marn, the transport minister, later spoke to reporters.",
        "Transport Minister Lisa Marn later spoke to reporters.",
    ],
)
def test_a_title_only_speaker_is_the_person_named_later_with_it(nlp, later: str) -> None:
    q = only(quotes(nlp, _MINISTER.format(later)), "attack on the state")
    assert q.speaker_name == "Lisa Marn"


def test_two_holders_of_the_title_leave_it_unnamed(nlp) -> None:
    later = (
        "Lisa Marn, who was transport minister until 2023, spoke too. Ivo Stern, who has been "
        "transport minister since 2023, declined to comment."
    )
    q = only(quotes(nlp, _MINISTER.format(later)), "attack on the state")
    assert q.speaker_name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor of Dalsk, Per Ek, said the city would ask for compensation.", "Per Ek"),
        (
            "In Tarnby most homes had power back by Monday.\n\nThe mayor of Tarnby, Anders Vik, "
            'said the city would ask for compensation. "The port is our lifeline," Vik said.',
            "Anders Vik",
        ),
    ],
)
def test_the_apposed_name_of_an_office_holder_speaks(nlp, text: str, name: str) -> None:
    assert only(quotes(nlp, text), "ask for compensation").speaker_name == name
