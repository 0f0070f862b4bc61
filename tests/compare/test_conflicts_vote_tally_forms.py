"""A vote's tally told in any of its usual forms gives its `vote for`, `vote against` and
`vote abstained` figures: `31 votes in favour, 9 against` (a comma before the count against),
`a recorded vote of 31 in favour to 9 against` (no `votes`), `nine voted against`, `twelve
members voted against`, `4 abstentions` / `six members abstained`, `voted 31-9`. A count of votes
with another count after it (`5,000 votes and three seats`) is no tally. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_values as _numbers

LEVY = "The Osk assembly passed the ferry levy"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            f"{LEVY} by 31 votes in favour, 9 against, on Thursday.",
            f"{LEVY} by 31 votes in favour to 12 against on Thursday.",
            [("vote against", ["12", "9"])],
            id="count-against-after-a-comma",
        ),
        pytest.param(
            f"{LEVY} by a recorded vote of 31 in favour to 9 against on Thursday.",
            f"{LEVY} on Thursday with 35 votes in favour to 9 against.",
            [("vote for", ["31", "35"])],
            id="in-favour-without-votes",
        ),
        pytest.param(
            "Thirty-one members of the Osk assembly voted for the ferry levy on Thursday and "
            "nine voted against it.",
            "Thirty-one members of the Osk assembly voted for the ferry levy on Thursday, while "
            "twelve members voted against it.",
            [("vote against", ["12", "9"])],
            id="members-who-voted-against",
        ),
        pytest.param(
            f"{LEVY} by 31 votes to 9 on Thursday, with 4 abstentions.",
            f"{LEVY} by 31 votes to 9 on Thursday; six members abstained.",
            [("vote abstained", ["4", "6"])],
            id="abstentions",
        ),
        pytest.param(
            "The Osk assembly voted 31-9 on Thursday to pass the ferry levy.",
            f"{LEVY} by 33 votes to 7 on Thursday.",
            [("vote against", ["7", "9"]), ("vote for", ["31", "33"])],
            id="voted-n-to-m",
        ),
    ],
)
def test_a_tally_form_is_read(first: str, second: str, expected: list) -> None:
    assert _numbers(first, second) == expected


def test_a_count_of_votes_and_seats_is_no_tally():
    got = _numbers(
        "The Green list won 5,000 votes and three seats in the Osk assembly election on Sunday.",
        "The Green list won 5,000 votes and four seats in the Osk assembly election on Sunday.",
    )
    assert got == [("seat", ["3", "4"])]  # compared, and no `vote …` tally read


def test_votes_against_a_rivals_count_is_no_count_against():
    """`has 1,274,300 votes against 1,088,000 for X` sets one candidate's count against
    another's: the count is its candidate's votes, compared with the same candidate's."""
    got = _numbers(
        "With most ballots counted, President Alva Renn has 1,274,300 votes against 1,088,000 "
        "for Ilse Marke, the electoral commission said.",
        "President Alva Renn won 1,247,300 votes, the electoral commission said.",
    )
    assert not [a for a, _ in got if a == "vote against"]
    assert ("vote", ["1247300", "1274300"]) in got
