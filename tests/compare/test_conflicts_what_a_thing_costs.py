"""A sum with no noun after it is a figure where a frame tells what it measures: what a
thing costs (`would cost about $2.4 billion` / `The cost of the line has been estimated at
$4.2 billion`, the line being the railway the sentence before named), and a sum in brackets
after a worth (`worth 11.4 billion crowns ($1.07 billion)`). Costs of two things stay apart.
Invented text."""

from __future__ import annotations

from dossier_support import number_values

_FACTBOX = (
    "ORSK (Velo) - Leaders agreed on a feasibility study for a 610-km railway between Orsk "
    "and Talla. The cost of the line has been estimated at $3.8 billion."
)
_STORY = (
    "Mira Sallen said the 610-kilometer railway between Orsk and Talla would cost about "
    "$2.1 billion."
)


def test_two_costs_of_one_railway_meet():
    assert number_values(_FACTBOX, _STORY) == [("cost dollar", ["2100000000", "3800000000"])]


def test_costs_of_two_things_stay_apart():
    a = "Leaders agreed on a grain store of 300,000 tonnes. The store would cost $250 million."
    assert number_values(a, _STORY) == []
    b = "The new stadium in Orsk would cost $300 million, the mayor said."
    c = "The new bridge in Orsk would cost about $90 million, the mayor said."
    assert number_values(b, c) == []


def test_a_sum_in_brackets_after_a_worth_is_its_worth_in_that_currency():
    a = "Kellan made an offer valuing Dornet at about 9.3 billion crowns ($1.07 billion)."
    b = "Kellan made an offer that values Dornet at $1.4 billion."
    assert number_values(a, b) == [("dollar", ["1070000000", "1400000000"])]
