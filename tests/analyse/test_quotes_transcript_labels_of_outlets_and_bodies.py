"""Transcript labels that are no person: an outlet's label (`AL JAZEERA:`) asks or narrates,
a body's label (`NATO:`) is the body's own statement, and a `Q&A:` heading is no speaker
(code review 20c item 3 and suspicions). Names invented, outlets real."""

from __future__ import annotations

from quote_support import quotes

_TURNS = (
    "Q: Will you resign?\n\nILSE DORN: No. I have a mandate.\n\n"
    "Q: And the budget?\n\nILSE DORN: It passes next week.\n\n"
)


def _speakers(found) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.speaker_name) for q in found}


def test_an_outlets_label_is_no_person(nlp):
    found = _speakers(quotes(nlp, _TURNS + "DEUTSCHE WELLE: The minister then left the room.\n"))
    assert "Deutsche Welle" not in {name for _, name in found.values()}
    assert found["It passes next week."] == ("direct", "Ilse Dorn")


def test_an_outlet_asking_the_questions_is_no_speaker(nlp):
    text = (
        "AL JAZEERA: Minister, will you resign?\n\nILSE DORN: No. I have a mandate.\n\n"
        "AL JAZEERA: And the budget?\n\nILSE DORN: It passes next week.\n"
    )
    found = _speakers(quotes(nlp, text))
    assert found == {
        "No. I have a mandate.": ("direct", "Ilse Dorn"),
        "It passes next week.": ("direct", "Ilse Dorn"),
    }


def test_a_bodys_label_in_a_transcript_is_the_bodys_statement(nlp):
    text = (
        "FOREIGN MINISTER DORN: We will not send troops this year.\n\n"
        "Q (Teo Barran, Kessel Times): And next year?\n\n"
        "FOREIGN MINISTER DORN: That depends on the alliance.\n\n"
        "NATO: The alliance has made no request.\n"
    )
    found = _speakers(quotes(nlp, text))
    assert found["That depends on the alliance."] == ("direct", "Dorn")
    assert found["The alliance has made no request."] == ("direct", "NATO")


def test_a_q_and_a_heading_is_no_speaker(nlp):
    text = "Q&A: The minister answered questions after the vote.\n\n" + _TURNS
    found = quotes(nlp, text)
    assert not [q for q in found if q.speaker is not None and "Q&A" in q.speaker.text]
    assert _speakers(found)["It passes next week."] == ("direct", "Ilse Dorn")
