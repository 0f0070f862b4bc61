"""A trial with its defendant named is PLOVER accuse (CAMEO 115: bring to trial), the
defendant its target: `X went on trial`, `X stood trial`, `The trial of X opened`, `X's trial
will begin`, `put X on trial`. A trial naming no defendant the article knows (`a trial run`,
`clinical trials`) is no event. Sentences written for these tests (invented people and
places); the fixture's paper is published on Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _trials(found):
    return [
        ([a[1] for a in e.actors], [t[1] for t in e.targets], e.status, e.date)
        for e in found
        if e.type == "accuse" and e.cameo == "115"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Anton Brel went on trial in Portavel on Monday.",
        "Anton Brel stood trial in Portavel on Monday.",
        "The trial of Anton Brel opened in Portavel on Monday.",
    ],
)
def test_defendant_is_the_target(events, text):
    assert _trials(events(text)) == [([], ["Anton Brel"], "happened", "2031-03-10")]


def test_trial_to_begin_is_planned(events):
    found = events("Anton Brel's trial will begin on Monday.")
    assert _trials(found) == [([], ["Anton Brel"], "planned", "2031-03-17")]


def test_putting_on_trial_keeps_who_does_it(events):
    found = events("The Norvik government put Anton Brel on trial on Monday.")
    assert [(t[0], t[1]) for t in _trials(found)] == [(["Norvik"], ["Anton Brel"])]


@pytest.mark.parametrize(
    "text",
    [
        "The trial run of the new ferry began on Monday.",
        "Clinical trials started in Portavel on Monday.",
    ],
)
def test_trial_with_no_defendant_is_no_event(events, text):
    assert events(text) == []
