"""A timeline line's label (`1983: ...`, `1983 – ...`, `1983 - ...`) dates the line's entry,
but a date the event's own clause tells comes first. Text written for these tests (invented
people and places); the fixture's paper is published on Thursday 2031-03-13."""

from __future__ import annotations

import pytest

_TIMELINE = (
    "Orla Brennick was a dock clerk in Tarsby. A naval court sentenced her to two years in "
    "prison.\n\nKey dates\n1962{d} Born in Tarsby\n1983{d} Jailed for two years after the dock "
    "strike\n1988{d} Founds the Tarsby Dockers' Guild\n"
)


@pytest.mark.parametrize("dash", [" \u2013", " -", " \u2014", ":"])
def test_dash_label_dates_its_own_line(events, dash):
    found = events(_TIMELINE.format(d=dash))
    assert [e.date for e in found if e.type == "coerce"] == ["1983"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Monday: Dockers walked out in Tarsby. Police arrested Piet Amsel, the union "
            "leader, on Wednesday.",
            "2031-03-12",
        ),
        (
            "1983: Jailed for two years after the dock strike. Police arrested Piet Amsel, "
            "her brother, in 1985.",
            "1985",
        ),
    ],
)
def test_the_clauses_own_date_beats_the_line_label(events, text, want):
    arrests = [e for e in events(text) if e.trigger.startswith("arrested")]
    assert [e.date for e in arrests] == [want]


def test_a_lists_heading_is_no_subject_of_its_lines(events):
    found = events(
        "Key dates\n1983: Jailed for two years after the dock strike\n"
        "1985: Police arrested Piet Amsel, her brother\n"
    )
    arrests = [e for e in found if e.trigger.startswith("arrested")]
    assert [([a[1] for a in e.actors], e.date) for e in arrests] == [(["Police"], "1985")]


@pytest.mark.parametrize(
    "text",
    [
        "2000 - 3000 people marched through Tarsby.",
        "Tarsby, Norvia\n1500 \u2013 2000 dockers marched through Tarsby.",
    ],
)
def test_a_range_of_counts_opening_a_line_is_no_year_label(events, text):
    # `2000 - 3000 people`: how many marched, not a timeline line of the year 2000
    assert [(e.type, e.date) for e in events(text)] == [("protest", None)]
