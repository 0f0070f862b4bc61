"""Session 21 (issue 5): a meeting agreed to be held later is a planned event of its own, the
agreement dated as told, never the meeting's future day with `happened`; a sum given `in
funding for X` goes to X; leave to act (`are free to visit`), a fight against a disaster (`beat
this flood`) and a norm with no one as its subject (`Not one more family should ...`) are no
events. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def _lines(found):
    return sorted((e.type, e.status, e.date) for e in found)


def test_an_agreed_meeting_is_planned_and_the_agreement_is_not_dated_by_it(events):
    found = events(
        "The ministers of the Orlan Union agreed on Tuesday that the ninth summit will be held "
        "in Pesk in October 2032."
    )
    assert _lines(found) == [("agree", "happened", "2031-03-11"), ("consult", "planned", "2032-10")]


def test_a_meeting_a_party_will_host_inside_an_agreement(events):
    found = events(
        "The ministers agreed that the union will hold its next summit in Pesk in October 2032."
    )
    consult = [e for e in found if e.type == "consult"]
    assert [(e.status, e.date, [a[1] for a in e.actors]) for e in consult] == [
        ("planned", "2032-10", ["union"])
    ]
    assert all(e.status != "happened" or (e.date or "") <= "2031-03-13" for e in found)


def test_a_meeting_to_come_with_no_one_named_is_kept(events):
    found = events("The next summit will be held in Pesk in October 2032.")
    assert _lines(found) == [("consult", "planned", "2032-10")]


def test_a_meeting_held_in_the_past_with_no_one_named_is_no_event(events):
    assert events("A summit was held in Pesk on Monday.") == []


def test_a_sum_in_funding_for_a_country_goes_to_it(events):
    found = events("The Harl government announced $2.5 million in emergency funding for Tessin.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("aid", ["Tessin"])]


def test_goods_released_to_a_country_are_aid_alone(events):
    found = events("The agency released 30,000 doses of polio vaccine to Tessin on Tuesday.")
    assert [(e.type, [t[1] for t in e.targets], e.date) for e in found] == [
        ("aid", ["Tessin"], "2031-03-11")
    ]


def test_leave_to_act_is_no_act(events):
    assert events('"Reporters are free to inspect the depots," Premier Ilse Marv said.') == []
    assert events("Critics are welcome to visit the camps, the premier said.") == []


def test_a_fight_against_a_disaster_is_no_threat(events):
    assert events('"We will beat this flood with sandbags," Governor Omar Telk said.') == []
    assert events('"We will beat it with sandbags," Governor Omar Telk said of the flood.') == []
    assert events("The city vowed to defeat the epidemic.") == []


def test_a_threat_to_a_party_stays(events):
    found = events("The army vowed to crush the rebels.")
    assert [e.type for e in found] == ["threaten"]


def test_a_norm_with_no_one_as_its_subject_is_no_demand(events):
    assert events('"Not one more family should lose a home to this river," said Dr Pia Lund.') == []


def test_not_one_but_two_is_no_negation(events):
    found = events("Not one but two ships were seized by the navy in Tessin on Monday.")
    assert [e.type for e in found] == ["coerce"]
