"""What a clause of purpose or of means makes of the act above it, and acts typed by the
situation they happen in rather than by their verb alone: reaching someone to talk with them
is a meeting; summoning or meeting someone to complain to them is the complaint; `responded
by shelling` and `resorted to throwing stones` are done by the clause's subject; violence
by a crowd during a protest is a riot; meeting, granting or heeding a demand is yielding;
mobilising unarmed groups rallies support. Text written for these tests; published Thursday
2031-03-13."""

from __future__ import annotations

import pytest


def _summary(found) -> list[tuple]:
    return [(e.type, e.status, [a[1] for a in e.actors], [a[1] for a in e.targets]) for e in found]


@pytest.mark.parametrize("verb", ["contacted", "emailed", "messaged"])
def test_reaching_someone_to_discuss_is_a_meeting_with_them(events, verb):
    found = events(f"Ilse Marven {verb} Tomas Okoro on Tuesday to discuss the grain quota.")
    assert [(e.type, e.status, e.date) for e in found] == [("consult", "happened", "2031-03-11")]
    assert [a[1] for a in found[0].actors] == ["Ilse Marven"]
    assert [a[1] for a in found[0].targets] == ["Tomas Okoro"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Marven talked about the grain quota on Tuesday.",  # speech, no meeting
        "The union urged Tomas Okoro to discuss the grain quota.",  # his talk, urged
        "The ministry sent Tomas Okoro to discuss the grain quota.",  # he goes to talk
    ],
)
def test_no_meeting_when_no_one_is_reached_to_talk_with(events, text):
    assert [e for e in events(text) if e.type == "consult"] == []


@pytest.mark.parametrize("verb", ["summoned", "met"])
def test_summoning_someone_to_complain_is_the_complaint(events, verb):
    found = events(
        f"Foreign Minister Ilse Marven {verb} Ambassador Tomas Okoro on Tuesday to complain "
        "about the border raids."
    )
    assert [(e.type, e.status, e.date) for e in found] == [("accuse", "happened", "2031-03-11")]
    assert [a[1] for a in found[0].actors] == ["Ilse Marven"]
    assert [a[1] for a in found[0].targets] == ["Tomas Okoro"]


def test_inviting_someone_to_complain_is_still_the_invitation(events):
    found = events("Ilse Marven invited Tomas Okoro to complain about the border raids.")
    assert [e.type for e in found] == ["consult"]


def test_responding_by_an_act_is_that_act_by_the_subject(events):
    found = events("The Varnish army responded by shelling the port of Kell on Monday.")
    assert [(e.type, e.status) for e in found] == [("assault", "happened")]
    assert [a[1] for a in found[0].actors] == ["Varnish army"]


def test_resorting_to_an_act_is_that_act(events):
    found = events("Farmers in Kell resorted to blocking the highway.")
    assert [(e.type, e.cameo) for e in found] == [("protest", "144")]
    assert [a[1] for a in found[0].actors] == ["Farmers"]


def test_the_means_takes_the_negation_and_tense_of_its_clause(events):
    assert events("The Varnish army did not respond by shelling the port of Kell.") == []
    found = events("The Varnish army will respond by shelling the port of Kell.")
    assert [(e.type, e.status) for e in found] == [("threaten", "planned")]


def test_objecting_to_an_act_is_not_doing_it(events):
    found = events("The Varnish government objected to sending troops to Kell.")
    assert "mobilize" not in [e.type for e in found]
    found = events("The Varnish government sent troops to Kell.")  # the act itself, told
    assert "mobilize" in [e.type for e in found]


def test_a_way_to_act_is_no_act(events):
    found = events(
        "The council has two ways to stop the strike: by suing the union, by asking a court."
    )
    assert [e for e in found if e.type in ("accuse", "request")] == []


def test_a_crowd_throwing_stones_during_a_protest_riots(events):
    found = events("Students threw stones at the town hall during the demonstration in Kell.")
    assert [(e.type, e.cameo, e.mode) for e in found] == [("protest", "145", "riot")]


def test_police_violence_during_a_protest_is_no_riot(events):
    found = events("Police beat three students during the demonstration in Kell.")
    assert [e.type for e in found] == ["assault"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kell council granted the request of the dockers.",
        "The ministry heeded the demands of the farmers.",
        "The Varnish government satisfied the demands of the miners.",
        "The rebels accepted the ultimatum.",
    ],
)
def test_complying_with_what_was_asked_is_yielding(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("concede", "080")]


def test_heeding_a_call_to_strike_is_no_concession(events):
    found = events("Thousands of dockers heeded the call of the union to strike.")
    assert "concede" not in [e.type for e in found]
    found = events("Thousands of dockers heeded the union's demand.")  # a demand met is one
    assert "concede" in [e.type for e in found]


def test_mobilising_unarmed_groups_rallies_support(events):
    found = events("The Varnish government mobilised pressure groups abroad to back its plan.")
    assert [(e.type, e.cameo) for e in found] == [("support", "053")]
    found = events("The Varnish army mobilised its reservists.")
    assert [e.type for e in found] == ["mobilize"]
