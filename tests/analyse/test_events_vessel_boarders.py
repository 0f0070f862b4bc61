"""Who boards a vessel to take it: the events stage and the dossier read one list
(`wordlists.BOARDERS`), so police and gunmen boarding a tanker is a seizure in both
(invented text)."""

from __future__ import annotations

import pytest

from newsgraph import wordlists
from newsgraph.analyse import plover


def test_the_events_stage_reads_the_shared_list():
    assert wordlists.BOARDERS <= plover.BOARDERS


@pytest.mark.parametrize(
    "text",
    [
        "Police officers boarded the tanker Orla Finch off Kessport on Monday.",
        "Gunmen boarded a freighter off the Vellmar coast on Tuesday.",
    ],
)
def test_police_or_gunmen_boarding_a_vessel_seize_it(events, text):
    assert ("coerce", "171") in [(e.type, e.cameo) for e in events(text)]


def test_passengers_boarding_a_ferry_is_no_seizure(events):
    found = events("Passengers boarded the ferry at Kessport on Monday morning.")
    assert "coerce" not in [e.type for e in found]
