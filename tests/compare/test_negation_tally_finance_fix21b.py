"""Second reader's round-2 findings 3, 5 and 6 (session 21): a negation in an earlier clause
(`No, we will …`, `It is not easy: we will …`) or `not only` does not negate the words a cut
quote keeps; a range after a verb (`upheld the ban on ages 12-15`, `approved hiring for grades
9-12`) is no vote tally; a sum in a form of finance (`lent $40 million in loans`) is compared
unless the sentence tells another sum of its key. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_values
from test_quote_relations import item

from newsgraph.compare.quotes import negation_flags

CUT = 'the council would "close the library on Friday for repairs"'


@pytest.mark.parametrize(
    "ref",
    [
        "No, we will close the library on Friday for repairs.",
        "It is not easy: we will close the library on Friday for repairs.",
        "It was never our plan. We will close the library on Friday for repairs.",
        "We will not only close the library on Friday for repairs.",
    ],
)
def test_a_negation_outside_the_kept_clause_is_no_flag(ref: str) -> None:
    assert negation_flags(item(CUT, "mixed", "m"), item(ref, "direct", "r")) == []


@pytest.mark.parametrize(
    ("ref", "flag"),
    [
        ("We will not close the library on Friday for repairs.", "not"),
        ("No, we will never close the library on Friday for repairs.", "never"),
    ],
)
def test_a_negation_in_the_kept_clause_is_still_flagged(ref: str, flag: str) -> None:
    got = negation_flags(item(CUT, "mixed", "m"), item(ref, "direct", "r"))
    assert got == [f"negation removed: {flag}"]


LEAD = "The regional assembly in Orvane met on Thursday. "


def values(*texts: str) -> list[tuple[str, list[str]]]:
    return number_values(*(LEAD + t for t in texts))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The judges upheld the ban on ages 12-15 for the chat app.",
            "The judges upheld the ban on ages 13-16 for the chat app.",
        ),
        (
            "Voters backed the mayor in districts 4-6.",
            "Voters backed the mayor in districts 3-7.",
        ),
        (
            "The school board approved hiring for grades 10-12.",
            "The school board approved hiring for grades 9-12.",
        ),
        (
            "The school board approved new teachers 10-12.",
            "The school board approved new teachers 9-12.",
        ),
    ],
)
def test_a_range_after_a_verb_is_no_tally(first: str, second: str) -> None:
    assert not [v for v in values(first, second) if v[0].startswith("vote")]


def test_a_tally_after_its_verb_is_still_compared() -> None:
    got = values("The assembly passed the budget 7-2.", "The assembly passed the budget 6-3.")
    assert got == [("vote against", ["2", "3"]), ("vote for", ["6", "7"])]


def test_a_sum_in_loans_with_no_other_sum_is_compared() -> None:
    got = values(
        "The state bank lent $40 million in loans to Orvane farmers.",
        "The state bank lent $65 million in loans to Orvane farmers.",
    )
    assert got == [("m dollar", ["40000000", "65000000"])]


@pytest.mark.parametrize("grants", ["$25 million", "$40 million"])
def test_a_sum_in_loans_beside_another_sum_is_a_part(grants: str) -> None:
    got = values(
        f"The fund gave $40 million in loans and {grants} in grants to Orvane farmers.",
        "The fund gave $90 million in loans and grants to Orvane farmers.",
    )
    assert got == []
