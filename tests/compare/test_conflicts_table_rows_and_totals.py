"""A table row of one district is a part of the table's total: another report's total that
says where most of it was (`80 new cases in 24 hours, most of them in the villages around
Selo`) is no rival of that district's row. A cumulative column is a running total, no rival
of a day's new cases. Invented text."""

from __future__ import annotations

from dossier_support import number_values

_SITREP = (
    "DARUN, 20 November 2031. The ministry reports 80 new suspected measles cases in the 24 "
    "hours to 18:00 on 19 November.\n\n"
    "District      New cases   Cumulative cases\n"
    "Selo                 52                400\n"
    "Varta                28                210\n"
    "TOTAL                80                610\n\n"
    "Vaccination teams are working in both districts."
)


def test_a_total_told_with_where_most_of_it_was_is_no_rival_of_a_row():
    paper = (
        "The ministry's situation report recorded 80 new cases in 24 hours, most of them in "
        "the villages around Selo town."
    )
    assert number_values(_SITREP, paper) == []


def test_a_row_still_meets_a_count_of_its_district():
    paper = "The ministry recorded 61 new cases in Selo district in 24 hours."
    assert number_values(_SITREP, paper) == [("case", ["52", "61"])]


def test_a_rows_cumulative_column_is_no_rival_of_its_new_cases():
    paper = "The ministry recorded 52 new cases in Selo district in 24 hours."
    assert number_values(_SITREP, paper) == []
