"""A paper that asks for an act acts through the one its own `by` or `from` names (`A report by
Amnesty International called for ...`, `a letter from the Bar Council`), as through the agent
of a participle on it (`drafted by X`); a date after `by` is no author. Text written for these
tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _requests(found):
    return [[a[1] for a in e.actors] for e in found if e.type == "request"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "A report by Amnesty International called for the minister to resign.",
            "Amnesty International",
        ),
        (
            "A letter from the Kelvar Bar Council calls for the judge to resign.",
            "Kelvar Bar Council",
        ),
    ],
)
def test_a_paper_by_someone_asks_through_them(events, text, author):
    assert _requests(events(text)) == [[author]]


def test_a_date_after_by_is_no_author(events):
    assert _requests(events("A plan by 2030 calls for the rebels to withdraw.")) == [[]]
