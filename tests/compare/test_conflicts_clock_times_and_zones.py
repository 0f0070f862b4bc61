"""A clock time needs a colon, am/pm or a time-zone word: a decimal before capitals is a figure
(`1.45 EUR a litre`, `12.50 MW`). One moment told in two zones (`14:00 GMT` / `15:00 CET`) is
one moment, and a clock time of the telling (`told reporters at 10:00`) is not the figure's
moment. Invented text."""

from __future__ import annotations

from dossier_support import number_values


def test_a_decimal_before_a_currency_code_is_a_figure():
    got = number_values(
        "Petrol in Varna rose to 1.45 EUR a litre on Tuesday, the highest this year.",
        "Petrol in Varna rose to 1.62 EUR a litre on Tuesday, the highest this year.",
    )
    assert [values for about, values in got if about.startswith("eur")] == [["1.45", "1.62"]]


def test_a_decimal_before_a_unit_in_capitals_is_a_figure():
    got = number_values(
        "The Harlow wind farm off Varna will produce 12.50 MW when it opens on Tuesday.",
        "The Harlow wind farm off Varna will produce 14.40 MW when it opens on Tuesday.",
    )
    assert [values for about, values in got if about.startswith("mw")] == [["12.5", "14.4"]]


def test_one_moment_in_two_time_zones_is_one_moment():
    got = number_values(
        "By 14:00 GMT on Tuesday, 35 people had been confirmed dead in the Varna quake.",
        "By 15:00 CET on Tuesday, 52 people had been confirmed dead in the Varna quake.",
    )
    assert [values for _, values in got] == [["35", "52"]]


def test_one_clock_time_in_two_zones_is_two_moments():
    got = number_values(
        "Harlow Foods shares rose 4.2% to 31.40 crowns by 10:15 GMT after the results.",
        "Harlow Foods shares were up 3.9% at 31.32 crowns by 10:15 CET after the results.",
    )
    assert got == []


def test_a_clock_time_of_the_telling_is_not_the_figure_s_moment():
    got = number_values(
        "Final turnout in the Varna election was 61 per cent, the electoral commission told "
        "reporters at 10:00 on Tuesday.",
        "Final turnout in the Varna election was 54 per cent, the electoral commission told "
        "reporters at 14:30 on Tuesday.",
    )
    assert [values for _, values in got] == [["54", "61"]]


def test_guard_a_decimal_clock_with_a_zone_is_still_no_figure():
    got = number_values(
        "Trading in Harlow Foods shares was halted at 10.15 GMT after the profit warning.",
        "Trading in Harlow Foods shares was halted at 09.40 GMT after the profit warning.",
    )
    assert got == []
