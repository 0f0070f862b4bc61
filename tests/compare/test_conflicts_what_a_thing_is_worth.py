"""What a thing is worth (`a bid worth 12.1 billion crowns`, `valuing the company at 11.4
billion crowns`) is a standing fact of the thing: the days and subjects of the sentence's verbs
(rejected on Tuesday, offered on Friday) are not its. And an estimate told to three figures
(`about 11.4 billion`) is off by a few units of its last figure, not by a tenth."""

from __future__ import annotations

from dossier_support import number_values


def test_a_bid_rejected_one_day_and_made_another_has_one_worth():
    assert number_values(
        "Brisa on Tuesday rejected a bid from Kallan that values Brisa at 12.1 billion crowns.",
        "Kallan on Friday made a bid that values Brisa at 11.4 billion crowns.",
    ) == [("crown", ["11400000000", "12100000000"])]


def test_a_bid_told_by_who_rejected_it_and_by_who_made_it_has_one_worth():
    assert number_values(
        "Brisa rejected a bid from Kallan that values Brisa at 12.1 billion crowns.",
        "Kallan made a bid that values Brisa at 11.4 billion crowns.",
    ) == [("crown", ["11400000000", "12100000000"])]


def test_about_a_figure_told_to_three_figures_is_close_to_it():
    assert number_values(
        "Kallan's bid values Brisa at 12.1 billion crowns, the company said.",
        "Kallan's offer values Brisa at about 11.4 billion crowns, analysts said.",
    ) == [("crown", ["11400000000", "12100000000"])]


def test_about_a_figure_within_a_few_units_of_its_last_figure_agrees():
    assert (
        number_values(
            "Kallan's bid values Brisa at 12.1 billion crowns, the company said.",
            "Kallan's offer values Brisa at about 12.3 billion crowns, analysts said.",
        )
        == []
    )


def test_about_a_round_figure_keeps_its_margin():
    assert (
        number_values(
            "About 25 people were hurt in the crash on Monday.",
            "The crash on Monday injured 27 people.",
        )
        == []
    )
