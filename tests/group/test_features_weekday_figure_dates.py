"""A figure date is read by the weekday written before it with newsdates' one rule
(`newsdates.weekday_before`): a bracket may come between (`Friday (7/11)`), a lower-case
`sat`/`wed` is a verb and `Friday.` ends its sentence. Text written for these tests; published
Thursday 2031-11-13."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.group.features import MONTHS, written_figure_dates

PUBLISHED = date(2031, 11, 13)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Talks were held on Friday (7/11) in Tarn.",
            "Talks were held on Friday (7 November) in Tarn.",
        ),
        ("Talks were held on Fri 7/11 in Tarn.", "Talks were held on Fri 7 November in Tarn."),
        ("The panel sat 7/11 hours in Tarn.", "The panel sat 7/11 hours in Tarn."),
        ("It ended on Friday. 7/11 of the seats went to Tarn.", None),
        ("The trial opened on 27/11.", "The trial opened on 27 November."),
    ],
)
def test_a_weekday_before_a_figure_pair(text, expected):
    assert written_figure_dates(text, PUBLISHED) == (text if expected is None else expected)


def test_a_plain_pair_far_from_publication_stays_figures():
    # 60 days either side of publication, whatever the tense: 27/3 is too far from November
    assert (
        written_figure_dates("The trial opened on 27/3.", PUBLISHED) == "The trial opened on 27/3."
    )
    assert (
        written_figure_dates("The trial opens on 28/12.", PUBLISHED)
        == "The trial opens on 28 December."
    )


def test_one_month_table():
    from newsgraph.analyse.newsdates import MONTH_FORMS

    assert MONTHS is MONTH_FORMS
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
