"""Dates an event takes from its context: the sentence before in the same paragraph when the
sentence goes on from it (`then`, the same actor), an `after` clause's own act counted back
from the clause it hangs on (`three days after`), fixed-day holidays (`on New Year's Day`).
Sentences written for these tests (invented places and people); the fixture's paper is
published on Thursday 2031-03-13."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.analyse import newsdates


def _of(found, kind):
    return [e for e in found if e.type == kind]


def test_follow_on_sentence_takes_the_date_before(events):
    found = events("On Tuesday the Norvik navy boarded the tanker. Ilvane then protested.")
    assert [e.date for e in _of(found, "protest")] == ["2031-03-11"]


def test_same_actor_takes_the_date_of_the_telling_before(events):
    found = events(
        "Foreign Minister Mara Tell told parliament on Wednesday morning. She said she had "
        "demanded that the ship be released."
    )
    requests = _of(found, "request")
    assert [(e.date, e.actors[0][1]) for e in requests] == [("2031-03-12", "Mara Tell")]


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph
        "On Tuesday the Norvik navy boarded the tanker.\n\nIlvane then protested.",
        # no follow-on word, another actor
        "On Tuesday the Norvik navy boarded the tanker. Ilvane protested.",
        # the present perfect names no time
        "On Tuesday the Norvik navy boarded the tanker. Ilvane has since protested.",
    ],
)
def test_no_date_carried(events, text):
    found = events(text)
    assert [e.date for e in _of(found, "protest")] == [None]


def test_plan_takes_no_date_from_the_sentence_before(events):
    found = events("On Tuesday the Norvik navy boarded the tanker. Ilvane will then protest.")
    assert all(e.date is None for e in found if e.status == "planned")


def test_act_in_after_clause_is_an_event(events):
    found = events("Ilvane protested on Monday, after the Norvik navy seized the tanker on Sunday.")
    assert [(e.type, e.date) for e in found] == [
        ("protest", "2031-03-10"),
        ("coerce", "2031-03-09"),
    ]


def test_after_clause_counted_back_from_its_clause(events):
    found = events(
        "Negotiators from Norvik and Ilvane met in Portavel on Tuesday, three days after "
        "Norvik marines boarded the tanker in the strait."
    )
    assert [(e.type, e.date) for e in found] == [
        ("consult", "2031-03-11"),
        ("coerce", "2031-03-08"),
    ]


def test_after_clause_with_pronoun_subject_stays_part_of_its_clause(events):
    found = events("The Norvik navy seized the tanker after it ignored orders to stop.")
    assert [e.type for e in found] == ["coerce"]


def test_holiday_dates_the_event(events):
    found = events("Negotiators from Norvik and Ilvane met in Portavel on New Year's Day.")
    assert [(e.type, e.date) for e in found] == [("consult", "2031-01-01")]


def test_holidays_resolve_like_weekdays():
    published = date(2031, 3, 13)
    resolve_date = newsdates.resolve_date
    assert resolve_date("on New Year's Day", published).iso == "2031-01-01"
    assert resolve_date("on New Year's Day", published, future=True).iso == "2032-01-01"
    assert resolve_date("Christmas Eve", published).iso == "2030-12-24"
    assert resolve_date("New Year's Eve 2029", published).iso == "2029-12-31"
    assert newsdates.is_holiday("New Year's Day")
    assert not newsdates.is_holiday("the Arsenal Square rally")


@pytest.mark.parametrize(
    ("text", "days"), [("three days", 3), ("a week", 7), ("2 weeks", 14), ("last week", None)]
)
def test_span_days(text, days):
    assert newsdates.span_days(text) == days
