"""A date written in figures (`27/11`, day first as British and European pages write it) is one
day feature in story vectors, as the written `27 November` is, never the numbers `d:27`, `d:11`;
a score or a share (`won 5/11`, `3/4`) stays two numbers."""

from datetime import date

from newsgraph.group.features import article_features

PUBLISHED = date(2026, 11, 25)


def test_day_first_figure_date_is_the_written_date() -> None:
    figures = article_features(
        None, "The tour opens from Friday, 27/11, in Carrow.", dated=PUBLISHED
    )
    words = article_features(None, "The tour opens from Friday, 27 November, in Carrow.")
    assert figures["m:11-27"] == 1
    assert "d:27" not in figures and "d:11" not in figures
    assert {k for k in figures if k[0] in "dm"} == {k for k in words if k[0] in "dm"}


def test_month_first_and_year_figure_dates() -> None:
    feats = article_features(None, "Filed 11/28/2026 and heard 30/11/26 in the court.")
    assert feats["m:11-28"] == 1 and feats["m:11-30"] == 1
    assert feats["y:2026"] == 2 and feats["m:2026-11"] == 2
    assert not [k for k in feats if k.startswith("d:")]


def test_ambiguous_figure_date_needs_a_weekday_and_a_publication_date() -> None:
    dated = article_features(None, "The vote was on Friday, 6/11 at the hall.", dated=PUBLISHED)
    assert dated["m:11-06"] == 1 and "d:6" not in dated
    undated = article_features(None, "The vote was on Friday, 6/11 at the hall.")
    assert undated["d:6"] == 1 and undated["d:11"] == 1


def test_scores_shares_and_decimals_stay_numbers() -> None:
    feats = article_features(
        None,
        "Harlow won 5/11 of the seats; 3/4 of voters came; turnout rose 27.11 points.",
        dated=PUBLISHED,
    )
    assert feats["d:5"] == 1 and feats["d:11"] == 1 and feats["d:3"] == 1 and feats["d:4"] == 1
    assert feats["d:27.11"] == 1
    assert not [k for k in feats if k.startswith("m:")]


def test_impossible_figure_date_is_left_alone() -> None:
    feats = article_features(None, "From 31/11 and 30/2 on, then 29/2 came.")
    assert feats["d:31"] == 1 and feats["d:30"] == 1 and feats["m:02-29"] == 1
