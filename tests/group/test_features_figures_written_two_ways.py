"""One figure written two ways is one feature (`96` and `96.00`, `13.6` and `13.60`); a
table written with bars is read cell by cell (its headers name nothing); a page's opening
line that only prints its publication date is no date of the story. Invented text."""

from __future__ import annotations

from datetime import date

from newsgraph.group import features
from newsgraph.group.features import article_features


def test_trailing_decimal_zeros_are_one_figure() -> None:
    a = article_features(None, "The new official rate is 96 to the dollar, up 13.6 percent.")
    b = article_features(None, "The currency traded at 96.00 per dollar, a rise of 13.60 percent.")
    assert {"d:96", "d:13.6"} <= set(a) & set(b)
    assert "d:96.00" not in b and "d:13.60" not in b


def test_figure_value_keeps_what_differs() -> None:
    figure_value = features.figure_value
    assert figure_value("1,200") == "1200"
    assert figure_value("1,200.50") == "1200.5"
    assert figure_value("9.4") == "9.4"
    assert figure_value("10.05") == "10.05"
    assert figure_value("1.240") == "1.240"  # three digits: maybe a thousands group


TABLE = (
    "The index fell 3.1% on the day.\n\n"
    "| Instrument | Mon close | Tue close | Change |\n\n"
    "|---|---|---|---|\n\n"
    "| Harbour index | 1,412.6 | 1,368.3 | -3.1% |\n\n"
    "| Ten-year yield | 9.85% | 11.20% | +135 bp |\n"
)


def test_bar_table_headers_are_no_names() -> None:
    feats = article_features(None, TABLE)
    assert {"d:1412.6", "d:1368.3", "d:11.2", "d:135"} <= set(feats)
    assert not {"n:change", "n:close", "n:tue", "n:mon", "n:harbour", "n:ten-year"} & set(feats)


def test_opening_date_line_is_the_publication_date() -> None:
    text = (
        "Wednesday 14 October 2026, 08:30 GMT\n\n"
        "Dock workers in Selmont voted to end their strike, the union said."
    )
    feats = article_features(None, text, dated=date(2026, 10, 14))
    assert "m:10-14" not in feats
    assert "w:dock" in feats
    mid = article_features(None, "The vote is on 14 October.\nDock workers met.", dated=True)
    assert "m:10-14" in mid
