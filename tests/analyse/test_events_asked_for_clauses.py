"""A `for X to do` clause under a verb of asking (`called for Tarsland to withdraw its troops`):
the act is asked of X, not done by X; the event is the asker's demand, X its target. Text written
for these tests (invented countries); published 2031-03-13."""

from __future__ import annotations

import pytest


def _rows(found):
    return [(e.type, [a[1] for a in e.actors], [t[1] for t in e.targets]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Norvia called for Tarsland to withdraw its troops.",
        "Norvia is pushing hard for Tarsland to support its peace plan.",
        "Norvia pressed for Tarsland to attend the talks.",
        "Norvia renewed its call for Tarsland to withdraw its troops.",
        "Norvia sounded a call for Tarsland to accept more refugees.",
    ],
)
def test_act_asked_for_is_the_askers_demand(events, text):
    assert _rows(events(text)) == [("request", ["Norvia"], ["Tarsland"])]


def test_asking_with_on_is_unchanged(events):
    # positive control: the `called on X to` frame these now read alike
    found = events("Norvia called on Tarsland to withdraw its troops.")
    assert _rows(found) == [("request", ["Norvia"], ["Tarsland"])]


@pytest.mark.parametrize(
    "text",
    [
        "The fans called for the coach to be sacked.",
        "The unions pushed for the minister to be removed.",
    ],
)
def test_act_asked_for_in_the_passive_is_the_askers_demand(events, text):
    # `for the coach to be sacked`: asked of no one named; the coach is done to, no addressee
    found = events(text)
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("request", [text.split()[1]])]


def test_a_rule_that_calls_for_an_act_asks_nothing(events):
    # `protocol called for X to be taken`: the protocol requires it; no one made a request
    found = events("Norvia's protocol called for the envoy to be taken to a hospital.")
    assert "request" not in [e.type for e in found]
