"""A bare `$` is the dollar of the outlet's country where that country prints its own currency
`$` (`.ca`: the Canadian dollar), else the US dollar: compared with `US$` and `USD` sums, never
with another country's. Capitals no currency code has (`an IMF 3bn loan`) name no currency:
the figure is read as if none stood there. And an estimate's range reaches its bound exactly
(`about 11.4 billion` is 10.9 to 11.9 billion, float rounding aside). Invented text."""

from __future__ import annotations

from dossier_support import number_values
from dossier_support import url_number_values as _values_from


def _pledge(sum_: str) -> str:
    return f"Ardania pledged {sum_} in reconstruction aid to Velmar on Monday, its ministry said."


def test_a_bare_dollar_with_no_country_is_the_us_dollar():
    assert number_values(_pledge("$1.4bn"), _pledge("US$1.0bn")) == [
        ("bn dollar", ["1000000000", "1400000000"])
    ]


def test_a_bare_dollar_is_compared_with_a_usd_code():
    assert number_values(_pledge("$1.4bn"), _pledge("USD 1.0bn")) == [
        ("bn dollar", ["1000000000", "1400000000"])
    ]


def test_a_bare_dollar_of_a_us_outlet_is_the_us_dollar():
    assert _values_from(
        ("https://www.velmar-ledger.us/world/aid", _pledge("$1.4bn")),
        (None, _pledge("US$1.0bn")),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_a_bare_dollar_of_a_canadian_outlet_is_no_us_dollar():
    assert (
        _values_from(
            ("https://www.velmar-ledger.ca/world/aid", _pledge("$1.4bn")),
            (None, _pledge("US$1.0bn")),
        )
        == []
    )


def test_a_bare_dollar_of_a_canadian_outlet_is_the_canadian_dollar():
    assert _values_from(
        ("https://www.velmar-ledger.ca/world/aid", _pledge("$1.4bn")),
        (None, _pledge("CAD 1.0bn")),
    ) == [("bn CAD", ["1000000000", "1400000000"])]


def test_a_bare_dollar_of_an_outlet_whose_country_has_no_dollar_is_the_us_dollar():
    assert _values_from(
        ("https://www.velmar-ledger.co.uk/world/aid", _pledge("$1.4bn")),
        (None, _pledge("US$1.0bn")),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_capitals_that_are_no_currency_code_leave_the_figure_read():
    assert number_values(
        "Velmar received an IMF 3bn loan on Monday, the finance ministry said.",
        "Velmar received an IMF 2bn loan on Monday, the finance ministry said.",
    ) == [("loan", ["2", "3"])]


def test_about_a_figure_reaches_the_top_of_its_range():
    assert (
        number_values(
            "Kallan's offer values Brisa at about 11.4 billion crowns, analysts said.",
            "Kallan's bid values Brisa at 11.9 billion crowns, the company said.",
        )
        == []
    )


def test_about_a_figure_reaches_the_bottom_of_its_range():
    assert (
        number_values(
            "Kallan's offer values Brisa at about 11.4 billion crowns, analysts said.",
            "Kallan's bid values Brisa at 10.9 billion crowns, the company said.",
        )
        == []
    )


def test_about_a_figure_past_its_range_still_differs():
    assert number_values(
        "Kallan's offer values Brisa at about 11.4 billion crowns, analysts said.",
        "Kallan's bid values Brisa at 12.0 billion crowns, the company said.",
    ) == [("crown", ["11400000000", "12000000000"])]
