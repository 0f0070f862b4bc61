"""A quotation's sentences joined into one claim sentence (`text.sentences`) each read a bare
`$` by their own words: a sentence naming the US beside a Canadian outlet's sum makes it no
US-dollar sum (codereview21a #3). Invented text."""

from __future__ import annotations

from dossier_support import url_number_values as _values_from

from newsgraph.compare.money import sentence_dollar

CA = "https://www.velmar-ledger.ca/world/port"
CA2 = "https://www.orvik-post.ca/news/port"


def _quote(sum_: str) -> str:
    return (
        f'"The United States has already pledged its share. Canada will lend {sum_} to rebuild '
        'the harbour at Velmar," the trade minister told reporters on Monday.'
    )


def test_a_joined_quotes_canadian_sum_stays_canadian_beside_a_us_sentence():
    assert _values_from((CA, _quote("$1.2bn")), (CA2, _quote("$1.5bn"))) == [
        ("bn CAD", ["1200000000", "1500000000"])
    ]


def test_a_joined_quotes_canadian_sum_meets_c_dollar_elsewhere():
    assert _values_from((CA, _quote("$1.2bn")), (None, _quote("C$1.5bn"))) == [
        ("bn CAD", ["1200000000", "1500000000"])
    ]


def test_only_the_sentence_holding_the_dollar_decides():
    text = '"Americans were generous. We will lend $3m," she said.'
    assert sentence_dollar("CAD", text) == "CAD"
    assert sentence_dollar("CAD", '"We thank you. The US will lend $3m," she said.') == "USD"
    assert sentence_dollar("CAD", "The United States pledged $1.4bn on Monday.") == "USD"
    assert sentence_dollar("CAD", "Velmar pledged $1.4bn on Monday.") == "CAD"
