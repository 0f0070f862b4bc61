"""A quoted act told with its time (`"Troops have occupied the heart of the city since
Monday"`) is a real act, though its object is a word of rhetoric; without a time it stays a
figure of speech. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def test_a_quoted_act_with_a_time_is_kept(events):
    found = events(
        '"Troops have occupied the heart of the city since Monday," said Ana Ruiz, a resident.'
    )
    assert [(e.type, e.date) for e in found] == [("coerce", "2031-03-10")]


def test_a_quoted_figure_of_speech_is_still_no_act(events):
    assert events('"The commission has stolen the voice of millions," said Ana Ruiz.') == []
