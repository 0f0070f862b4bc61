"""Boarding a vessel by armed men is a seizure for every kind of ship the shared word list
knows (`wordlists.SHIP_KINDS`), not only the few the event lexicon once listed. Text written
for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest

from newsgraph import wordlists
from newsgraph.analyse.plover import VESSELS


@pytest.mark.parametrize("craft", ["schooner", "dredger", "tugboat"])
def test_armed_men_boarding_any_ship_kind_seize_it(events, craft):
    found = events(f"Pirates boarded the {craft} Sela Morn off Kell on Tuesday.")
    assert [(e.type, e.cameo) for e in found] == [("coerce", "171")]


def test_passengers_boarding_a_ship_do_nothing(events):
    assert events("Passengers boarded the schooner Sela Morn at Kell on Tuesday.") == []


def test_a_craft_may_be_an_aircraft_so_boarding_one_is_no_seizure():
    assert "craft" not in VESSELS
    assert wordlists.SHIP_KINDS <= VESSELS
