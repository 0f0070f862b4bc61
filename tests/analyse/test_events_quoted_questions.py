"""Questions that end in a quotation: the quote's `?` frees the act told outside it only when
someone is told asking the quoted question (a speech verb or a colon before it) and the
words outside the quote are no question themselves. Text written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        'Will Velmar impose sanctions on what its foreign minister calls "the aggressors?"',
        'Did police arrest 40 protesters for what organisers called "a peaceful walk?"',
        'Will Velmar impose sanctions on Holm, and if so, "at what cost?"',
        "Did police arrest 40 protesters in Harlow Square on Tuesday, prompting one mother "
        'to ask: "Where is my son?"',
        'Who arrested 40 protesters in Harlow Square, prompting one mother to ask: "Why?"',
        'Is the army ready to attack the depot, one officer asked: "Where are the orders?"',
    ],
)
def test_a_question_ending_in_a_quotation_tells_no_act(events, text):
    found = events(text)
    assert not found, [e.type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 protesters in Harlow Square on Tuesday, one mother asked, "
        '"Where is my son?"',
        'The army attacked the depot on Tuesday, and one officer wondered "why now?"',
        'Among those arrested by police on Tuesday was Oskar Dahl, who asked: "Why me?"',
    ],
)
def test_an_act_told_before_a_quoted_question_stays(events, text):
    assert [e.type for e in events(text)] == ["coerce"]
