"""An arrest or a charge `in` a deed (`arrested a man in the 2019 bombing`) is in connection
with it: the deed's date is not the arrest's. An act set `in` an occasion is still dated by
it. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man in the 2019 bombing of the Velm market, officials said.",
        "Prosecutors charged two men in Monday's attack on the Velm embassy.",
    ],
)
def test_an_arrest_in_a_deed_takes_not_its_date(events, text):
    found = [e for e in events(text) if e.type == "coerce"]
    assert [e.date for e in found] == [None]


def test_an_act_in_an_occasion_is_still_dated(events):
    found = events("Soldiers shelled the village in the 2014 offensive, the report said.")
    assert [e.date for e in found if e.type == "assault"] == ["2014"]
