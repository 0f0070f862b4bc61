"""Inside a transcript turn, `our`/`my` makes a subject the speaker's own side only when it
is someone working for the speaker (`Our engineers say`, `My advisers told me`): their words
are the turn's own. `Our critics say …`, `My opponents claim …` report other people, relayed
through the turn's speaker (codereview21a #4). Names invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.quotes import extract_quotes

_TITLE = "Transcript: town hall with Mayor Inge Sorrel"
_TEXT = (
    "HOST: Welcome back. The harbour has been closed since March.\n\n"
    "MAYOR SORREL: Thank you. Our critics say the harbour will never reopen. They are wrong.\n\n"
    "HOST: And the strike?\n\n"
    "MAYOR SORREL: My opponents claim that the strike cost 900 jobs. Our engineers say the "
    "dock needs six weeks.\n\n"
    "MAYOR SORREL: My advisers told me that the cranes were safe. Our rivals insist the "
    "cranes are unsafe.\n"
)


def _inner(nlp):
    return [q for q in extract_quotes(nlp(_TEXT), title=_TITLE) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("content", "subject"),
    [
        ("the harbour will never reopen", "Our critics"),
        ("the strike cost 900 jobs", "My opponents"),
        ("the cranes are unsafe", "Our rivals"),
    ],
)
def test_others_a_turn_reports_are_relayed(nlp, content, subject):
    hits = [q for q in _inner(nlp) if q.text == content]
    assert len(hits) == 1
    assert hits[0].speaker is not None and hits[0].speaker.text == subject
    assert hits[0].via is not None and "Sorrel" in hits[0].via


@pytest.mark.parametrize("content", ["the dock needs six weeks", "the cranes were safe"])
def test_the_speaker_s_own_staff_speak_in_the_turn(nlp, content):
    assert not [q for q in _inner(nlp) if content in q.text]
