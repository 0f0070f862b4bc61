"""Where the rules for riots, concessions, rallying and ordered custody stop: the state's
arrests during a protest are arrests, not a riot; meeting a market's demand yields to no one;
mobilising armed groups masses force, no support; a participle on other people inside an
ordered thing (`a review of migrants held in detention`) detains no one; a `him` in a line
with no verb is still looked up. Text written for these tests; published Thursday
2031-03-13."""

from __future__ import annotations

import threading

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Authorities detained dozens of people during the protests in Kell.",
        "The Varnish government arrested 300 people during the demonstrations.",
        "Riot officers beat three students during the demonstration in Kell.",
    ],
)
def test_the_states_acts_during_a_protest_are_no_riot(events, text):
    found = events(text)
    assert found, text
    assert "145" not in [e.cameo for e in found]


def test_a_crowds_violence_during_a_protest_is_still_a_riot(events):
    found = events("Youths threw stones at the town hall during the protests in Kell.")
    assert [(e.cameo, e.mode) for e in found] == [("145", "riot")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kell foundry built a second plant to meet rising demand for its castings.",
        "Farmers in Varnia struggled to satisfy demand from abroad on Tuesday.",
    ],
)
def test_meeting_market_demand_is_no_event(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kell council accepted the dockers' demands on Tuesday.",
        "The Kell council met their demand on Tuesday.",
    ],
)
def test_meeting_a_partys_demand_is_still_yielding(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("concede", "080")]


def test_ordering_a_review_of_people_held_detains_no_one(events):
    found = events("The judge ordered a review of the cases of migrants held in detention.")
    assert "coerce" not in [e.type for e in found]
    assert found  # the order itself is still told


def test_ordering_people_held_is_still_a_detention(events):
    found = events("The judge in Kell ordered the driver held in custody.")
    assert [(e.type, e.cameo, [a[1] for a in e.targets]) for e in found] == [
        ("coerce", "173", ["driver"])
    ]


def test_a_pronoun_in_a_verbless_line_is_looked_up_without_hanging(nlp):
    from newsgraph.analyse.events import _done_by_unknown_self

    doc = nlp("A letter for him.")
    got: list[bool] = []
    worker = threading.Thread(target=lambda: got.append(_done_by_unknown_self(doc[3])))
    worker.daemon = True
    worker.start()
    worker.join(timeout=20)
    assert got == [False]


@pytest.mark.parametrize(
    "text",
    [
        "The Varnish government mobilised armed groups in the north.",
        "The rebels mobilised militia groups along the border.",
    ],
)
def test_mobilising_armed_groups_is_still_mobilising_force(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("mobilize", "154")]
