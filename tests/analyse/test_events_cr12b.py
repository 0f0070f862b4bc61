"""Second code review of session 12: a festival crowd with banners is no protest, and a body
acted on (`sanctions on Portavel University`) is no place. Text written for these tests."""

from __future__ import annotations

import pytest


def test_a_festival_crowd_with_banners_is_no_protest(events):
    found = events(
        "About 300 people gathered in Portavel on Monday for the festival, some holding banners."
    )
    assert "protest" not in [e.type for e in found]


def test_a_crowd_with_signs_saying_something_still_protests(events):
    found = events(
        'About 300 people gathered in Portavel on Monday, some holding signs reading "Free the '
        'press".'
    )
    assert "protest" in [e.type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed sanctions on Portavel University on Monday.",
        "The European Union imposed sanctions on the Lunsk Regional Court on Monday.",
    ],
)
def test_a_body_acted_on_is_no_place(events, text):
    [event] = [e for e in events(text) if e.type == "sanction"]
    assert event.place is None


def test_a_square_after_on_is_still_the_place(events):
    [event] = [e for e in events("Troops opened fire on Freedom Square on Monday.")]
    assert event.place is not None and event.place[0] == "Freedom Square"
