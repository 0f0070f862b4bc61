"""Two doers count as two names only when the parser reads them as names: a common noun
capitalised at a sentence's start (`Police`, `Officers`, `Troops`) names no one, so one act
told twice stays one event. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Police arrested 20 protesters in Velm on Monday. Officers arrested the protesters "
            "outside the parliament, witnesses said.",
            "coerce",
        ),
        (
            "Soldiers shelled the village of Tarn on Monday. Troops shelled Tarn for six hours, "
            "residents said.",
            "assault",
        ),
    ],
)
def test_one_act_told_twice_by_common_nouns_is_one_event(events, text, kind):
    found = [e for e in events(text) if e.type == kind]
    assert [e.date for e in found] == ["2031-03-10"]
