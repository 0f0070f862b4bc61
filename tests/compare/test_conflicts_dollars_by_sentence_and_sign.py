"""Which dollar a sum is in: a bare `$` in a sentence that names the US is the US dollar in
any outlet (`The United States pledged $1.4bn` in a Canadian one); a Canadian outlet's bare
`$` meets `C$` and `CA$`, as an Australian one's meets `A$`; and only a country whose
currency is a dollar reads a bare `$` as its own (`.com.mx`: the US dollar). Invented text."""

from __future__ import annotations

from dossier_support import url_number_values as _values_from


def _pledge(donor: str, sum_: str) -> str:
    return f"{donor} pledged {sum_} in reconstruction aid to Velmar on Monday, officials said."


CA = "https://www.velmar-ledger.ca/world/aid"


def test_a_canadian_outlets_bare_dollar_for_a_us_pledge_is_the_us_dollar():
    assert _values_from(
        (CA, _pledge("The United States", "$1.4bn")),
        ("https://news.example.com/a", _pledge("The United States", "$1.0bn")),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_a_sentence_that_says_us_reads_its_bare_dollar_as_us():
    assert _values_from(
        (CA, _pledge("The U.S. government", "$1.4bn")),
        (None, _pledge("The US government", "US$1.0bn")),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_a_canadian_outlets_bare_dollar_elsewhere_stays_canadian():
    assert (
        _values_from(
            (CA, _pledge("Ardania", "$1.4bn")),
            (None, _pledge("Ardania", "US$1.0bn")),
        )
        == []
    )


def test_a_canadian_outlets_bare_dollar_meets_c_dollar():
    assert _values_from(
        (CA, _pledge("Ardania", "$1.4bn")),
        (None, _pledge("Ardania", "C$1.0bn")),
    ) == [("bn CAD", ["1000000000", "1400000000"])]


def test_a_canadian_outlets_bare_dollar_meets_ca_dollar():
    assert _values_from(
        (CA, _pledge("Ardania", "$1.4bn")),
        (None, _pledge("Ardania", "CA$1.0bn")),
    ) == [("bn CAD", ["1000000000", "1400000000"])]


def test_a_peso_countrys_outlet_reads_a_bare_dollar_as_the_us_dollar():
    assert _values_from(
        ("https://www.velmar-ledger.com.mx/world/aid", _pledge("Ardania", "$1.4bn")),
        (None, _pledge("Ardania", "US$1.0bn")),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_local_dollar_only_for_a_country_whose_currency_is_a_dollar():
    from newsgraph.compare.claims import local_dollar

    assert [local_dollar(f"https://x.{d}/a") for d in ("com.mx", "com.ar", "ca", "co.nz")] == [
        "USD",
        "USD",
        "CAD",
        "NZD",
    ]
