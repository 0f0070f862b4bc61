"""An interview printed as plain paragraphs (questions without a `Q:` label): after a
paragraph that introduces the interviewee, questions and answers take turns; every answer is
a direct quote of the interviewee, no question is anyone's quote."""

from quote_support import quotes

INTERVIEW = (
    "Harbour master Ana Ruiz runs the port of Vessby. Ruiz spoke to the Ostley Herald at "
    "her office on Friday. The interview has been edited for length.\n\n"
    "How many ships were turned away last month?\n\n"
    "Eleven. Most of them came back the next day.\n\n"
    "The dockers' union says the number was closer to thirty.\n\n"
    "They count every boat that waited an hour. A wait is not a refusal.\n\n"
    "Will the new quay open on time?\n\n"
    "Yes. The concrete is poured and the cranes arrive in March.\n\n"
    'Kolt stood up. "We are ready," she said.'
)


def test_each_answer_is_the_interviewee_s(nlp):
    found = quotes(nlp, INTERVIEW)
    for fragment in ("Eleven.", "A wait is not a refusal", "The concrete is poured", "ready"):
        hits = [q for q in found if fragment in q.text]
        assert [q.speaker_name for q in hits] == ["Ana Ruiz"], (fragment, hits)


def test_questions_are_no_quotes(nlp):
    found = quotes(nlp, INTERVIEW)
    assert not any("?" in q.text for q in found), [q.text for q in found]


def test_an_explainer_s_questions_make_no_interview(nlp):
    text = (
        "The port of Vessby will close for repairs in March, the council said on Friday.\n\n"
        "How long will the port be closed?\n\n"
        "The works will take six weeks, according to the council's plan."
    )
    found = quotes(nlp, text)
    assert not any(q.kind == "direct" and "six weeks" in q.text for q in found)


def test_one_rhetorical_question_after_an_outlet_quote_makes_no_interview(nlp):
    text = (
        "Harbour master Ana Ruiz told the Ostley Herald that the port would reopen in May.\n\n"
        "But will it?\n\n"
        "The council has not approved the budget, and engineers say the cranes need months of "
        "work.\n\n"
        "The vote is on Friday."
    )
    found = quotes(nlp, text)
    assert not any(q.kind == "direct" and "council has not approved" in q.text for q in found)
