"""A trial noun is a court case (accuse, CAMEO 115) only where it tries someone: not a trial
that tests a thing (`its trial of a new vaccine`) nor one that tries a player out (`went on
trial with <club>`); an organisation is tried only where the sentence tells a court. Sentences
written for these tests (invented names); the fixture's paper is published 2031-03-13."""

import pytest


def _accused(found):
    return [sorted(t[1] for t in e.targets) for e in found if e.type == "accuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Drugmaker Velan Biotics's trial of its new fever vaccine began on Monday in Portavel.",
        "Striker Tomas Vell went on trial with Halden Rovers on Monday, hoping for a contract.",
    ],
)
def test_trial_that_tries_no_one_is_no_accusation(events, text):
    assert _accused(events(text)) == []


def test_organisation_tried_before_a_court_is_accused(events):
    found = events(
        "Shipping firm Ostmar Lines went on trial in Portavel on Monday on charges of "
        "dumping oil, prosecutors said."
    )
    assert _accused(found) == [["Ostmar Lines"]]


def test_trial_of_a_person_stays_a_court_case(events):
    found = events("The trial of Anton Brel for fraud opened in Portavel on Monday.")
    assert _accused(found) == [["Anton Brel"]]
