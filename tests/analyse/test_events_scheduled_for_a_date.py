"""An event noun a verb puts on a day (`set the next hearing for 17 December`, `scheduled talks
for next week`): the event, planned, on that day; a length of time (`for four years`) puts
nothing on a day. Text written for these tests (invented people and places); the fixture's
paper is published on Thursday 2031-03-13."""

from __future__ import annotations


def _rows(found):
    return [(e.type, e.status, e.date, [a[1] for a in e.actors]) for e in found]


def test_hearing_set_for_a_day_is_a_planned_hearing(events):
    found = events(
        '"Custody is justified," Judge Amos Fell said. He set the next hearing for 17 December.'
    )
    assert ("accuse", "planned", "2031-12-17", ["Amos Fell"]) in _rows(found)


def test_scheduling_puts_the_event_ahead_not_back(events):
    # past tense of the scheduling, a weekday: the coming Friday, not the last one
    found = events("The court set a hearing on the appeal for Friday.")
    assert _rows(found) == [("accuse", "planned", "2031-03-14", ["court"])]
    found = events("The two sides scheduled talks for next week.")
    assert [(t, s) for t, s, _, _ in _rows(found)] == [("consult", "planned")]


def test_a_length_of_time_is_no_day(events):
    # `for four years` is how long, not when: no strike put on a day
    assert events("The union set the strike aside for four years.") == []
    # positive control: `for Friday` puts the strike on a day
    assert [(e.status, e.date) for e in events("The union set the strike for Friday.")] == [
        ("planned", "2031-03-14")
    ]
