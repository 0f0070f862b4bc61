"""A live blog prints each entry's time on a line of its own (`22:05`): an act an entry tells
as done with no date of its own happened on the entry's day, and relative dates count from
that day. The earliest entry is on the publication day; a time earlier than the one written
before it starts the next day. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

NEWEST_FIRST = (
    "Entries are newest first.\n\n"
    "00:20\n\n"
    "Police arrested 12 protesters in Holm Square. Mayor Ana Ruiz said she would meet the "
    "organisers tomorrow.\n\n"
    "22:05\n\n"
    "Several hundred protesters have marched to Holm Square.\n\n"
    "18:30\n\n"
    "Councillor Oskar Dahl has conceded the vote.\n\n"
    "09:00\n\n"
    "Welcome to our live coverage of the count."
)


def _dated(found) -> dict[str, tuple]:
    return {e.type: (e.date, e.status) for e in found}


def test_live_entries_date_their_acts_across_midnight(events):
    assert _dated(events(NEWEST_FIRST)) == {
        "coerce": ("2031-03-14", "happened"),
        "consult": ("2031-03-15", "planned"),
        "protest": ("2031-03-13", "happened"),
        "concede": ("2031-03-13", "happened"),
    }


def test_oldest_first_entries_count_days_forward(events):
    text = (
        "09:00\n\nCouncillor Oskar Dahl has conceded the vote.\n\n"
        "21:40\n\nSeveral hundred protesters have marched to Holm Square.\n\n"
        "01:15\n\nPolice arrested 12 protesters in Holm Square."
    )
    assert _dated(events(text)) == {
        "concede": ("2031-03-13", "happened"),
        "protest": ("2031-03-13", "happened"),
        "coerce": ("2031-03-14", "happened"),
    }


def test_a_time_or_two_make_no_live_blog(events):
    text = "22:05\n\nSeveral hundred protesters have marched to Holm Square.\n\n09:00\n\nHello."
    assert _dated(events(text)) == {"protest": (None, "happened")}
