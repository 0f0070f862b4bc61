"""Two figures conflict only when they measure one thing at one moment: a share price told at
`by 10:15 GMT` and one told at `by 09:40 GMT` (or at the close) are two prices, a clock time's
minutes are no figure at all, and a court's vote on one point of its ruling is no other
figure for its vote on another point. Invented text."""

from __future__ import annotations

from dossier_support import number_conflicts, number_values


def test_clock_minutes_are_no_figure():
    got = number_values(
        "Trading in Harlow Foods shares was halted at 10:15 GMT after the profit warning.",
        "Trading in Harlow Foods shares was halted at 09:40 GMT after the profit warning.",
    )
    assert not [about for about, _ in got if "gmt" in about]


def test_share_moves_at_two_clock_times_are_two_prices():
    got = number_values(
        "Harlow Foods shares rose 4.2% to 31.40 crowns by 10:15 GMT after the results.",
        "Harlow Foods shares were up 3.9% at 31.32 crowns by 13:30 GMT after the results.",
    )
    assert got == []


def test_a_move_by_a_clock_time_and_the_close_are_two_moves():
    got = number_values(
        "Harlow Foods shares rose 4.2% to 31.40 crowns by 10:15 GMT after the results.",
        "Harlow Foods shares closed up 2.9% at 31.10 crowns after the results.",
    )
    assert got == []


def test_same_clock_time_on_two_days_is_two_moments():
    told = [
        ("Outlet 0", "2031-03-04", "Harlow Foods shares fell 2.1% to 30.40 crowns by 09:40 GMT."),
        ("Outlet 1", "2031-03-05", "Harlow Foods shares fell 1.2% to 29.90 crowns by 09:40 GMT."),
    ]
    assert number_conflicts(*told) == []


def test_same_clock_time_still_compares():
    got = number_values(
        "Harlow Foods shares rose 4.2% to 31.40 crowns by 10:15 GMT after the results.",
        "Harlow Foods shares rose 4.2% to 32.40 crowns by 10:15 GMT after the results.",
    )
    assert ("crown", ["31.4", "32.4"]) in got


def test_votes_on_two_points_of_one_ruling_are_not_compared():
    got = number_values(
        "By 11 votes to 4, the 15-judge tribunal adopted a median line that gives Delan most of "
        "the Osk gas field. By 13 votes to 2, it found that Mersia's drilling at the Osk-3 well "
        "in 2029 breached the river treaty.",
        "The tribunal voted 11 to 4 for the new median line and 13 to 2 that Mersia breached the "
        "river treaty when it drilled the Osk-3 well in 2029.",
    )
    assert not [about for about, _ in got if about.startswith("vote")]


def test_a_vote_on_one_point_told_two_ways_still_conflicts():
    got = number_values(
        "By 11 votes to 4, the tribunal adopted a median line that gives Delan the Osk gas field.",
        "The tribunal voted 12 to 3 for the median line that gives Delan the Osk gas field.",
    )
    assert ("vote for", ["11", "12"]) in got
