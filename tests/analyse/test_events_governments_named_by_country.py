"""A bare `the Government` acts as the country its sentence names (`the Government of
Dravnia`, `Dravnia's foreign minister said the Government would ...`), the speaker's where
it names more; with no country in the sentence (an outlet's own government) it stays as
written. A pledge of aid to come stays an intent (PLOVER agree). Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Dravnia would provide 4 million euro in humanitarian assistance.",
        "Dravnia's foreign minister said on Wednesday that the Government would provide 4 "
        "million euro in aid to Tavessa.",
    ],
)
def test_the_government_is_the_country_the_sentence_names(events, text):
    found = [e for e in events(text) if e.type == "agree"]
    assert [[a[1] for a in e.actors] for e in found] == [["Dravnia"]]
    assert found[0].status == "planned"


def test_a_government_of_no_named_country_stays(events):
    found = events(
        "The foreign minister said on Wednesday that the Government would provide 4 million "
        "euro in humanitarian assistance."
    )
    assert [[a[1] for a in e.actors] for e in found if e.type == "agree"] == [["Government"]]


def test_a_misparsed_announcement_still_finds_the_office_owner(events):
    found = events(
        "Dravnia's foreign minister, Ana Vell, announced on Wednesday that the Government "
        "would provide 4 million euro in humanitarian assistance."
    )
    assert [[a[1] for a in e.actors] for e in found if e.type == "agree"] == [["Dravnia"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The mayor of Brennvik, Ola Sand, said the city would ask the government for "
            "compensation.",
            "Brennvik",
        ),
        (
            "Sarvand's foreign minister, Nadim Hasso, thanked both governments for their "
            "flexibility.",
            "Sarvand",
        ),
    ],
)
def test_a_town_or_a_thanking_country_is_not_the_government(events, text, name):
    assert all(p[1] != name for e in events(text) for p in e.targets)
