"""Number conflicts: a count owned by one craft told with or without its kind, a figure tied
to another year, and a wire copy's own correction of its uncorrected copy."""

import pytest
from dossier_support import article as _art
from test_dossier_review8 import _dossier, _numbers

TURNOUT = "Turnout in the Brisk county vote was {}, the returning office said."


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        pytest.param(
            "Harbour police held the Vesta Crane and its 14 crew off Quillan on Sunday.",
            "Harbour police held the Vesta Crane trawler and its 17 crew off Quillan on Sunday.",
            [[("Lornby Post", "14"), ("Tamsk Wire", "17")]],
            id="one crafts count told with and without its kind conflicts",
        ),
        pytest.param(
            "Harbour police held an ore barge and its 14 crew off Quillan on Sunday.",
            "Harbour police held a fishing trawler and its 17 crew off Quillan on Sunday.",
            [],
            id="two kinds of craft and their crews do not conflict",
        ),
        pytest.param(
            TURNOUT.format("58.2 per cent"),
            TURNOUT.format("64.5 per cent in 2019 and 70.1 per cent in 2015"),
            [],
            id="a figure of another year is no other figure",
        ),
        pytest.param(
            TURNOUT.format("58.2 per cent"),
            TURNOUT.format("61.4 per cent in 2025"),
            [[("Lornby Post", "58.2"), ("Tamsk Wire", "61.4")]],
            id="the same year told or not still conflicts",
        ),
        pytest.param(
            "Police detained 23 fans outside the Orrin stadium on Saturday night.",
            "Not a single fan was detained outside the Orrin stadium on Saturday night.",
            [[("Lornby Post", "23"), ("Tamsk Wire", "0")]],
            id="a count denied as not a single one conflicts with a count",
        ),
    ],
)
def test_two_reports_figures_conflict_or_not(text_a, text_b, expected):
    a = _art("a", "Lornby Post", text_a)
    b = _art("b", "Tamsk Wire", text_b)
    assert _numbers(_dossier([a, b])) == expected


LEAD = (
    "The Brisk county council elected Mara Tolv as its leader on Monday with {} votes of "
    "the 61 cast."
)
NOTE = "Correction: An earlier version of this story said Ms Tolv won 38 votes. She won 35 votes."


def test_a_wire_copys_own_correction_is_no_disagreement_with_its_original():
    a = _art("a", "Lornby Post", LEAD.format(38))
    b = _art("b", "Tamsk Wire", LEAD.format(35) + "\n\n" + NOTE)
    assert _numbers(_dossier([a, b], wire=[(a["id"], b["id"])])) == []


def test_another_reports_uncorrected_figure_still_conflicts():
    a = _art("a", "Lornby Post", LEAD.format(38))
    b = _art("b", "Tamsk Wire", LEAD.format(35) + "\n\n" + NOTE)
    assert _numbers(_dossier([a, b])) == [[("Lornby Post", "38"), ("Tamsk Wire", "35")]]


def test_a_figure_of_another_year_is_no_other_figure_of_a_claim():
    a = _art(
        "a",
        "Lornby Post",
        "Turnout in the Brisk county vote was 58.2 per cent, the returning office said.",
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Turnout in the Brisk county vote was 64.5 per cent in 2019, the returning office said.",
    )
    d = _dossier([a, b])
    claims = [c for cs in d["unique"].values() for c in cs] + d["shared"]
    assert not any(c["differs"] for c in claims)
    assert not d["shared"]
