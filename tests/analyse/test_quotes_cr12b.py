"""Code review 12b quote fixes, on text written for them: a newspaper's own `Q:`/`A:`
explainer about the one person of its intro gives no quotes unless an interview word names
that person; `speaking to` a topic (`the importance of …`) names no one who heard the words."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

QA = (
    "\n\nQ: What is the new harbour levy?\n\n"
    "A: It is a charge of three euros on every tonne landed from June.\n\n"
    "Q: Who pays it?\n\n"
    "A: Trawler owners and the fish markets pay it at the quay."
)


def test_an_explainer_about_the_only_person_of_its_intro_gives_no_quotes(nlp):
    intro = (
        "Harbour minister Lena Sotar will meet fishing crews on Friday to talk about the new "
        "harbour levy. Here is what the levy means for the fleet."
    )
    found = quotes(nlp, intro + QA)
    assert not any(q.cue is not None and q.cue.text == ":" for q in found)
    assert not any("tonne" in q.text or "Trawler" in q.text for q in found)


@pytest.mark.parametrize(
    "intro",
    [
        "Harbour minister Lena Sotar told us about the new harbour levy on Friday.",
        "The Marsden Gazette talked to harbour minister Lena Sotar on Friday.",
        "In an interview with the Marsden Gazette, minister Lena Sotar said the fleet would pay.",
    ],
)
def test_an_interview_word_naming_the_only_person_keeps_the_answers_hers(nlp, intro):
    found = quotes(nlp, intro + QA)
    answer = only(found, "It is a charge")
    assert (answer.kind, answer.speaker_name) == ("direct", "Lena Sotar")


def test_speaking_to_a_topic_names_no_listener(nlp):
    found = quotes(
        nlp,
        "Speaking to the importance of the canal, Mayor Oren Halvik said the locks stay open.",
    )
    q = only(found, "locks stay open")
    assert q.speaker_name == "Oren Halvik" and q.addressee is None


@pytest.mark.parametrize("listener", ["reporters", "the fishermen", "him"])
def test_speaking_to_people_still_names_them(nlp, listener):
    found = quotes(
        nlp,
        "Mayor Oren Halvik met the harbour board on Monday. "
        f'"The locks stay open," Halvik said, speaking to {listener} at the quay.',
    )
    q = only(found, "The locks stay open")
    assert q.addressee is not None and q.addressee.text.split()[-1] == listener.split()[-1]
