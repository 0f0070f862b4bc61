"""A court's judgment and legal prose, business idioms, and the day a saying gives its act.

A court finding a party did a wrong is one verdict (CAMEO 116) against that party; `recalls
that`, `Decides that` and a year naming a thing (`the 1986 fisheries arrangement`) give no
other events or dates. `declined to comment`, `contributes 14 per cent of revenue`, `beating
forecasts`, `expects revenue growth` and `than the headline suggests` are no political acts.
An act told as done under `..., the company said on Tuesday` is dated by that Tuesday.
Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def test_a_court_ruling_that_a_state_breached_a_treaty_is_one_verdict(events):
    found = events("The Regional Court ruled on Friday that Mersia had breached the river treaty.")
    assert [(e.type, e.cameo, e.date) for e in found] == [("accuse", "116", "2031-03-07")]
    assert [a[1] for a in found[0].actors] == ["Regional Court"]
    assert [a[1] for a in found[0].targets] == ["Mersia"]


def test_a_court_recalling_the_filing_is_no_recalled_envoy(events):
    found = events("The court recalls that on 3 April 2022 Delan filed the case against Korsk.")
    assert [e for e in found if e.type == "sanction"] == []


def test_an_operative_decides_that_is_no_agreement(events):
    found = events("Decides that the boundary between the parties follows the median line.")
    assert found == []


def test_a_year_naming_the_object_does_not_date_the_act(events):
    found = events(
        "The court rejects Korsk's claim that the line referred to in the 1986 fisheries "
        "arrangement was a boundary."
    )
    assert [e.type for e in found] == ["reject"]
    assert found[0].date is None


def test_a_year_naming_the_rejected_accord_does_not_date_the_rejection(events):
    found = events("Korsk rejected the 2019 accord with Delan.")
    assert [(e.type, e.date) for e in found] == [("reject", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods declined to comment on the report.",
        "The Kettle unit contributes about 14 per cent of the group's revenue.",
        "Its profit rose 12 per cent in the quarter, beating forecasts.",
        "The company expects revenue growth of 6 per cent for the year ending 31 December 2032.",
        "The gap is closer than the headline suggests.",
    ],
)
def test_business_idioms_are_no_political_events(events, text):
    assert events(text) == []


def test_refusing_talks_is_still_a_rejection(events):
    found = events("Harlow Foods refused to negotiate with Pell Group.")
    assert [e.type for e in found] == ["reject"]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods rejected a takeover bid from Pell Group, the company said on Tuesday.",
        "Harlow Foods said on Tuesday that it had rejected a takeover bid from Pell Group.",
    ],
)
def test_an_act_told_done_is_dated_by_the_day_it_was_said(events, text):
    found = events(text)
    assert [(e.type, e.date) for e in found] == [("reject", "2031-03-11")]
    assert [a[1] for a in found[0].targets] == ["Pell Group"]


def test_an_act_said_to_come_keeps_its_own_day(events):
    found = events("The court said on Wednesday it would hear the appeal on Friday.")
    assert [e.date for e in found] in ([], ["2031-03-14"])


def test_the_saying_day_is_not_given_to_an_act_under_another_clause(events):
    found = events(
        "Pell Group said on Wednesday it was weighing its next step after the board of Harlow "
        "Foods rejected its takeover approach."
    )
    assert [(e.type, e.date) for e in found if e.type == "reject"] == [("reject", None)]


def test_an_act_joined_to_the_said_act_shares_the_saying_day(events):
    found = events("Harlow Foods said on Tuesday it had rejected the bid and ended talks.")
    assert [(e.type, e.date) for e in found if e.type == "reject"] == [("reject", "2031-03-11")]


def test_a_ruling_joined_to_another_act_of_the_court_is_a_verdict(events):
    found = events(
        "The tribunal on Wednesday drew a new boundary between Delan and Mersia and ruled that "
        "Mersia had violated Delan's fishing rights."
    )
    verdicts = [e for e in found if e.cameo == "116"]
    assert [(a[1], e.date) for e in verdicts for a in e.targets] == [("Mersia", "2031-03-12")]
