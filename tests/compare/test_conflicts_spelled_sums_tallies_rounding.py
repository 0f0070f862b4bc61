"""Review 22, finding 4: a sum after a currency sign with its scale spelled out (`€740
million`) is a figure like `€740m` (but not the form a payment takes: `$281 million in cash`);
a vote's tally after the vote or decision it settled (`by a vote of 6-3`, `approved the budget
7-2`, `a 5-4 ruling`) is compared with `by five votes to four`; and a whole figure of two digits
or more against the same figure with one decimal more that rounds to it (`€48bn` / `€48.3bn`)
is one figure at two precisions, no conflict. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_values

LEAD = "The city's finance chief, Ivo Marsh, on Monday presented the budget. "


def values(*texts: str) -> list[tuple[str, list[str]]]:
    return number_values(*(LEAD + t for t in texts))


def test_a_sum_with_its_scale_spelled_out_is_compared() -> None:
    got = values(
        "A new tax on landlords will raise €740 million a year.",
        "A new tax on landlords will raise €470 million a year.",
    )
    assert got == [("m euro", ["470000000", "740000000"])]


def test_the_cash_part_of_a_payment_is_no_rival_of_its_total() -> None:
    got = values(
        "The port operator bought the marina for $334 million on Monday.",
        "The port operator bought the marina on Monday, paying $281 million in cash.",
    )
    assert got == []


def test_a_sentence_telling_a_whole_and_its_parts_compares_none_of_them() -> None:
    got = values(
        "The port operator will buy the marina for about $334 million, of which about $281 "
        "million will be paid in cash.",
        "The port operator is paying $281m in cash and $53m in shares for the marina, which "
        "raised $35m from investors.",
        "The port operator will pay $334 million for the marina, including $281 million in cash.",
    )
    assert got == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "The council approved the budget by a vote of 6-3.",
            "The council approved the budget by five votes to four.",
            [("vote against", ["3", "4"]), ("vote for", ["5", "6"])],
            id="vote-of",
        ),
        pytest.param(
            "The council approved the budget 7-2.",
            "The council approved the budget by a vote of 6-3.",
            [("vote against", ["2", "3"]), ("vote for", ["6", "7"])],
            id="verb-then-tally",
        ),
        pytest.param(
            "The council passed the budget on Tuesday; the vote was 4-3.",
            "The council passed the budget by five votes to two on Tuesday.",
            [("vote against", ["2", "3"]), ("vote for", ["4", "5"])],
            id="the-vote-was",
        ),
        pytest.param(
            "The court ruled 5-4 that the tax was lawful.",
            "In a 6-3 ruling, the court found the tax lawful.",
            [("vote against", ["3", "4"]), ("vote for", ["5", "6"])],
            id="tally-before-its-noun",
        ),
    ],
)
def test_tallies_in_other_forms(first: str, second: str, expected: list) -> None:
    assert values(first, second) == expected


@pytest.mark.parametrize(
    "pair",
    [
        (
            "The council approved the 2025-26 budget on Monday.",
            "The council approved the 2026-27 budget on Monday.",
        ),
        (
            "The council backed a 10-15 percent rise in fares.",
            "The council backed a 12-15 percent rise in fares.",
        ),
    ],
    ids=["years", "a-range-of-a-unit"],
)
def test_years_and_ranges_are_no_tallies(pair: tuple[str, str]) -> None:
    assert values(*pair) == []


def test_a_whole_figure_and_its_one_decimal_form_are_one_figure() -> None:
    assert (
        values(
            "Total spending rises to €48.3bn next year.", "Total spending rises to €48bn next year."
        )
        == []
    )


def test_a_decimal_that_rounds_to_another_whole_figure_still_conflicts() -> None:
    got = values(
        "Total spending rises to €48.3bn next year.", "Total spending rises to €49bn next year."
    )
    assert got == [("bn euro", ["48300000000", "49000000000"])]


def test_a_one_digit_figure_is_no_rounding_of_its_decimal() -> None:
    got = values(
        "The deficit will be 3.1 per cent of GDP.", "The deficit will be 3 per cent of GDP."
    )
    assert got == [("percent gdp (expected)", ["3", "3.1"])]
