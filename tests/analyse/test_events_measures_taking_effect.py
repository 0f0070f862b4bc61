"""A measure announced to take effect on a day (`a curfew from Friday`, `starting Saturday`)
is dated by the announcement, never by the day it starts (which is ahead of it); each item of
a bulleted list tells its own fact, so an act in one item takes no participant from another.
Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Minister Ion Vasko announced on Wednesday a night curfew in Belvo from Friday.",
            "2031-03-12",
        ),
        ("The government on Tuesday announced a ban on rallies starting Saturday.", "2031-03-11"),
        (
            "The army imposed a curfew in Tessa from Monday, officials said on Wednesday.",
            "2031-03-12",
        ),
        ("The council has announced a curfew in the capital from Saturday.", None),
    ],
)
def test_the_start_of_a_measure_does_not_date_its_announcement(events, text, day):
    # the measure itself, planned on its start day, is another event (left out here)
    found = [e for e in events(text) if e.type == "coerce" and e.status != "planned"]
    assert [e.date for e in found] == [day]
    assert found[0].status != "planned"  # the announcing is done


def test_a_span_of_days_still_dates_the_act(events):
    found = events("Protesters blocked roads in Tessa from Friday to Sunday.")
    assert [e.date for e in found] == ["2031-03-07"]


def test_list_items_keep_their_own_participants(events):
    found = events(
        "What we know so far\n\n"
        "- Police spokesman Major Radu Velis said 90 people were detained.\n\n"
        "- Interior Minister Ion Vasko has announced a curfew in the capital from Saturday.\n"
    )
    coerce = [e for e in found if e.type == "coerce" and e.status != "planned"]
    assert len(coerce) == 2
    curfew = next(e for e in coerce if "curfew" in e.trigger)
    assert [a[1] for a in curfew.actors] == ["Ion Vasko"] and curfew.targets == []
    assert curfew.date is None
