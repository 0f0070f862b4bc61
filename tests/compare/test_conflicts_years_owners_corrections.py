"""Number conflicts: a count owned by one craft told with or without its kind, a figure tied
to another year, and a wire copy's own correction of its uncorrected copy."""

from dossier_support import article as _art
from test_dossier_review8 import _dossier, _numbers


def test_one_crafts_count_told_with_and_without_its_kind_conflicts():
    a = _art(
        "a",
        "Lornby Post",
        "Harbour police held the Vesta Crane and its 14 crew off Quillan on Sunday.",
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Harbour police held the Vesta Crane trawler and its 17 crew off Quillan on Sunday.",
    )
    assert _numbers(_dossier([a, b])) == [[("Lornby Post", "14"), ("Tamsk Wire", "17")]]


def test_two_kinds_of_craft_and_their_crews_do_not_conflict():
    a = _art(
        "a",
        "Lornby Post",
        "Harbour police held an ore barge and its 14 crew off Quillan on Sunday.",
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Harbour police held a fishing trawler and its 17 crew off Quillan on Sunday.",
    )
    assert _numbers(_dossier([a, b])) == []


def test_a_figure_of_another_year_is_no_other_figure():
    a = _art(
        "a",
        "Lornby Post",
        "Turnout in the Brisk county vote was 58.2 per cent, the returning office said.",
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Turnout in the Brisk county vote was 64.5 per cent in 2019 and 70.1 per cent in 2015, "
        "the returning office said.",
    )
    assert _numbers(_dossier([a, b])) == []


def test_the_same_year_told_or_not_still_conflicts():
    a = _art(
        "a",
        "Lornby Post",
        "Turnout in the Brisk county vote was 58.2 per cent, the returning office said.",
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Turnout in the Brisk county vote was 61.4 per cent in 2025, the returning office said.",
    )
    assert _numbers(_dossier([a, b])) == [[("Lornby Post", "58.2"), ("Tamsk Wire", "61.4")]]


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


def test_a_count_denied_as_not_a_single_one_conflicts_with_a_count():
    a = _art(
        "a", "Lornby Post", "Police detained 23 fans outside the Orrin stadium on Saturday night."
    )
    b = _art(
        "b",
        "Tamsk Wire",
        "Not a single fan was detained outside the Orrin stadium on Saturday night.",
    )
    assert _numbers(_dossier([a, b])) == [[("Lornby Post", "23"), ("Tamsk Wire", "0")]]


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
