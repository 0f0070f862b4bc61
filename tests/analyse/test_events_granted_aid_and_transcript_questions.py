"""Aid told as a decided sum (`approved $3 million for X`, `announced $1.5 million in
funding`) or a release of relief goods (`released 50,000 doses of vaccine to X`) is aid, not
an agreement or a release of prisoners; a reporter's question in a transcript and a `Thank
you` tell no act. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "The ministers approved $3 million from the bloc's emergency fund for Marn on Monday.",
            "2031-03-10",
        ),
        (
            "Trade Minister Claire Dorn announced $1.5 million in humanitarian funding for Marn.",
            None,
        ),
        ("The health agency has released 50,000 doses of measles vaccine to Marn.", None),
    ],
)
def test_a_granted_sum_or_relief_goods_are_aid(events, text, day):
    found = events(text)
    assert [(e.type, e.date) for e in found] == [("aid", day)]


def test_a_release_of_prisoners_is_still_a_release(events):
    found = events("The army released 40 prisoners on Monday.")
    assert [e.type for e in found] == ["retreat"]


def test_a_reporters_question_and_thanks_tell_no_act(events):
    found = events(
        "Q (Lars Pell, Harl Gazette): President Ostin, the bridge was first promised in 2019.\n"
        "PRESIDENT OSTIN: Thank you, Mr President. The army withdrew from Varn on Monday.\n"
    )
    assert [(e.type, e.date) for e in found] == [("retreat", "2031-03-10")]


def test_a_question_line_tells_no_act_of_a_noun_either(events):
    found = events(
        'Q (Ana Lint, Selm Post): President Ostin, the opposition calls the reserve "a warehouse'
        ' without grain". When will it open?\nPRESIDENT OSTIN: Soon.\n'
    )
    assert found == []


def test_the_fund_a_sum_comes_from_is_no_recipient(events):
    found = events(
        "The Leaders approved a contribution of US$5 million from the Community Emergency Fund"
        " to Marn."
    )
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("aid", ["Marn"])]
