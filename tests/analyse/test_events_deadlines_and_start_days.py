"""A date after `by` is a deadline only after a verb of completing, leaving or paying, or in a
clause told as to come; a deadline in such a clause never dates an act done. A measure put in
force `from` a written date still recent started then; a weekday of this week already gone,
told in a simple past, is that past day. An announced measure is, besides the announcing,
the measure itself planned on its start day. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, day",
    [
        ("The council approved the plan by 14/3 on Tuesday.", "2031-03-11"),
        ("The council approved the plan by 14/3.", None),
    ],
)
def test_a_margin_after_by_is_no_deadline(events, text, day):
    found = [e for e in events(text) if e.type == "agree"]
    assert [(e.date, e.status) for e in found] == [(day, "happened")]


@pytest.mark.parametrize(
    "text",
    [
        "The Leaders agreed to set up a grain reserve, to be fully operational by December 2027.",
        "The regional council agreed to build a flood barrier, to be completed by March 2028.",
    ],
)
def test_a_target_date_does_not_date_the_agreement(events, text):
    found = [e for e in events(text) if e.type == "agree"]
    assert [(e.date, e.status) for e in found] == [(None, "happened")]


def test_a_study_due_by_a_date_is_not_dated_by_it(events):
    found = events("The ministers directed the Secretariat to complete a study by June 2027.")
    assert all(e.date != "2027-06" for e in found)


def test_a_study_of_no_party_is_no_investigation(events):
    found = events(
        "The ministers directed the Secretariat to complete a feasibility study on the railway."
    )
    assert [e.type for e in found if e.type == "accuse"] == []


def test_a_study_into_a_named_body_is_still_an_investigation(events):
    found = events("The regulator completed a study into the Veld Group on Monday.")
    assert [(e.type, e.date) for e in found] == [("accuse", "2031-03-10")]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The government closed all schools from March 12.", "2031-03-12"),
        ("The government banned all rallies from March 10, the ministry said.", "2031-03-10"),
        ("The government closed all schools from 10 March.", "2031-03-10"),
        ("The government banned all rallies from Wednesday.", "2031-03-12"),
    ],
)
def test_a_measure_from_a_day_gone_started_then(events, text, day):
    found = [e for e in events(text) if e.type == "coerce"]
    assert [e.date for e in found] == [day]
    assert found[0].status != "planned"


def test_a_measure_from_a_weekday_to_come_still_looks_ahead(events):
    found = [e for e in events("The government banned all rallies from Friday.")]
    assert [(e.date, e.status) for e in found] == [("2031-03-14", "planned")]


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "Interior Minister Ion Vasko has announced a night curfew in Lenmora from 27/11.",
            "2031-11-27",
        ),
        ("The government on Tuesday announced a ban on rallies starting Saturday.", "2031-03-15"),
    ],
)
def test_an_announced_measure_is_also_planned_on_its_start_day(events, text, start):
    found = [e for e in events(text) if e.type == "coerce"]
    assert [(e.status, e.date) for e in found if e.status == "planned"] == [("planned", start)]
    told = [e for e in found if e.status != "planned"]
    assert len(told) == 1 and told[0].date != start


def test_a_measure_imposed_from_a_day_gone_adds_no_plan(events):
    found = events("The army imposed a curfew in Tessa from Monday, officials said on Wednesday.")
    assert [e.status for e in found if e.type == "coerce"] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "A court convicted two men in the 2019 raid on the Verlo bank.",
        "Prosecutors charged two men in the 2019 raid on the Verlo bank.",
    ],
)
def test_a_raid_does_not_date_a_later_legal_act(events, text):
    assert [e.date for e in events(text)] == [None]


def test_an_arrest_in_a_raid_is_dated_by_it(events):
    found = events("Police arrested two men in the 2019 raid on the Verlo bank.")
    assert [e.date for e in found] == ["2019"]


@pytest.mark.parametrize(
    "text, kind, day",
    [
        ('"We will boycott the vote on Sunday," said Ana Ruiz.', "threaten", "2031-03-16"),
        ('"We will challenge the vote in court on Monday," said Ana Ruiz.', "accuse", "2031-03-17"),
    ],
)
def test_a_timed_quoted_act_on_the_ballot_is_literal(events, text, kind, day):
    assert [(e.type, e.date) for e in events(text)] == [(kind, day)]


def test_taking_over_as_chair_is_no_seizure(events):
    assert events("President Mira Solen takes over as chair of the Community for 2027.") == []
