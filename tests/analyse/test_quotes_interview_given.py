"""An interview given as the object of give/grant (`gave an interview to the Herald`) or held
with an outlet (`held a conversation with the Herald`) makes its subject the interviewee of the
Q/A transcript after it; the outlet is never the interviewee."""

import pytest

from newsgraph.analyse.quotes import extract_quotes

QA = (
    "\n\nQ: When will the ferries run again?\n\n"
    "A: The first ferry will sail on the first of April.\n\n"
    "Q: Will fares rise?\n\n"
    "A: Fares will stay as they are for this year."
)


def _answers(nlp, intro: str) -> list[str | None]:
    found = [q for q in extract_quotes(nlp(intro + QA)) if q.label == "quote"]
    return [q.speaker_name for q in found if "ferry will sail" in q.text or "Fares" in q.text]


@pytest.mark.parametrize(
    "intro",
    [
        "Harbour master Brenna Kolt gave an interview to the Vessby Herald last week.",
        "Harbour master Brenna Kolt granted the Vessby Herald an interview last week.",
        "Harbour master Brenna Kolt held a conversation with the Vessby Herald last week.",
    ],
)
def test_an_interview_given_names_the_interviewee(nlp, intro):
    assert _answers(nlp, intro) == ["Brenna Kolt", "Brenna Kolt"]


def test_an_interview_conducted_with_an_outlet_makes_no_outlet_the_speaker(nlp):
    intro = "Harbour master Brenna Kolt conducted an interview with the Vessby Herald last week."
    assert "Vessby Herald" not in _answers(nlp, intro)
