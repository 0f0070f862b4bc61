"""An act is dated by its own clause: a year a relative clause gives of a participant (`Veil,
who founded the party in 1976, came ...`) is that clause's, and a span counted from a moment
the story tells (`a week later`, `the following week`) is no date counted from publication.
Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest

from newsgraph.analyse.newsdates import parse_published, resolve_date


def test_a_relative_clause_year_does_not_date_the_visit(events):
    found = events("Kaspar Veil, who founded the Labour Front in 1976, met Anna Berg at the house.")
    assert [(e.type, e.date) for e in found] == [("consult", None)]


def test_a_clause_on_the_event_noun_still_dates_it(events):
    found = events("The union held talks that began on Monday with the port authority.")
    assert [(e.type, e.date) for e in found] == [("consult", "2031-03-10")]


def test_a_week_later_is_no_date_after_publication(events):
    found = events("A week later, Anna Berg met Kaspar Veil in a cell.")
    assert [(e.type, e.date) for e in found] == [("consult", None)]


@pytest.mark.parametrize(
    "expr", ["a week later", "two days later", "a year later", "the following week"]
)
def test_spans_after_a_told_moment_resolve_to_nothing(expr):
    assert resolve_date(expr, parse_published("2031-03-13")) is None


@pytest.mark.parametrize(
    ("expr", "iso"), [("a week ago", "2031-W10"), ("two days ago", "2031-03-11")]
)
def test_spans_counted_from_publication_still_resolve(expr, iso):
    assert resolve_date(expr, parse_published("2031-03-13")).iso == iso
