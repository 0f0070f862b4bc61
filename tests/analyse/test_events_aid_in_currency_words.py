"""A sum pledged, sent or provided is aid (CAMEO 071) by its donor, whether NER tags it money
(`$3 million`) or the currency is a word it does not (`30 million crowns`, `4 million euro`,
`2.5 million pounds`); one told as to come (`would send`) is PLOVER's intent to give aid
(agree, CAMEO 033), as the PLOVER gold types `will give X a grant`. Two donors in one
sentence are two events. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, donor, kind",
    [
        ("Norvalia pledged 30 million crowns to Tavessa on Tuesday.", "Norvalia", "aid 071"),
        ("Mira pledged 5 million euros to Belvar.", "Mira", "aid 071"),
        ("The Kingdom of Osk sent 2.5 million pounds and a field hospital.", "Osk", "aid 071"),
        (
            "The Kingdom of Osk said it would send 2.5 million pounds and a field hospital.",
            "Osk",
            "agree 033",
        ),
        (
            "The Halveth government would provide 4 million euro in humanitarian assistance.",
            "Halveth",
            "agree 033",
        ),
    ],
)
def test_money_in_currency_words_is_aid(events, text, donor, kind):
    found = events(text)
    assert [f"{e.type} {e.cameo}" for e in found] == [kind]
    assert donor in " ".join(a[1] for a in found[0].actors)


def test_two_donors_are_two_events(events):
    found = events(
        "Corland pledged $10 million in emergency aid, and the Kingdom of Oskara said it would "
        "send 2.5 million pounds and a field hospital."
    )
    assert sorted((e.cameo, a[1]) for e in found for a in e.actors) == [
        ("033", "Oskara"),
        ("071", "Corland"),
    ]


def test_money_for_the_own_public_is_still_no_aid(events):
    found = events("The government promised 200 million rupees in tax cuts to voters.")
    assert [e.type for e in found] != ["aid"]
