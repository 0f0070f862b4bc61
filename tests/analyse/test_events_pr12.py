"""Events, product review 12: an event keeps the place its sentence names even where no table
knows it (a dateline read as the subject, a square `on` which people gather, a court or hospital
named as an organisation); no events from beliefs, from `help` in a relative clause, from
betraying a bond, from a thing that eases, or from an unnamed `they` inside a quotation;
`supporters of X` protest themselves; a crowd gathering with signs or greeting a thing with
whistles protests. Sentences written for these tests (invented places and people)."""

from __future__ import annotations

import pytest


def test_dateline_subject_keeps_the_place_of_its_apposition(events):
    # parsed with the dateline as the subject and `A court in Lunsk` as its apposition
    found = events(
        "LUNSK - A court in Lunsk on Wednesday sentenced former transport minister Tomas Kerrin "
        "to eight years in prison."
    )
    assert [e.type for e in found] == ["coerce"]
    assert found[0].place == ("Lunsk", None, None, None)


def test_body_mention_of_a_dateline_town_is_the_place(events):
    # the entity stage keeps only the dateline's mention of the town
    found = events(
        "KORSK - A court in Korsk on Wednesday sentenced former transport minister Tomas Kerrin "
        "to eight years in prison."
    )
    assert [e.type for e in found] == ["coerce"]
    assert found[0].place == ("Korsk", None, None, None)


def test_square_named_with_on_is_the_place_not_a_target(events):
    found = events("Several hundred farmers protested on Arsenal Square on Tuesday.")
    assert [e.type for e in found] == ["protest"]
    assert found[0].place is not None and found[0].place[0] == "Arsenal Square"
    assert found[0].targets == []


def test_on_a_country_stays_a_target(events):
    found = events("The Norvik government imposed sanctions on Iran on Tuesday.")
    assert [e.type for e in found] == ["sanction"]
    assert found[0].place is None
    assert [t[1] for t in found[0].targets] == ["Iran"]


def test_organisation_named_for_a_building_is_a_place(events):
    found = events("Rebels attacked a convoy outside the Dravenholt Central Hospital on Monday.")
    assert [e.type for e in found] == ["assault"]
    assert found[0].place == ("Dravenholt Central Hospital", None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Economists at Tamsin Bank had expected the rate to stay at 4%.",
        'A: "I expect the truth to come out," Pell Marro said.',
        "Ilvane expected Norvik to withdraw its troops.",
        "The scandal has divided the Ilvane Union party, which Pell Marro helped to found.",
        '"The minister betrayed the trust of every voter," the judge said.',
        "Governor Ansel Vorr said inflation had eased but remained too high.",
        '"They are putting a man on trial for signing papers," said Lena Kolt, an organiser.',
    ],
)
def test_no_event_from_views_bonds_or_things(events, text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norvik helped the refugees on Monday.", "aid"),
        ("The Norvik government eased the curfew on Monday.", "concede"),
        ("Norvik troops betrayed their allies and attacked Velm on Monday.", "assault"),
    ],
)
def test_real_acts_beside_those_stay(events, text, kind):
    assert kind in [e.type for e in events(text)]


def test_supporters_of_a_person_protest_themselves(events):
    found = events("Several hundred supporters of former minister Pell Marro protested on Monday.")
    assert [e.type for e in found] == ["protest"]
    assert all(a[1] != "Pell Marro" for a in found[0].actors)
    assert "supporters" in found[0].actors[0][1]


def test_crowd_gathering_with_signs_is_a_protest(events):
    found = events(
        "About 300 people gathered on Arsenal Square on Wednesday, some holding signs reading "
        '"Free Pell". Police said the crowd was calm.'
    )
    assert [(e.type, e.date) for e in found] == [("protest", "2031-03-12")]
    assert found[0].place is not None and found[0].place[0] == "Arsenal Square"


def test_crowd_gathering_to_watch_is_no_protest(events):
    assert (
        events("About 300 people gathered on Arsenal Square on Wednesday to watch the parade.")
        == []
    )


def test_ruling_greeted_with_whistles_is_a_protest_on_its_day(events):
    found = events(
        "Pell Marro was jailed on Wednesday, a ruling his supporters outside the Dravenholt "
        "Regional Court greeted with whistles and chants."
    )
    protests = [e for e in found if e.type == "protest"]
    assert len(protests) == 1 and protests[0].date == "2031-03-12"
    assert protests[0].place == ("Dravenholt Regional Court", None, None, None)


def test_greeting_with_applause_is_no_protest(events):
    assert all(
        e.type != "protest" for e in events("The crowd greeted the president with applause.")
    )


def test_central_bank_rate_rise_gives_no_event(events):
    # no PLOVER type fits a one-sided domestic policy step (docs/events.md)
    assert (
        events("The Bank of Norvik raised its main interest rate by 25 basis points on Thursday.")
        == []
    )
