"""A refusal said is done, and a simple past coordinated under a future verb keeps its own
tense and day (`will not concede ... and filed an appeal on Tuesday`); a future `until`
clause is a condition. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _by_type(found) -> dict:
    return {e.type: e for e in found}


@pytest.mark.parametrize(
    "text",
    [
        '"We will not concede this election," challenger Mara Brask told supporters in Holm.',
        "Mara Brask said she would not concede the election.",
    ],
)
def test_a_refusal_said_is_done_not_planned(events, text):
    assert [(e.type, e.status) for e in events(text)] == [("reject", "happened")]


def test_a_past_verb_beside_a_future_one_keeps_its_tense_and_day(events):
    found = _by_type(
        events(
            "Mara Brask, the defeated challenger, has said she will not concede and filed an "
            "appeal with the Constitutional Court on Tuesday."
        )
    )
    request, refusal = found["request"], found["reject"]
    assert (request.status, request.date) == ("happened", "2031-03-11")
    assert (refusal.status, refusal.date) == ("happened", None)


def test_a_future_until_clause_is_a_condition_not_an_act(events):
    found = events(
        '"We will stay out until the offer is on paper, signed, with a date on it," union '
        "leader Senna Quist told a crowd at the main gate."
    )
    assert "agree" not in [e.type for e in found]
