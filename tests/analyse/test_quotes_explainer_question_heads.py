"""An explainer under question heads is no interview (names invented): paragraphs that name
the person in the third person (`Okafor wants the council to vote …`) are the writer's, not
the person's answers, though a word spelt like the surname (`In May`, `Young swimmers`,
`Central Park`) names no one (`test_quotes_paragraph_interviews.py` keeps a first-person
interview one)."""

from __future__ import annotations

import pytest
from quote_support import quotes


def test_answers_naming_the_interviewee_are_no_interview(nlp) -> None:
    text = (
        "Mayor Tomas Okafor told the Portavel Herald on Monday that the harbour levy would "
        "rise.\n\nWhat happens next?\n\nOkafor wants the council to vote on the plan in May, "
        "and the first bills would go out in June.\n\nWho pays?\n\nHomeowners near the quay "
        "would pay a levy of 40 crowns a year under his plan.\n"
    )
    assert [q.kind for q in quotes(nlp, text)] == ["indirect"]


@pytest.mark.parametrize(
    ("role", "name", "answer"),
    [
        ("Port director", "Theresa May", "In May we open the new quay, and ships come in June."),
        ("Coach", "Neil Young", "Young swimmers from all over the coast come to us."),
        ("Ranger", "Mina Park", "I look after Central Park and the dunes behind it."),
    ],
)
def test_a_word_spelt_like_the_surname_keeps_the_interview(
    nlp, role: str, name: str, answer: str
) -> None:
    text = (
        f"{role} {name} told the Portavel Herald on Monday that the work would go on.\n\n"
        f"What happens next?\n\n{answer}\n\nWho pays?\n\nWe do. The town has saved for years.\n"
    )
    found = quotes(nlp, text)
    hits = [q for q in found if q.kind == "direct"]
    assert [q.text for q in hits] == [answer, "We do. The town has saved for years."]
    assert {q.speaker_name for q in hits} == {name}
