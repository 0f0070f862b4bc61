"""Story grouping, round 8: the specifics read counts only where a number stands apart from the
word it counts (invented text)."""

from __future__ import annotations

from newsgraph.group.features import specifics
from newsgraph.group.stories import specifics_evidence


def test_a_number_glued_to_a_word_or_a_time_is_not_a_count():
    text = (
        "The Harbor 49ers and the Varn 3D studio said at 06: 45 GMT on Monday that 14 players "
        "and a 27-year-old coach had left; 9 trucks followed at 10:30 hours."
    )
    got = specifics("Harbor 49ers lose 2 games", text)
    assert "u:game=2" in got
    assert "u:player=14" in got
    assert "u:year-old=27" in got
    assert "u:truck=9" in got
    assert not any(s.startswith(("u:er", "u:d=", "u:gmt", "u:hour")) for s in got)


def test_a_count_after_a_sentence_end_is_still_read():
    got = specifics(None, "The storm hit Varn in 2015. 40 boats sank in the bay.")
    assert "u:boat=40" in got
    assert "y=2015" in got


def test_dates_a_few_days_apart_agree_and_dates_far_apart_conflict():
    day = [["m=05-02"]]
    assert specifics_evidence(day, [["m=05-04"]]) == (1.0, 0.0)  # two days later: one event
    assert specifics_evidence([["m=12-31"]], [["m=01-02"]]) == (1.0, 0.0)  # over New Year
    assert specifics_evidence(day, [["m=05-20"]]) == (0.0, 1.0)
    assert specifics_evidence(day, [["m=02-30"]]) == (0.0, 1.0)  # not a date: differs
    assert specifics_evidence([["wd=monday"]], [["wd=tuesday"]]) == (0.0, 1.0)  # dates only


def test_leap_day_is_near_the_first_of_march():
    from newsgraph.group.stories import _near_dates

    assert _near_dates({"02-29"}, {"03-01"})
