"""`24/7` is a set phrase (`open 24/7`, `a 24/7 service`, `on 24/7 call`) but a day after a
word that dates it with no noun after it (`held on 24/7, ...`, `since 24/7`, `Friday 24/7`);
`EP` in capitals before a year is the European Parliament's, no episode's number, so the year
stays a feature. Text invented."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.group.features import article_features, written_figure_dates

PUBLISHED = date(2031, 7, 30)


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(
    "text, written",
    [
        ("The vote was held on 24/7, the commission said.", "held on 24 July,"),
        ("The road has been shut since 24/7 after the landslide.", "since 24 July after"),
        ("The vote was held on Friday 24/7 in Orsa.", "Friday 24 July in"),
        ("The vote was held on 24/7 at the town hall.", "on 24 July at"),
    ],
)
def test_a_dated_24_7_is_a_day(text, written, published):
    assert written in written_figure_dates(text, published)


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(
    "text",
    [
        "The shelter in Carrow stays open 24/7 for the homeless.",
        "The council runs a 24/7 helpline for flood victims.",
        "Two doctors are on 24/7 call at the Orsa clinic.",
    ],
)
def test_round_the_clock_stays_a_phrase(text, published):
    assert written_figure_dates(text, published) == text


def test_the_european_parliament_before_a_year_keeps_the_year():
    feats = article_features(None, "Members of the EP 2031 budget committee met on Monday.")
    assert feats["y:2031"] == 1


@pytest.mark.parametrize(
    "title", ["The Harbour Hour EP 48", "The Harbour Hour, Ep 48", "EPISODE 48"]
)
def test_an_episode_number_is_still_no_feature(title):
    feats = article_features(title, "The ferry strike entered its third day on Monday.")
    assert "d:48" not in feats
