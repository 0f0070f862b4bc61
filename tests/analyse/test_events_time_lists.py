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


def test_an_entry_opening_with_a_number_is_still_an_entry(events):
    found = events(
        "Live: floods in Selvik.\n\n00:30\n\nPolice arrested 12 looters yesterday.\n\n"
        "23:40\n\n200 people were moved to the school.\n\n22:15\n\nRain is still falling.\n\n"
        "21:10\n\n3 bridges are closed."
    )
    # newest first: the 00:30 entry was written the day after the page opened, so its
    # `yesterday` is the publication day
    assert [(e.type, e.date) for e in found] == [("coerce", "2031-03-13")]
