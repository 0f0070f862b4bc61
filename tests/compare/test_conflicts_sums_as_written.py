"""Sums of money read once (`compare.money`): a scale word multiplies a sum's figure however it
is written (`$3 tn`, `$3tn`, `$1.2bn`, `$1.07 billion`, `Rs 5 crore`), a cost told with no
currency is compared with another of the same thing, a bare `$` of an outlet whose country
has no English `$` is the US dollar, and a sum's conflict is printed as the reports wrote it
(`$4.2 billion`) while JSON keeps the normalised figure. Invented text."""

from __future__ import annotations

from typing import Any

from dossier_support import article, number_values
from dossier_support import url_number_values as _values_from

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.money import local_dollar
from newsgraph.compare.render import render_html, render_markdown


def _dossier(*texts: str) -> dict[str, Any]:
    arts = [article("abcd"[n], f"Outlet {n}", t) for n, t in enumerate(texts)]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, arts, []))


LINE = "The planned 520-kilometre Orsk-Tavel pipeline"


def test_a_cost_conflict_prints_the_sums_as_written_and_keeps_the_figures():
    d = _dossier(
        f"{LINE} was approved on Monday. The cost of the pipeline has been estimated at "
        "$4.2 billion.",
        f"{LINE} was approved on Monday. Minister Ada Rusk said the pipeline would cost about "
        "$2.4 billion.",
    )
    (c,) = [c for c in d["conflicts"] if c["kind"] == "number"]
    assert sorted(v["value"] for v in c["values"]) == ["2400000000", "4200000000"]
    assert sorted(v["written"] for v in c["values"]) == ["$2.4 billion", "$4.2 billion"]
    md = render_markdown(d)
    assert "**$4.2 billion**" in md and "**about $2.4 billion**" in md
    assert "4200000000" not in md
    assert "about $2.4 billion</strong>" in render_html(d)


def test_a_trillion_written_apart_is_scaled_as_one_glued_on():
    assert number_values(
        "Ministers said the Varn flood defences would cost $3 tn over twenty years.",
        "Ministers said the Varn flood defences would cost $2tn over twenty years.",
    ) == [("cost dollar", ["2000000000000", "3000000000000"])]


def test_bn_and_billion_are_one_sum_with_a_noun_or_a_frame():
    assert number_values(
        "Orsk said the Tavel reconstruction fund would cost $1.2bn.",
        "Orsk said the Tavel reconstruction fund would cost $1.07 billion.",
    ) == [("cost dollar", ["1070000000", "1200000000"])]
    assert number_values(
        "Orsk approved a $1.2bn loan to Tavel on Monday.",
        "Orsk approved a $1.07 billion loan to Tavel on Monday.",
    ) == [("loan dollar", ["1070000000", "1200000000"])]


def test_crore_sums_are_scaled_and_compared_in_one_currency():
    assert number_values(
        "The new Varn bridge will cost Rs 5 crore, the district office said.",
        "The new Varn bridge will cost Rs 1,200 crore, the district office said.",
    ) == [("cost Rs", ["12000000000", "50000000"])]


def test_costs_with_no_currency_of_one_thing_are_compared():
    assert number_values(
        "Officials said the Varn flood barrier would cost 40 million.",
        "The cost of the Varn flood barrier has been estimated at 90 million.",
    ) == [("cost amount", ["40000000", "90000000"])]
    d = _dossier(
        "Officials said the Varn flood barrier would cost 40 million.",
        "The cost of the Varn flood barrier has been estimated at 90 million.",
    )
    assert "**40 million**" in render_markdown(d)


def test_costs_with_no_currency_of_two_things_are_not_compared():
    assert (
        number_values(
            "Officials said the Varn flood barrier would cost 40 million.",
            "The cost of the new Varn stadium has been estimated at 90 million.",
        )
        == []
    )


def test_a_cost_with_no_currency_is_not_compared_with_one_in_a_currency():
    assert (
        number_values(
            "Officials said the Varn flood barrier would cost 40 million.",
            "The cost of the Varn flood barrier has been estimated at $90 million.",
        )
        == []
    )


def test_a_bare_dollar_of_a_country_with_no_english_dollar_sign_is_the_us_dollar():
    assert local_dollar("https://www.example-news.com.tw/a") == "USD"
    assert local_dollar("https://www.example-news.com.sg/a") == "SGD"
    assert _values_from(
        ("https://www.example-news.com.tw/biz", "Orsk pledged $1.4bn to Tavel on Monday."),
        (None, "Orsk pledged US$1.0bn to Tavel on Monday."),
    ) == [("bn dollar", ["1000000000", "1400000000"])]


def test_a_sum_of_a_whole_is_a_part_of_it_not_a_rival_sum():
    assert (
        number_values(
            "Orsk said $280m of the purchase price for Tavel Foods will be paid in cash.",
            "Orsk will pay $330m for Tavel Foods, the company said.",
        )
        == []
    )
