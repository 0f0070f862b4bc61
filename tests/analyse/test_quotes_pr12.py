"""Product review 12 quote fixes, each on text written for it: a quotation reopened in the
next paragraph with its own cue for the same person continues the open part; an interview
printed as a transcript (`Q:`/`A:`, `Question:`/`Answer:`, names or initials) gives the
interviewee's answers as direct quotes and the outlet's questions as none; who heard the
words beside a cue (`addressing the panel`, `asked by reporters`, `speaking to reporters`)."""

from __future__ import annotations

import pytest
from quote_support import INTRO, only, quotes

from newsgraph.records import Quote


def key(q: Quote) -> tuple[int, int, str]:
    return (q.start, q.end, q.kind)


# -- continuation over a paragraph left open ---------------------------------------------------


@pytest.mark.parametrize("pronoun", ["she said", "Ruiz said", "she added"])
def test_a_reopened_paragraph_with_the_same_persons_cue_continues(nlp, pronoun):
    found = quotes(
        nlp,
        INTRO + '"We will rebuild the harbour," harbour master Ana Ruiz said at the quay. '
        '"The money is there and the workers are ready.\n\n'
        f'"The cranes arrive in March and the first ships in April," {pronoun}.',
    )
    a, b, c = found
    assert (b.continues, c.continues) == (key(a), key(b))
    assert {q.speaker_name for q in found} == {"Ana Ruiz"}


def test_a_reopened_paragraph_for_another_person_still_starts_its_own(nlp):
    found = quotes(
        nlp,
        INTRO + '"We will rebuild the harbour," Ruiz said. "The money is there.\n\n'
        '"The cranes arrive in March," Ilvane said.',
    )
    c = only(found, "cranes")
    assert c.continues is None and c.speaker_name == "Teodor Ilvane"


# -- interview transcripts ------------------------------------------------------------------------

QA = (
    "The Portavel Herald spoke to Ruiz on the eve of the vote.\n\n"
    "Q: Will the port reopen this year?\n\n"
    "A: I expect the cranes to be back by the autumn, whatever the council decides.\n\n"
    "Q: Will you stand again?\n\n"
    "A: The harbour comes first. I did not think about the election.\n\n"
    "The council votes on Friday."
)


def test_answers_of_a_q_and_a_interview_are_the_interviewees_direct_quotes(nlp):
    found = quotes(nlp, INTRO + QA)
    answers = [q for q in found if q.cue is not None and q.cue.text == ":"]
    assert [q.text[:20] for q in answers] == ["I expect the cranes ", "The harbour comes fi"]
    assert all(q.kind == "direct" and q.speaker_name == "Ana Ruiz" for q in answers)
    assert not any("?" in q.text for q in found)  # the questions are the outlet's


def test_question_and_answer_labels_after_an_interview_with(nlp):
    found = quotes(
        nlp,
        INTRO + "In an interview with the Portavel Herald, Ilvane said the port mattered.\n\n"
        "Question: Will the port reopen this year?\n"
        "Answer: The state will pay for the cranes and the quays.",
    )
    answer = only(found, "The state will pay")
    assert (answer.kind, answer.speaker_name) == ("direct", "Teodor Ilvane")
    assert not any("reopen" in q.text for q in found)


@pytest.mark.parametrize(("asker", "answerer"), [("HERALD", "RUIZ"), ("PH", "AR")])
def test_named_turns_answer_for_the_person_the_label_names(nlp, asker, answerer):
    found = quotes(
        nlp,
        INTRO + f"{asker}: Will the port reopen this year?\n\n"
        f"{answerer}: The cranes will be back by the autumn.\n\n"
        f"{asker}: And the workers?\n\n"
        f"{answerer}: Nobody will lose a job this winter.",
    )
    assert [(q.kind, q.speaker_name) for q in found] == [("direct", "Ana Ruiz")] * 2
    assert not any("?" in q.text for q in found)


def test_colon_lines_that_are_no_interview_stay_labelled_lines(nlp):
    found = quotes(
        nlp,
        INTRO + "Ruiz: The cranes will be back by the autumn and the quays by spring.\n\n"
        "Ilvane: The state will pay for every crane the storm destroyed.",
    )
    # no one only asks: two statements under names, as before (a headline-like label line)
    assert [(q.kind, q.speaker_name) for q in found] == [
        ("indirect", "Ana Ruiz"),
        ("indirect", "Teodor Ilvane"),
    ]


def test_a_schedule_with_a_question_is_no_interview(nlp):
    found = quotes(
        nlp,
        INTRO + "Monday: Talks resume in Portavel with the unions.\n"
        "Tuesday: Will the vote be held?",
    )
    assert all(q.kind != "direct" for q in found)


def test_an_explainers_own_questions_and_answers_are_no_quotes(nlp):
    found = quotes(
        nlp,
        "Governor Ansel Morrow raised the key rate on Thursday. Here is what the rise means "
        "for borrowers.\n\nQ: What is the key rate?\n\n"
        "A: The rate the central bank charges commercial banks for overnight loans.\n\n"
        "Q: Will my mortgage cost more?\n\nA: Most variable loans will follow within a month.",
    )
    assert found == []


def test_a_quoted_answer_keeps_its_words_inside_the_marks(nlp):
    text = INTRO + QA.replace("A: I expect", 'A: "I expect').replace("decides.", 'decides."')
    answer = only(quotes(nlp, text), "I expect")
    assert text[answer.start - 1] + text[answer.end] == '""'
    assert (
        answer.text == "I expect the cranes to be back by the autumn, whatever the council decides."
    )
    assert (answer.kind, answer.speaker_name) == ("direct", "Ana Ruiz")


def test_q_without_a_is_no_transcript(nlp):
    found = quotes(nlp, INTRO + "Q: Will the port reopen this year?\n\nRuiz met the unions.")
    assert found == []


# -- addressee beside the cue ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        (
            '"The state will pay for every crane that the storm destroyed," she added, '
            "addressing the three-judge panel.",
            "the three-judge panel",
        ),
        (
            "Ilvane, asked by reporters as he left the quay whether the port would reopen, "
            'said: "Of course. The harbour will be open by spring."',
            "reporters",
        ),
        (
            "Asked by journalists whether the port would reopen, Ilvane said the harbour "
            "would be open by spring.",
            "journalists",
        ),
        (
            '"The harbour will be open by spring," Ilvane said, speaking to reporters at the quay.',
            "reporters",
        ),
    ],
)
def test_who_heard_the_words_beside_the_cue(nlp, body, addressee):
    q = only(quotes(nlp, INTRO + body), "spring" if "spring" in body else "crane")
    assert q.addressee is not None and q.addressee.text == addressee
    assert q.via is None


def test_addressing_a_matter_is_no_addressee(nlp):
    q = only(
        quotes(
            nlp,
            INTRO + '"The harbour will be open by spring," Ilvane said, addressing concerns '
            "about the delays.",
        ),
        "spring",
    )
    assert q.addressee is None


def test_speaking_to_an_outlet_is_the_channel(nlp):
    q = only(
        quotes(
            nlp,
            INTRO + '"The harbour will be open by spring," Ilvane said, speaking to the '
            "Portavel News Agency.",
        ),
        "spring",
    )
    assert q.addressee is None and q.via == "the Portavel News Agency"
