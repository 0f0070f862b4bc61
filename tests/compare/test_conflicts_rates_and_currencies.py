"""One bid phrased two ways is no conflict: a price per share is no other figure for the
bid's total (`38 crowns a share` / `11.4 billion crowns`), and a sum in one currency is no
other figure for a sum in another (`€1.1bn` / `$1.2bn`: no exchange rate is assumed), while
two sums in one currency still conflict (`$1.1bn` / `$1.2bn`). Invented text."""

from __future__ import annotations

from dossier_support import number_values


def test_a_price_per_share_is_no_other_figure_for_the_total():
    got = number_values(
        "Varrow Industries offered 38 crowns a share for Harlow Foods on Tuesday.",
        "Varrow Industries offered 11.4 billion crowns for Harlow Foods on Tuesday.",
    )
    assert got == []


def test_two_prices_per_share_still_conflict():
    got = number_values(
        "Varrow Industries offered 38 crowns a share for Harlow Foods on Tuesday.",
        "Varrow Industries offered 40 crowns per share for Harlow Foods on Tuesday.",
    )
    assert ("crown per share", ["38", "40"]) in got


def test_sums_in_two_currencies_are_not_compared():
    got = number_values(
        "The bid for Harlow Foods from Varrow Industries is worth €1.1bn.",
        "The bid for Harlow Foods from Varrow Industries is worth $1.2bn.",
    )
    assert got == []


def test_two_sums_in_one_currency_still_conflict():
    got = number_values(
        "The bid for Harlow Foods from Varrow Industries is worth $1.1bn.",
        "The bid for Harlow Foods from Varrow Industries is worth $1.2bn.",
    )
    assert ("dollar", ["1100000000", "1200000000"]) in got


def test_a_sum_opening_a_sentence_keeps_its_currency():
    got = number_values(
        "€1.1bn is what Varrow Industries bid for Harlow Foods.",
        "$1.2bn is what Varrow Industries bid for Harlow Foods.",
    )
    assert got == []


def test_a_share_price_is_no_other_figure_for_the_bid_total():
    got = number_values(
        "Varrow Industries offered 38 crowns a share for Harlow Foods, valuing Harlow Foods at "
        "about 11.4 billion crowns.",
        "Harlow Foods shares were up 3.9% at 31.32 crowns after the Varrow Industries offer for "
        "Harlow Foods.",
    )
    assert not [about for about, _ in got if about.startswith("crown")]


def test_figures_a_thousand_times_apart_are_two_things():
    got = number_values(
        "Varrow Industries valued Harlow Foods at 11.4 billion crowns on Tuesday.",
        "Varrow Industries valued Harlow Foods shares at 31.32 crowns on Tuesday.",
    )
    assert got == []
