"""An unquoted `I` no one is named as (an interview's answer, a column) who acts on `him` or
`her`: the last person named may be that `I`, so the pronoun names no one known rather than
making the speaker the target of their own act. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "answer",
    [
        "I have asked her to correct it.",
        "We have asked him to correct it.",
    ],
)
def test_an_unknown_i_asking_her_does_not_make_the_interviewee_the_target(events, answer):
    found = events(
        "Health Minister Ilse Marven spoke to us in Kell. Your spokesperson said the clinic "
        "was closed. Which is it? The spokesperson was talking about the old clinic. " + answer
    )
    assert all("Ilse Marven" not in [a[1] for a in e.targets] for e in found)


def test_a_third_person_acting_on_her_still_points_back(events):
    found = events("Ilse Marven arrived in Kell on Monday. Police arrested her on Tuesday.")
    arrests = [e for e in found if e.type == "coerce"]
    assert [[a[1] for a in e.targets] for e in arrests] == [["Ilse Marven"]]


def test_a_quoted_i_asking_her_still_points_back(events):
    found = events(
        'Ilse Marven arrived in Kell on Monday. "I have asked her to leave," the mayor said.'
    )
    asks = [e for e in found if e.type == "request"]
    assert [[a[1] for a in e.targets] for e in asks] == [["Ilse Marven"]]
