"""Blocking aid stops it (a sanction, CAMEO 162) when `aid` is the object's head noun
(`blocked aid to Kelvar`, `blocked humanitarian aid`); when it only names another thing
(`the aid convoy`, `the aid trucks`) what is blocked is that thing: no sanction. Sentences
written for these tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The government blocked aid to Kelvar on Monday.",
        "Vostrania blocked humanitarian aid to the rebels last week.",
    ],
)
def test_blocking_aid_itself_is_a_sanction(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("sanction", "162")]


def test_blocking_an_aid_convoy_is_a_blockade_not_a_sanction(events):
    found = events("Soldiers blocked the aid convoy at the border on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("coerce", "191")]


def test_blocking_aid_trucks_is_no_sanction(events):
    # no blockade either yet (only convoys are): the guard is that aid as a modifier
    # makes no sanction pair
    assert all(e.type != "sanction" for e in events("Army units blocked the aid trucks."))


def test_blocking_aid_told_before_as_it_is_a_sanction(events):
    found = events("Aid had piled up at the border for weeks. On Monday the army blocked it.")
    assert [(e.type, e.cameo) for e in found] == [("sanction", "162")]
