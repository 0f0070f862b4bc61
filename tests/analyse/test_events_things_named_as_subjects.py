"""A `she` whose act could go to a name nearer than the person named before: only a name that
may be a person's takes it (tagged a person, a word of a person's name in the article, or one
who speaks), never a thing that acts on something (`Brexit hit the port`). Text written for
these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "middle",
    [
        "Brexit hit the port hard, and she",
        "Covid shut the port for a month, so she",
    ],
)
def test_a_thing_named_before_she_is_not_her(events, middle):
    found = events(
        f"Mayor Marta Selden visited the harbour on Monday. {middle} accused the government "
        "of ignoring the town."
    )
    accusations = [e for e in found if e.type == "accuse"]
    assert [[a[1] for a in e.actors] for e in accusations] == [["Marta Selden"]]


def test_a_speaker_ner_missed_is_still_her(events):
    found = events(
        'President Oskar Dahl won the vote. "We will never concede," Feszak told supporters '
        "outside the court in Holm, where her lawyers filed the appeal on Tuesday."
    )
    appeals = [e for e in found if e.type == "request"]
    assert [[a[1] for a in e.actors] for e in appeals] == [["Feszak"]]
