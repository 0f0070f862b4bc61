"""Whose day a date is: the saying's when it stands between a verb of saying and the
clause it frames; the movement's when a purpose clause hangs on it; a day NER left out
before its month. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def test_a_date_before_the_framed_clause_is_the_saying_s(events):
    [e] = events(
        "The Constitutional Court said on Wednesday it would hear Mara Brask's appeal on Friday."
    )
    assert (e.type, e.status, e.date) == ("request", "planned", "2031-03-14")


def test_a_purpose_clause_takes_the_day_of_the_move_it_serves(events):
    found = events(
        "Mara Brask said her lawyers would go to the Constitutional Court tomorrow morning to "
        "ask for the result to be annulled."
    )
    assert [(e.type, e.status, e.date) for e in found] == [("request", "planned", "2031-03-14")]


def test_a_day_ner_leaves_out_before_its_month_is_the_date(events):
    found = events(
        "Police in Holm said 38 people were arrested in Tannery Square on the night of 6 March, "
        "and the minister said 41 were detained."
    )
    assert [(e.type, e.date, e.date_precision) for e in found] == [("coerce", "2031-03-06", "day")]
