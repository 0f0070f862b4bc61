"""A sum's recipient the parser hangs under its source (`from the bloc's emergency fund for
Chad`) is still whom the aid is for; a date in a content clause told with `will`/`would`
(`agreed that the next summit will be held in November 2031`) is the day of what was agreed,
not of the agreement. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Dravnia approved $5 million from the bloc's emergency fund for Chad "
        "on Monday.",
        "Dravnia released $2 million from its reserve fund to Chad on Monday.",
    ],
)
def test_a_recipient_under_the_source_is_the_target(events, text):
    found = [e for e in events(text) if e.type == "aid"]
    assert [[t[1] for t in e.targets] for e in found] == [["Chad"]]


def test_the_source_itself_stays_no_recipient(events):
    found = events(
        "Dravnia approved a contribution of $5 million from the Community Emergency Fund on Monday."
    )
    assert [e.targets for e in found if e.type == "aid"] == [[]]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The two leaders agreed that the next summit will be held in November 2031.", None),
        (
            "The two leaders agreed on Monday that the next summit will be held in November 2031.",
            "2031-03-10",
        ),
        ("Dravnia and Chad agreed that the border would reopen on 1 June.", None),
    ],
)
def test_an_agreement_is_not_dated_by_the_day_it_sets(events, text, day):
    found = [e for e in events(text) if e.type == "agree"]
    assert [(e.date, e.status) for e in found] == [(day, "happened")]
