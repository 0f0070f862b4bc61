"""A holiday dates an act only as the time of its verb (`on Christmas Day`), not as part of
another noun's name (`the Boxing Day riots`): that dates the riots, not the act told about
them. Sentences written for these tests (invented places); published 2031-03-13."""


def _coerce_dates(found):
    return [e.date for e in found if e.type == "coerce"]


def test_holiday_naming_another_event_dates_no_act(events):
    found = events("Police detained four youths over the New Year's Eve riots in Portavel.")
    assert _coerce_dates(found) == [None]


def test_holiday_as_the_time_of_the_act_dates_it(events):
    found = events("Police arrested three men on Boxing Day in Portavel.")
    assert _coerce_dates(found) == ["2030-12-26"]
