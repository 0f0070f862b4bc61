# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""A live blog's entries under clock-time headings are one story told as it happens, not a
digest: short, dated and unrelated in their words as they may be, they never split."""

from __future__ import annotations

import digest_support as ds
import pytest

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem

ELECTION_NIGHT = """Election night as it happened

22:40 Turnout higher than in 2019

Turnout reached 64 percent by ten o'clock on Sunday, the electoral commission said, four points above the last election in 2019.

22:15 First result declared in Kestow

The Civic Alliance held Kestow on Sunday night with a smaller majority than last time, as its vote fell by six points.

21:58 Exit poll published

An exit poll for the public broadcaster suggests the Green League will double its seats when counting finishes on Monday morning.

21:30 Polls close

Polling stations closed at half past nine on Sunday evening and counting began in the town halls across the country.
"""

STORM = """Storm Edda: live updates

2.05pm GMT

The weather service has raised its warning for the northern coast to red, saying gusts of up to 140 km/h are expected on Tuesday evening.

1.48pm GMT

Ferries between Lindquay and the islands have been cancelled for the rest of Tuesday, the operator said. Passengers can change their tickets for free.

1.20pm GMT

Schools in Osterby will close early on Tuesday afternoon so that children can get home before the wind picks up, the town council said.

12.55pm GMT

The national grid operator said on Tuesday that crews were on standby in case power lines come down overnight in the mountain valleys.
"""


def _split(text: str):
    return split_digest(extract(RawItem("t.txt", "text", text.encode())))


@pytest.mark.parametrize("text", [ELECTION_NIGHT, STORM], ids=["time and heading", "time alone"])
def test_live_entries_under_clock_times_do_not_split(text):
    assert _split(text) is None


def test_a_digest_whose_headings_hold_no_clock_time_still_splits():
    items = split_digest(extract(RawItem("d.html", "html", ds.NEWSLETTER_HTML.encode())))
    assert items is not None and len(items) == 3
