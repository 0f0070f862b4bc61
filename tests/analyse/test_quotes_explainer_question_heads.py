"""An explainer under question heads is no interview (names invented): paragraphs that name
the person in the third person (`Okafor wants the council to vote …`) are the writer's, not
the person's answers (`test_quotes_paragraph_interviews.py` keeps a first-person
interview one)."""

from __future__ import annotations

from quote_support import quotes


def test_answers_naming_the_interviewee_are_no_interview(nlp) -> None:
    text = (
        "Mayor Tomas Okafor told the Portavel Herald on Monday that the harbour levy would "
        "rise.\n\nWhat happens next?\n\nOkafor wants the council to vote on the plan in May, "
        "and the first bills would go out in June.\n\nWho pays?\n\nHomeowners near the quay "
        "would pay a levy of 40 crowns a year under his plan.\n"
    )
    assert [q.kind for q in quotes(nlp, text)] == ["indirect"]
