"""A list of times, one a line (a timetable), is no live blog: only a time line followed by
an entry's words opens an entry whose day dates what it tells. Text written for these tests;
published Thursday 2031-03-13."""

from __future__ import annotations


def test_a_timetable_gives_no_entry_dates(events):
    found = events(
        "Sailings will leave Selvik at:\n\n07:30\n\n12:15\n\n18:45\n\n"
        "The ferry company accused the port authority of delaying repairs."
    )
    assert [(e.type, e.date) for e in found] == [("accuse", None)]


def test_live_entries_still_date_their_acts(events):
    found = events(
        "Live: the vote in Selvik.\n\n21:40\n\nPolice arrested 12 protesters.\n\n"
        "20:05\n\nTurnout is high in the north.\n\n19:10\n\nThe first polls closed."
    )
    assert [(e.type, e.date) for e in found] == [("coerce", "2031-03-13")]
