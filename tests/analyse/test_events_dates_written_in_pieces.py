"""A day written with its weekday that NER tags in pieces (`Wednesday` + `5 March` for
`Wednesday (5 March)`): the event takes the whole written day, not the weekday piece alone,
which would resolve to another day. Sentences written for these tests (invented places); the
fixture's paper is published on Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "when",
    ["on Wednesday (5 March)", "on Wednesday, 5 March,"],
)
def test_weekday_and_date_in_pieces_give_the_written_day(events, when):
    found = events(f"The army withdrew its troops from the border town {when} officials said.")
    assert [(e.type, e.date) for e in found] == [("retreat", "2031-03-05")]


def test_weekday_after_the_date_keeps_the_written_day(events):
    found = events("The Norvik army withdrew its troops from Dresk on 5 March, a Wednesday.")
    assert [(e.date, e.date_text) for e in found] == [("2031-03-05", "5 March, a Wednesday")]


def test_weekday_alone_still_counts_back(events):
    found = events("The army withdrew its troops from the border town on Wednesday.")
    assert [e.date for e in found] == ["2031-03-12"]
