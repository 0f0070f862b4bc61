"""Quote ledger, session 13: two loose paraphrase links of one speaker's different statements.

A figure and the word it counts (`400 porters`) shared by two statements is no evidence that they
are one statement, as one shared name is not; and two openings qualified by a contrast (`X fell,
but …`) are one statement only when the contrast goes on about X, not about something new."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, group_of, quote

SPEAKER = "Ilse Varga"


def _linked(a: dict, b: dict) -> bool:
    return "2" in group_of(a, b, *OTHERS, of="1")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the depot would take on 400 porters", "400 porters had walked off the site"),
        ("We will train 400 porters", "400 porters are on strike"),
        ("the yard had laid off 400 porters", "400 porters would join the union"),
    ],
)
def test_one_figure_and_its_noun_shared_is_no_evidence(first: str, second: str) -> None:
    a = quote("1", "a", first, "indirect", SPEAKER)
    b = quote("2", "b", second, "indirect", SPEAKER)
    assert not _linked(a, b)


def test_one_figure_with_the_same_statement_around_it_still_links() -> None:
    a = quote("1", "a", "the depot would hire 400 porters before the harvest", "indirect", SPEAKER)
    b = quote("2", "b", "We will hire 400 porters before the harvest starts", "direct", SPEAKER)
    assert _linked(a, b)


def test_a_figure_with_a_synonym_of_the_verb_still_links() -> None:
    a = quote("1", "a", "the dredger would stop for 12 days", "indirect", SPEAKER)
    b = quote("2", "b", "The dredger will halt for 12 days", "direct", SPEAKER)
    assert _linked(a, b)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Inflation fell, but the harvest was the worst in a decade",
            "inflation had eased but the bank would keep its rates",
        ),
        (
            "Sales fell, but our stores in the north stayed busy",
            "sales had dropped but Varga Foods planned to hire staff",
        ),
        (
            "Rents fell, but we expect a hard winter for the builders",
            "rents had eased but they would raise the port fees",
        ),
    ],
)
def test_a_contrast_about_something_new_is_another_statement(first: str, second: str) -> None:
    a = quote("1", "a", first, "direct", SPEAKER)
    b = quote("2", "b", second, "indirect", SPEAKER)
    assert not _linked(a, b)


def test_a_contrast_going_on_about_the_same_subject_still_links() -> None:
    a = quote(
        "1", "a", "Rents have fallen, but not far enough for young families", "direct", SPEAKER
    )
    b = quote("2", "b", "rents had eased but remained too high", "indirect", SPEAKER)
    assert _linked(a, b)
    c = quote("2", "b", "rents had eased, but it was still too high", "indirect", SPEAKER)
    assert _linked(a, c)
