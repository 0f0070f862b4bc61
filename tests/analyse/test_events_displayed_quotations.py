"""A fact check shows the claims it rates under a label (`Claim: "..."`): the quoted words
are someone's, put up to be examined, and tell no act. A name as the label is a speaker, and
an unquoted labelled line is told. Text written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "line",
    [
        'Claim: "Police detained 40 protesters in Holm Square overnight."',
        'Viral post: "The army attacked the depot in Holm on Tuesday."',
    ],
)
def test_a_labelled_claim_tells_no_event(events, line):
    text = "We checked the most widely shared claims.\n\n" + line + "\nRating: False\n"
    assert events(text) == []


def test_an_unquoted_labelled_line_is_told(events):
    found = events("Update: Police detained 40 protesters in Holm Square on Tuesday.")
    assert [e.type for e in found] == ["coerce"]


def test_the_rating_of_a_claim_keeps_the_checker_s_own_report(events):
    text = (
        'Claim: "Not a single protester was detained overnight."\n'
        "Rating: False\n\n"
        "Police in Holm said 38 people were arrested in Tannery Square on Tuesday night.\n"
    )
    [e] = events(text)
    assert e.type == "coerce"
    assert [t[1] for t in e.targets] == ["38 people"]
