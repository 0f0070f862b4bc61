"""A deal told with no party (`A deal was reached late on Friday`, `under a deal reached on
Friday`) is an agreement done, whose parties are the sides of the paragraph's last meeting or
agreement, else those who act under it. Sentences written for these tests (invented places);
the fixture's paper is published on Thursday 2031-03-13."""

from __future__ import annotations


def _deals(found):
    return [e for e in found if e.type == "agree" and e.status == "happened"]


def test_deal_reached_after_talks_takes_the_talks_sides(events):
    found = events(
        "Negotiators from Norvik and Ilvane met in Portavel on Tuesday. A deal was reached "
        "late on Wednesday."
    )
    deals = _deals(found)
    assert [(sorted(a[1] for a in e.actors), e.date) for e in deals] == [
        (["Ilvane", "Norvik"], "2031-03-12")
    ]


def test_deal_in_participle_is_made_by_who_acts_under_it(events):
    found = events(
        "Norvik will release the crew on Monday under a deal reached late on Friday in Portavel."
    )
    deals = _deals(found)
    assert [([a[1] for a in e.actors], e.date, e.trigger) for e in deals] == [
        (["Norvik"], "2031-03-07", "reached deal")
    ]
    assert [e.status for e in found if e.trigger == "release"] == ["planned"]


def test_deal_with_no_party_in_its_paragraph_is_no_event(events):
    found = events(
        "Negotiators from Norvik and Ilvane met in Portavel on Tuesday.\n\n"
        "A deal was reached late on Wednesday."
    )
    assert _deals(found) == []


def test_deal_only_talked_about_binds_no_one(events):
    found = events("The ministers discussed the agreement reached in 1995.")
    assert _deals(found) == []
