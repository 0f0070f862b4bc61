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


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            '"I will sign the ceasefire on Friday," President Ana Ruiz said on Monday.',
            "agree",
            "Ana Ruiz",
        ),
        (
            '"We will attack Portavel if the army does not leave," rebel commander Tomas Vega '
            "said on Monday.",
            "threaten",
            "Tomas Vega",
        ),
    ],
)
def test_the_first_person_of_a_quote_is_its_named_speaker(events, text, kind, actor):
    [event] = [e for e in events(text) if e.type == kind]
    assert [a[1] for a in event.actors] == [actor]
    assert event.status == "planned"


def test_what_a_quoted_i_saw_is_no_act_of_the_speaker(events):
    found = events('"I heard the walls crack and then everything went black," said Nadia Ferro.')
    assert [e for e in found if any(a[1] == "Nadia Ferro" for a in e.actors)] == []
