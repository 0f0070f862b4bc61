"""A passive arrest with no agent is an arrest by someone unknown, also in a relative clause
(`Dastria, where 240 people were arrested`) or `in protests`; a blockage by a force of nature
is no protest; a speaker's figure of speech in a quotation is no act; a speech act the parser
coordinated with what was said is the speaker's. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry called for restraint in neighbouring Dastria, where more than 240 people "
        "were arrested on Tuesday night.",
        "More than 240 people were arrested on Tuesday night in protests over the election.",
    ],
)
def test_a_passive_arrest_is_an_arrest(events, text):
    found = [e for e in events(text) if e.type == "coerce"]
    assert len(found) == 1 and found[0].actors == [] and found[0].date == "2031-03-11"
    assert "240 people" in found[0].targets[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Roads into the Selm valley were blocked by landslides on Monday.",
        "Roads into the Ulvane valley were blocked by landslides, the ministry said.",
    ],
)
def test_a_blockage_by_nature_is_no_protest(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"The commission has stolen the voice of millions of Dastrians," Dravescu said.',
        '"We won this election, and we will defend every single vote," Dravescu told supporters.',
    ],
)
def test_rhetoric_in_a_quotation_is_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "The commission chairman, Petra Feraru, said the vote had been calm and orderly and "
            "urged all candidates to respect the results.",
            "Petra Feraru",
            "request",
        ),
        (
            'CEC Chairman Bogdan Feraru said the vote had been "calm, orderly and transparent" and '
            'called on all candidates to "respect the will of the voters".',
            "Bogdan Feraru",
            "request",
        ),
        (
            "Ilinca Dessel says her party's own count gives her 51.2% and has refused to concede.",
            "Ilinca Dessel",
            "reject",
        ),
    ],
)
def test_a_coordinated_speech_act_is_the_speakers(events, text, speaker, kind):
    found = [e for e in events(text) if e.type == kind]
    assert [[a[1] for a in e.actors] for e in found] == [[speaker]]
