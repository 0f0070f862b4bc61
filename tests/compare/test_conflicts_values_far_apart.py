"""Values far apart: a figure of another thing (a share price among bid totals, `900 homes`
among `1.1 million` / `1.4 million`) leaves its group while the others still conflict, and a
slip of one magnitude word (`$2.5 billion` / `$2.4 million`) is a disagreement a reader wants.
Invented text."""

from __future__ import annotations

from dossier_support import number_values


def test_a_magnitude_word_slip_is_a_conflict():
    got = number_values(
        "Harlow Labs agreed to pay a $2.5 billion fine to settle the fraud case, the court said "
        "on Tuesday.",
        "Harlow Labs agreed to pay a $2.4 million fine to settle the fraud case, the court said "
        "on Tuesday.",
    )
    assert [values for about, values in got if about.startswith("fine")] == [
        ["2400000", "2500000000"]
    ]


def test_an_outlier_does_not_erase_the_other_values_conflict():
    got = number_values(
        "About 1.1 million homes lost power after the storm hit Varna on Tuesday.",
        "About 1.4 million homes lost power after the storm hit Varna on Tuesday.",
        "About 9 homes lost power after the storm hit Varna on Tuesday.",
    )
    homes = [values for about, values in got if about.startswith("home")]
    assert homes and "1100000" in homes[0] and "1400000" in homes[0]


def test_a_share_price_leaves_the_group_of_two_bid_totals():
    got = number_values(
        "Varrow Industries valued Harlow Foods at 11.4 billion crowns on Tuesday.",
        "Varrow Industries valued Harlow Foods at 12.1 billion crowns on Tuesday.",
        "Varrow Industries valued Harlow Foods shares at 31.32 crowns on Tuesday.",
    )
    assert got == [("crown", ["11400000000", "12100000000"])]


def test_a_proportion_is_no_other_figure_for_a_count():
    got = number_values(
        "As many as 1 in 500 users of Harlow Browser could have been exposed to the flaw.",
        "As many as 400 users of Harlow Browser could have been exposed to the flaw.",
    )
    assert got == []


def test_guard_two_proportions_still_conflict():
    got = number_values(
        "As many as 1 in 500 users of Harlow Browser could have been exposed to the flaw.",
        "As many as 1 in 400 users of Harlow Browser could have been exposed to the flaw.",
    )
    assert [values for _, values in got] == [["400", "500"]]
