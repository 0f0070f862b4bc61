"""Session 21, round 2 (issue 5): a protest called or an event set `for` a day looks forward
and is planned; handing a paper in, revenue raised from a tax, lobbying and means to act are no
acts of the kind their dictionary codes say; `the Government of the Republic of X` is X's; a
command to the reader tells no act. Text written for these tests; published Thursday
2031-03-13."""

from __future__ import annotations


def _lines(found):
    return sorted((e.type, e.status, e.date) for e in found)


# -- a day after `for` with call / schedule / set -------------------------------------------


def test_a_protest_called_for_a_weekday_is_the_next_one_and_planned(events):
    found = events("Farm groups have called a protest outside the Ministry of Trade for Saturday.")
    assert _lines(found) == [("protest", "planned", "2031-03-15")]


def test_a_strike_called_for_a_weekday_is_planned(events):
    found = events("Harbour unions called a strike for Tuesday.")
    assert _lines(found) == [("protest", "planned", "2031-03-18")]


def test_a_strike_set_for_a_weekday_is_a_protest_to_come(events):
    found = events("Dockworkers at Pesk have set a strike for Monday.")
    assert _lines(found) == [("protest", "planned", "2031-03-17")]


def test_talks_scheduled_for_a_weekday_stay_planned(events):
    found = events("The two premiers have scheduled talks for Monday.")
    assert _lines(found) == [("consult", "planned", "2031-03-17")]


def test_a_strike_called_for_a_written_date_is_ahead(events):
    found = events("Nurses have called a strike for 2 April.")
    assert _lines(found) == [("protest", "planned", "2031-04-02")]


def test_a_day_already_gone_is_no_plan(events):
    found = events("Harbour unions called a strike for Tuesday last week, and it went ahead.")
    assert [(e.type, e.status, e.date) for e in found if e.type == "protest"] == [
        ("protest", "happened", "2031-03-04")
    ]


def test_a_pluperfect_call_keeps_the_day_told(events):
    found = events("Harbour unions had called a strike for Tuesday, and thousands marched.")
    assert _lines(found) == [("protest", "happened", "2031-03-11")]


def test_a_strike_called_on_a_day_is_the_call_that_day(events):
    found = events("Harbour unions called a strike on Tuesday over pay.")
    assert _lines(found) == [("protest", "happened", "2031-03-11")]


# -- under-read acts ----------------------------------------------------------------------


def test_a_budget_submitted_to_parliament_is_no_concession(events):
    text = (
        "The Government of the Republic of Marvania today submitted the draft budget for 2032 "
        "to the National Assembly."
    )
    assert events(text) == []


def test_submitting_a_motion_or_a_resignation_keeps_its_pattern(events):
    assert [e.type for e in events("The minister submitted her resignation on Monday.")] == [
        "concede"
    ]
    found = events("The opposition submitted a motion of no confidence on Monday.")
    assert [e.type for e in found] == ["request"]


def test_the_government_of_the_republic_of_x_is_x(events):
    found = events("The Government of the Republic of Marvania today imposed sanctions on Osk.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("sanction", ["Marvania"])]


def test_a_court_ruling_by_a_vote_tally_still_orders(events):
    found = events(
        "The Supreme Court ruled on Monday, by five votes to two, that the utility must pay "
        "40 million euros to the families."
    )
    assert [(e.type, e.date, [a[1] for a in e.actors]) for e in found] == [
        ("request", "2031-03-10", ["Supreme Court"])
    ]


def test_a_court_ruling_by_a_tally_that_a_party_breached_a_treaty(events):
    found = events("The court ruled by four votes to one that Osk had breached the treaty.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("accuse", ["Osk"])]


def test_a_warning_of_a_consequence_is_no_threat(events):
    assert events("Judge Lena Brask warned that the ruling would make every new road dearer.") == []
    assert events("The central bank warned on Tuesday that the forecast was too rosy.") == []


def test_a_warning_of_force_is_a_threat(events):
    found = events("Osk warned Marvania that it would close the border if the levy passed.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("threaten", ["Marvania"])]


def test_revenue_expected_from_a_levy_is_no_request(events):
    text = (
        "The plan's core is a 3% levy on bank profits, which the ministry expects to raise "
        "600 million euros a year in 2032."
    )
    assert events(text) == []
    assert events("The treasury expects to raise 600 million euros from the new tax.") == []


def test_an_appeal_for_money_stays_a_request(events):
    found = events("The agency appealed for 40 million dollars in aid for the flood victims.")
    assert [e.type for e in found] == ["request"]


def test_lobbying_against_a_measure_is_no_accusation(events):
    found = events("Marvania's three largest banks had lobbied against the levy.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [
        ("request", ["three largest banks"])
    ]


def test_a_relative_clause_on_the_actor_does_not_date_the_act(events):
    found = events(
        "The banks, which reported record profits this year, had lobbied against the levy."
    )
    assert [(e.type, e.date) for e in found] == [("request", None)]


def test_means_to_act_are_no_act(events):
    text = (
        '"When I took office," Lund says, "the treasury had enough cash to pay salaries for '
        'nine weeks."'
    )
    assert events(text) == []
    assert events("The city has the money to rebuild the bridge.") == []


def test_the_first_country_to_act_still_acts(events):
    found = events("Osk became the first country to recognise Marvania.")
    assert [e.type for e in found] == ["support"]


# -- furniture: appeals to the reader -----------------------------------------------------


def test_a_command_to_the_reader_is_no_aid(events):
    assert events("Donate to the Harl Red Cross today.") == []
    assert events("Sign up and donate today.") == []


def test_a_donation_line_gives_no_aid(events):
    text = (
        "Support independent journalism: The Marvania Ledger is funded by its readers. "
        "Donate today."
    )
    assert events(text) == []
    assert events("The party is financed by its members.") == []


def test_funding_by_another_party_stays_aid(events):
    found = events("The rebels are funded by Osk, the report said.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("aid", ["Osk"])]


def test_a_passive_agent_with_its_is_not_the_subject(events):
    found = events("The convoy was attacked by its escorts on Monday.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("assault", ["escorts"])]
