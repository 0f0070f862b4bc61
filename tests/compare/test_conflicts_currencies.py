"""Sums are compared only in like currencies, never converted: the letters before a dollar
sign say whose dollar (`C$`, `US$`), a code names its currency (`CAD 1bn`), and a code no
currency has (`AKR 3m`) makes a sum that is compared with nothing."""

from __future__ import annotations

from dossier_support import number_values

from newsgraph.compare.claims import agreeing, split


def _pledge(sum_: str) -> str:
    return f"Ardania pledged {sum_} in reconstruction aid to Velmar on Monday, its ministry said."


def test_canadian_and_us_dollars_are_not_one_currency():
    assert number_values(_pledge("C$1.4bn"), _pledge("US$1.0bn")) == []


def test_one_lettered_dollar_is_compared_with_itself():
    assert number_values(_pledge("US$1.4bn"), _pledge("US$1.0bn")) == [
        ("bn USD", ["1000000000", "1400000000"])
    ]


def test_a_sign_and_a_code_of_one_currency_are_compared():
    assert number_values(_pledge("CA$1.4bn"), _pledge("CAD 1.0bn")) == [
        ("bn CAD", ["1000000000", "1400000000"])
    ]


def test_a_sum_in_an_unknown_code_is_compared_with_nothing():
    assert number_values(_pledge("AKR 3m"), _pledge("AKR 4m")) == []


def test_rupees_written_rs_are_compared_with_rupees_written_rs():
    assert number_values(_pledge("Rs 40 crore"), _pledge("Rs 50 crore")) == [
        ("crore Rs", ["400000000", "500000000"])
    ]


def test_rs_and_the_indian_rupee_sign_are_not_assumed_one_currency():
    assert number_values(_pledge("Rs 40 crore"), _pledge("₹50 crore")) == []


def test_two_currencies_are_no_other_figure_for_a_claim():
    arts = [{"id": "a", "text": _pledge("C$1.4bn")}, {"id": "b", "text": _pledge("US$1.0bn")}]
    sents = split(arts, {"a": "a", "b": "b"})
    assert agreeing(sents, [[0, 1]]) == ([[0, 1]], {})
