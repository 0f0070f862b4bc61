"""A day-month figure date without its year is a date only near the publication date (within
`_NEAR_DAYS`): `open 24/7` (round the clock) in a November report is no 24 July, while `27/11`
and a `29/12` told early in January still are. Invented text."""

from datetime import date

from newsgraph.group.features import article_features

PUBLISHED = date(2026, 11, 25)


def test_round_the_clock_is_no_date() -> None:
    feats = article_features(
        None, "The shelter in Carrow stays open 24/7 and offers 24/7 care.", dated=PUBLISHED
    )
    assert not [k for k in feats if k.startswith("m:")]
    assert feats["d:24"] == 2 and feats["d:7"] == 2


def test_a_figure_date_near_publication_is_still_a_date() -> None:
    feats = article_features(None, "The tour opens on 27/11 in Carrow.", dated=PUBLISHED)
    assert feats["m:11-27"] == 1 and "d:27" not in feats


def test_a_date_of_last_year_near_a_january_report() -> None:
    feats = article_features(None, "The fire broke out on 29/12 in Carrow.", dated=date(2027, 1, 3))
    assert feats["m:12-29"] == 1 and "d:29" not in feats
