"""Events, session 8: the CAMEO dictionary's verb + object readings. A verb the project's lexicon
types by itself takes the CAMEO dictionary's code for its direct object's head noun where that
names another type on the same side, from deeds to words or between two deeds (`attacked the
decision` is criticism, CAMEO 111; `banned imports` is an embargo, 163); a verb that makes more
of an event noun is that event (`stepped up attacks`, `intensified its criticism`); going back on
a commitment rejects (`backed away from`, `backed out of`); the infinitive of a noun of intending
is planned. Sentences written for these tests (invented places and people; real countries where
an entity type matters)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # attacking a decision, a policy or talks is criticism (CAMEO ATTACK * DECISION 111)
        ("The Norvik foreign minister attacked Portavel's decision to close the border.", "accuse"),
        (
            "Ilvane's opposition leader attacked the government's new tax policy on Monday.",
            "accuse",
        ),
        ("Portavel's president attacked the peace talks as a waste of time.", "accuse"),
        # attacking a camp stays force, a bus violence against property as before
        ("Norvik troops attacked a rebel camp near Ilvane.", "assault"),
        # banning imports is an embargo (163), not a ban on people or parties
        ("Portavel banned imports of Norvik grain.", "sanction"),
        # an envoy protesting a visit complains (111); a crowd protesting it demonstrates
        ("Norvik's ambassador protested the visit of Portavel's defence minister.", "accuse"),
        ("Thousands of students protested the visit of the Portavel president.", "protest"),
    ],
)
def test_cameo_object_reading(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the dictionary codes the stance toward the object's target (support of Portavel,
        # disapproval of the commander); PLOVER codes the act: no crossing sides
        ("Norvik denounced the sanctions imposed on Portavel.", "accuse"),
        ("The Norvik opposition party protested the arrest of its leader.", "protest"),
        ("Portavel opposed the sanctions against Norvik.", "reject"),
        ("Norvik hailed the killing of the rebel commander.", "support"),
        # talks stay talks whatever they are about
        ("Norvik and Portavel discussed the election in Ilvane.", "consult"),
    ],
)
def test_cameo_object_reading_keeps_the_act(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norvik stepped up attacks on rebel positions in Ilvane.", "assault"),
        ("Portavel intensified its attacks on Norvik border posts.", "assault"),
        ("Norvik escalated its criticism of the Portavel government.", "accuse"),
        ("Norvik stepped up its withdrawal from the border region.", "retreat"),
        # no event noun: `step up` keeps its own reading (a show of force)
        ("Portavel stepped up security along the Norvik border.", "mobilize"),
    ],
)
def test_intensified_event_noun(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The government of Ilvane backed away from its pledge to hold elections.",
        "Norvik backed out of the summit with Portavel.",
    ],
)
def test_backing_out_rejects(events, text):
    found = events(text)
    assert found and found[0].type == "reject"


def test_backing_stays_support(events):
    found = events("Norvik backed Portavel's bid for a seat on the council.")
    assert found and found[0].type == "support"


def test_double_object_hung_on_the_first(events):
    # the parser hangs `an ultimatum` on `rebels`: still the verb's object, so a threat
    found = events("Portavel gave Norvik rebels an ultimatum to lay down their arms by Friday.")
    assert found and found[0].type == "threaten"


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # the infinitive of a noun of intending is planned: a cooperative act an intent
        # (agree, CAMEO 03x), a hostile one a threat (13x), a meeting a planned meeting
        ("Norvik expressed its willingness to send aid to Portavel.", "agree", "Norvik"),
        ("Portavel reaffirmed its commitment to release the prisoners.", "agree", "Portavel"),
        ("Portavel announced its intention to impose sanctions on Norvik.", "threaten", "Portavel"),
        (
            "Norvik's readiness to resume talks with Portavel surprised diplomats.",
            "consult",
            "Norvik",
        ),
    ],
)
def test_intent_nouns(events, text, kind, actor):
    found = events(text)
    assert found and found[0].type == kind and found[0].status == "planned"
    assert actor in [a[1] for a in found[0].actors]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # charging a state is an accusation (CAMEO 112), charging people legal action (173)
        ("Peru charged Chile with violating the truce.", "accuse"),
        ("Portavel charged the Norvik government with backing the rebels.", "accuse"),
        ("Norvik police charged three Portavel nationals with spying.", "coerce"),
    ],
)
def test_charging_a_state_accuses(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Portavel has no intention to withdraw its troops from Ilvane.",
        "Police said they have no immediate plans to release the recordings.",
    ],
)
def test_no_intention_no_event(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a content verb the dictionary files only in a hostile block gives the pledge its
        # direction: a threat
        ("Portavel's defence minister vowed to crush the Ilvane rebels.", "threaten"),
        ("Portavel pledged to help Norvik rebuild its economy.", "agree"),
    ],
)
def test_pledge_direction(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind
