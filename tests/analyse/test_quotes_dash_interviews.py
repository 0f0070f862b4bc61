"""An interview printed with dash turns (`—Question?` / `—Answer.`), introduced by a
paragraph whose `she spoke to …` stands for the person it names, with an interpreter's
bracketed notes: every answer is the interviewee's direct quote, quotation marks inside the
answers do not end the turns, and the notes are nobody's quotes (names invented)."""

from __future__ import annotations

from quote_support import quotes

INTERVIEW = (
    "Interview by Nadia Korsh. Translated by Emil Sarto.\n\n"
    "Ilse Varga, 48, leads the flood rescue team of Morvaine's civil protection service. Her "
    "crew reached Portavel on Monday. She spoke to the Selvik Courier by telephone on Tuesday.\n\n"
    "—How many people did your crew bring out?\n\n"
    "—Thirty, alive. Some walked, some we carried. [Interpreter's note: Varga used the word "
    '"rescate", a rescue, and not "evacuation".]\n\n'
    "—Was the dam safe?\n\n"
    "—I will not answer that. I am a rescuer, not an engineer.\n\n"
    "—What was the hardest moment?\n\n"
    '—My deputy came back to the bank and said to me: "Ilse, they are still calling." So we '
    "kept going.\n\n"
    "Varga's team was founded in 2011 after a fire in Morvaine."
)


def test_each_dash_answer_is_the_interviewees(nlp) -> None:
    found = quotes(nlp, INTERVIEW)
    for fragment in ("Thirty, alive", "I will not answer that", "So we kept going"):
        hits = [q for q in found if fragment in q.text]
        assert [q.speaker_name for q in hits] == ["Ilse Varga"], (fragment, found)


def test_an_interpreters_note_is_no_quote(nlp) -> None:
    found = quotes(nlp, INTERVIEW)
    assert not any("rescate" in q.text or "Interpreter" in q.text for q in found)
    assert not any(q.text.startswith("\u2014") for q in found)
