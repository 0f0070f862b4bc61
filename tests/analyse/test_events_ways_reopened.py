"""A border crossing, border or corridor that reopens is opened by whoever runs it: PLOVER
retreat, CAMEO 086 (access granted), as `X reopened the crossing` is, with the actor only
where the text names one. A hospital that opens is no act. Text written for these tests;
published Thursday 2031-03-13."""

from __future__ import annotations


def test_a_crossing_that_reopens_is_access_granted(events):
    found = events("The crossing reopened on Monday after 40 days; 340 trucks passed.")
    assert [(e.type, e.cameo, e.actors, e.date) for e in found] == [
        ("retreat", "086", [], "2031-03-10")
    ]


def test_a_crossing_between_two_states_reopens_by_both(events):
    found = events(
        "The Sarel Bridge border crossing between Tamberg and Lavrania reopened on Saturday."
    )
    assert [(e.type, sorted(a[1] for a in e.actors)) for e in found] == [
        ("retreat", ["Lavrania", "Tamberg"])
    ]


def test_reopening_told_either_way_is_one_type(events):
    told = events("Tamberg reopened the border crossing on Monday.")
    itself = events("The Tamberg border reopened on Monday.")
    assert [(e.type, e.cameo) for e in told] == [(e.type, e.cameo) for e in itself]


def test_a_hospital_that_opens_is_no_act(events):
    assert events("The new hospital opened on Monday.") == []


def test_the_date_of_an_after_clause_with_its_own_subject_is_not_the_reopenings(events):
    # the landslide's 9 October is not when the crossing reopened
    found = events(
        "The border crossing between Tamberg and Lavrania reopened on Saturday, six weeks "
        "after a landslide destroyed the approach road on 9 October."
    )
    assert [(e.type, e.date) for e in found] == [("retreat", "2031-03-08")]
