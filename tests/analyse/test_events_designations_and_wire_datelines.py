"""A sanctions notice's designation (`has today designated the following entities ... under the
Sanctions Act`) is a sanction by its issuer; designating a candidate is none. A wire dateline
the parser hangs on the subject (`PORT X, Nov 25 (Agency) - Calvera on Wednesday imposed`) is
no part of the actor's name. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

_NOTICE = (
    "Ministry of Trade of the Republic of Norvia\n\n"
    "Designation of persons under the Trade Sanctions Act\n\n"
    "Tarsby, 12 March 2031\n\n"
    "The Minister of Trade, Ilse Brandt, has today designated the following entities and "
    "individuals under the Trade Sanctions Act 2020 for their role in smuggling timber from "
    "Ostavia. Their assets in Norvia are frozen.\n\n"
    "1. Kolvar Timber Ltd - Ostavia - exporter\n"
)


def test_a_designation_under_sanctions_is_a_sanction(events):
    found = [(e.type, e.cameo, [a[1] for a in e.actors], e.date) for e in events(_NOTICE)]
    assert ("sanction", "163", ["Ilse Brandt"], "2031-03-13") in found


def test_designating_a_candidate_is_no_sanction(events):
    found = events("The party designated Aino Berg as its candidate for mayor on Monday.")
    assert [e for e in found if e.type == "sanction"] == []


def test_a_wire_dateline_is_no_part_of_the_actor(events):
    text = (
        "PORT TALLIS, Nov 25 (Beacon) - Calvera on Wednesday imposed sanctions on 14 entities "
        "it accused of smuggling gold out of Ostavia and paying the country's military "
        "government, freezing their assets.\n"
    )
    sanctions = [e for e in events(text) if e.type == "sanction"]
    assert [[a[1] for a in e.actors] for e in sanctions] == [["Calvera"]]


_LISTED = (
    "Tarsby, 12 March 2031\n\n"
    "The Minister of Trade, Ilse Brandt, has today designated the following entities and "
    "individuals under the Trade Sanctions Act 2020. Their assets in Norvia are frozen.\n\n"
    "Entities (name - country - role):\n\n"
    "1. Kolvar Timber Ltd - Ostavia - exporter\n"
    "2. Brask Holdings LLC - Ostavia - front company\n\n"
    "Individuals (name - nationality - role):\n\n"
    "3. Petra Lund - Ostavia - director, Kolvar Timber Ltd\n\n"
    "Banks must report frozen assets within ten days.\n"
)


def test_the_following_designated_are_the_listed_names(events):
    designations = [e for e in events(_LISTED) if e.trigger == "designated"]
    assert [[t[1] for t in e.targets] for e in designations] == [
        ["Kolvar Timber Ltd", "Brask Holdings LLC", "Petra Lund"]
    ]


def test_a_list_of_demands_names_no_targets(events):
    found = events(
        "The unions demanded the following:\n- a pay rise of 5 percent\n- shorter shifts\n"
    )
    assert [(e.type, e.targets) for e in found] == [("request", [])]
