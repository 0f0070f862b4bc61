"""Who acts when the words do not say it outright: a quoted `I` whose frame is `he said`
or the sentence before; what `it` is when the verb's type rests on its object; whose
lawyers `her lawyers` are when NER missed the name just before; who supporters are. Text
written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _summary(found) -> list[tuple]:
    return [(e.type, e.status, e.date, [a[1] for a in e.actors]) for e in found]


@pytest.mark.parametrize(
    "quote",
    [
        '"I will lift it on Monday," he said.',
        '"We are not at war," he said. "If Holm is quiet by the weekend, I will lift it on '
        'Monday."',
    ],
)
def test_lifting_it_after_a_curfew_is_asked_about(events, quote):
    found = events(
        "Will you lift the curfew early? Interior Minister Piet Lazarov paused. " + quote
    )
    assert _summary(found) == [("agree", "planned", "2031-03-17", ["Piet Lazarov"])]
    assert found[0].cameo == "035"


def test_it_with_no_fitting_noun_before_is_still_no_event(events):
    found = events('Interior Minister Piet Lazarov paused. "I will lift it on Monday," he said.')
    assert found == []


def test_her_lawyers_are_the_unlisted_speaker_s_not_a_person_named_before(events):
    found = events(
        'President Oskar Dahl won the vote. "We will never concede," Feszak told supporters '
        "outside the court in Holm, where her lawyers filed the appeal on Tuesday."
    )
    [request] = [e for e in found if e.type == "request"]
    assert [a[1] for a in request.actors] == ["Feszak"]


def test_a_leader_s_supporters_act_themselves(events):
    [e] = events("Several thousand Brenn supporters marched to Holm Square on Tuesday.")
    assert e.type == "protest"
    assert [a[1] for a in e.actors] == ["Several thousand Brenn supporters"]
