"""Events, code review 12: an infinitive `to` gives a joined verb no tense of its own; a pronoun
inside a quotation that the quoted act is done to still points to the person named before it
(never to the quote's speaker), and a quoted act with an unnamed `they` is kept when it names
whom it is done to; a bounty or tax cuts for voters are no aid; opening a kitchen or a hospital
is aid only where relief is told of; reviewing a deal investigates only when a regulating body
does it. Sentences written for these tests (invented places and people)."""

from __future__ import annotations

import pytest


def test_infinitive_to_is_no_own_tense(events):
    found = events("Rebels threatened to attack the convoy and to seize the port of Portavel.")
    assert [e.type for e in found] == ["threaten"]


def test_joined_infinitive_keeps_the_plan(events):
    found = events(
        "The Velorian army plans to withdraw from Portavel and to close the border crossing "
        "next week."
    )
    assert all(e.status == "planned" for e in found)
    assert "sanction" not in {e.type for e in found}


def _targets(found, kind):
    return [[t[1] for t in e.targets] for e in found if e.type == kind]


def test_pronoun_done_to_in_quote_is_the_person_before(events):
    found = events(
        'Police found Ana Ruiz near the border on Monday. "She was arrested at the crossing," '
        "the officer said."
    )
    assert _targets(found, "coerce") == [["Ana Ruiz"]]


@pytest.mark.parametrize(
    "text",
    [
        'Rebels seized Ana Ruiz on Monday. "They will kill her," her brother Tomas Ruiz said.',
        # the speaker, named before the quote, is never the `her` of his own words
        'Rebels seized Ana Ruiz on Monday. Her brother Tomas Ruiz said: "They will kill her."',
    ],
)
def test_quoted_threat_against_named_person_is_kept(events, text):
    found = events(text)
    threats = [e for e in found if e.type == "threaten"]
    assert [(e.status, [t[1] for t in e.targets]) for e in threats] == [("planned", ["Ana Ruiz"])]
    assert threats[0].actors == []  # `they` is the speaker's, not the speaker


def test_pronoun_bound_to_an_unnamed_quoted_actor_is_no_one(events):
    found = events(
        'Prime Minister Clara Vons praised the rescuers. "She asked for her mother and a glass '
        "of milk,\" said Lena Marsh, the team's leader."
    )
    assert [e.type for e in found] == ["support"]


@pytest.mark.parametrize(
    "text",
    [
        "The Velorian army vowed 2 million dollars for the capture of rebel leader Ana Ruiz.",
        "The candidate Teodor Ilvane promised $500 million in tax cuts to voters on Monday.",
        "The company promised 2 million dollars in bonuses to its staff.",
    ],
)
def test_bounty_or_money_for_own_public_is_no_aid(events, text):
    assert "aid" not in {e.type for e in events(text)}


def test_pledge_of_money_to_another_party_stays_aid(events):
    found = events("Norvik pledged $30 million to Portavel for the reconstruction of its schools.")
    assert [e.type for e in found] == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        "The hotel chain Norvik Group opened a new kitchen in Portavel on Monday.",
        "President Teodor Ilvane opened a new hospital in the capital on Monday.",
    ],
)
def test_relief_site_without_relief_is_no_aid(events, text):
    assert "aid" not in {e.type for e in events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The flood left 3,000 people homeless in Portavel. The Norvik Group opened a kitchen "
        "for them on Monday.",
        "President Teodor Ilvane opened a field hospital for earthquake victims in Portavel.",
        "The charity Hope Lantern opened two clinics in Vorran on Monday.",
    ],
)
def test_relief_site_with_relief_is_aid(events, text):
    assert [e.type for e in events(text)] == ["aid"]


def test_leaders_reviewing_a_deal_do_not_investigate(events):
    found = events(
        "The two prime ministers reviewed the trade deal at their summit in Portavel on Monday."
    )
    assert all(e.mode != "investigate" for e in found)


def test_watchdog_examining_a_merger_investigates(events):
    found = events("The Velorian competition watchdog will examine the merger.")
    assert [(e.type, e.mode, e.status) for e in found] == [("accuse", "investigate", "planned")]
