"""Events, session 7: general rules over word classes rather than word pairs. Ending or easing
a hostile measure is its reversal and halting a cooperative activity reduces relations
(`plover.reversed_cue`); a compound before a noun of people says what they are for (`riot
police`); a CAMEO intent code on a clause that tells the act done is the act; a court's verdict
accuses; mass violence nouns; joint undertakings. Sentences written for these tests (invented
people, real countries)."""

from __future__ import annotations

import pytest


def _types(found):
    return [(e.type, e.status) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # easing a coercive measure concedes (CAMEO 081x)
        ("Peru lifted the night curfew in Lima on Tuesday.", "concede"),
        ("The Chilean government ended the state of emergency in three provinces.", "concede"),
        ("Bolivia suspended the ban on opposition rallies.", "concede"),
        # easing sanctions retreats (CAMEO 085)
        ("Norway revoked its trade sanctions against Peru on Monday.", "retreat"),
        # halting the offensive de-escalates (CAMEO 087)
        ("Colombian troops halted their offensive against the rebels on Sunday.", "retreat"),
        # halting talks, aid or ties reduces relations (CAMEO 16)
        ("Chile broke off negotiations with the rebels after the bombing.", "sanction"),
        ("Norway froze its aid to Bolivia after the coup.", "sanction"),
        ("Peru downgraded its diplomatic relations with Chile.", "sanction"),
    ],
)
def test_ending_and_halting(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


def test_easing_needs_an_event_noun(events):
    # the object names no measure: no reversal (and no other event)
    assert events("Minister Ilvane Ruiz lifted the box onto the table in Lima.") == []
    # `ended a visit` is the visit completed, not halted
    assert all(e.type != "sanction" for e in events("Ruiz ended a three-day visit to Peru."))


def test_cancelled_planned_visit_happened(events):
    # `planned` describes the visit, not the cancelling: a sanction that happened
    found = events("Chile's foreign minister cancelled a planned visit to Peru on Monday.")
    assert _types(found)[:1] == [("sanction", "happened")]


def test_compound_before_people_is_no_event(events):
    # `riot police` are police for riots: deploying them is no riot
    found = events("Peru deployed riot police in Lima ahead of the opposition rally.")
    assert found and found[0].type != "protest"


def test_intent_code_on_a_done_act(events):
    # the dictionary codes `send peacekeepers` as an intent (0334); done, it is the aid
    found = events("Chile sent 500 peacekeepers to Peru last week.")
    assert found and found[0].type == "aid"
    # planned, it stays an intent to aid
    found = events("Chile will send 500 peacekeepers to Peru next month.")
    assert found and found[0].type == "agree"


def test_verdict_accuses_the_one_found_guilty(events):
    found = events("A Peruvian court found former minister Ilvane Ruiz guilty of corruption.")
    assert found and found[0].type == "accuse"
    assert any("Ruiz" in t[1] for t in found[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        "Militias carried out ethnic cleansing in the occupied districts of Bosnia.",
        "Rebels in Sierra Leone committed atrocities against villagers.",
    ],
)
def test_mass_violence_nouns(events, text):
    found = events(text)
    assert found and found[0].type == "assault"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile and Norway set up a joint venture to develop gas fields.", "cooperate"),
        ("Peru and Bolivia formed a joint commission to monitor the border.", "cooperate"),
    ],
)
def test_joint_undertakings(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


def test_joint_statement_is_no_cooperation(events):
    found = events("Chile and Peru issued a joint statement on the border on Monday.")
    assert all(e.type != "cooperate" for e in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # asylum is aid whichever light verb gives it (CAMEO 075)
        ("Ecuador gave asylum to the Peruvian activist Ilvane Ruiz.", "aid"),
        # taking someone to court is suing them (CAMEO 115)
        ("Ukraine took Russia to the International Court of Justice.", "accuse"),
        # breaking up a rally disperses it (CAMEO 175), done to the rally, not people
        ("Police in Harare broke up an opposition rally with tear gas.", "coerce"),
        ("Police in Lima dispersed the march on Tuesday.", "coerce"),
        # wrecking things is violence against property (CAMEO 1712), people it is not
        ("Settlers destroyed olive groves near the Palestinian village.", "coerce"),
    ],
)
def test_object_classes(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a cooperative act its actor will not do is a refusal (CAMEO 12)
        ("Iran said it would not allow UN inspectors into the site.", "reject"),
        ("Chile won't withdraw its troops from the border, the minister said.", "reject"),
        ("Ruiz will not attend the talks in Lima.", "reject"),
    ],
)
def test_refusals(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Peru did not meet the Chilean envoy on Monday.",  # a past act negated: no event
        "Ruiz said Peru cannot defend its record on the border.",  # an inability
        "Why won't Chile withdraw its troops from the border?",  # a question
    ],
)
def test_no_refusal(events, text):
    assert all(e.type != "reject" for e in events(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the `with` phrase names what is handed over: arms are military aid (CAMEO 072)
        ("Peru supplied Chile with tanks and artillery during the war.", "aid"),
        # the one allowed in is the object of `allow` (CAMEO 086)
        ("Chile allowed United Nations inspectors to visit its nuclear sites.", "retreat"),
    ],
)
def test_objects_of_the_frame(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set cars ablaze in the Peruvian capital after the verdict.",
        "Protesters clashed with police in central Lima on Sunday.",
    ],
)
def test_violence_of_protesters_is_a_riot(events, text):
    found = events(text)
    assert found and (found[0].type, found[0].mode) == ("protest", "riot")


def test_violence_against_protesters_is_not(events):
    found = events("Soldiers fired on protesters in Lima on Sunday, killing three.")
    assert found and found[0].type == "assault"


def test_arms_attack_on_a_building_is_an_assault(events):
    found = events("Israeli aircraft bombed an arms depot in southern Lebanon on Sunday.")
    assert found and found[0].type == "assault"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a presence withdrawn (peacekeepers, observers): relations reduced (CAMEO 166x)
        ("The United Nations withdrew its observers from Angola on Monday.", "sanction"),
        ("Forty Norwegian peacekeepers were pulled out of southern Lebanon on Friday.", "sanction"),
        # a hostile force withdrawn: a retreat (CAMEO 0874)
        ("Chile withdrew its troops from the disputed border zone on Thursday.", "retreat"),
    ],
)
def test_withdrawing_a_presence(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind
