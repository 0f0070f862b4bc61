"""A quote in the headline printed at the top of the text names no speaker there; the body
quote that holds its words does, so the headline's words are that speaker's (review 20 B3,
review 21 A5: the headline quote attributed in the body). Names invented."""

from __future__ import annotations

from quote_support import only

from newsgraph.analyse.quotes import extract_quotes

_TITLE = '"Every house will be dry": Karva mayor opens the new flood wall'


def _headline_quote(nlp, text, title=_TITLE):
    """The one quote inside the headline line that opens the text."""
    found = [q for q in extract_quotes(nlp(text), title) if q.label == "quote"]
    for q in found:
        assert text[q.start : q.end] == q.text
    return only([q for q in found if q.end <= len(title)], "")


def test_a_headline_quote_is_the_body_speakers(nlp):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
        '"Every house will be dry by next winter," Mayor Ilse Dorn said at the ceremony.\n'
    )
    q = _headline_quote(nlp, text)
    assert q.text == "Every house will be dry"
    assert q.speaker_name == "Ilse Dorn"


def test_a_headline_quote_from_a_transcript_turn(nlp):
    title = "Ep. 9: 'The wall will hold' - the Karva mayor on the floods"
    text = (
        f"{title}\n\nHost Pia Lenk speaks to Karva's mayor Ilse Dorn about the new wall.\n\n"
        "PIA LENK: Mayor, will the wall hold?\n\n"
        "ILSE DORN: The wall will hold. It was built for a flood twice the size of the last one.\n"
    )
    q = _headline_quote(nlp, text, title)
    assert (q.text, q.speaker_name) == ("The wall will hold", "Ilse Dorn")


def test_a_headline_quote_no_body_quote_holds_keeps_no_speaker(nlp):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
        '"The money was well spent," Mayor Ilse Dorn said at the ceremony.\n'
    )
    assert _headline_quote(nlp, text).speaker is None


def test_a_headline_quote_relayed_by_someone_else_is_not_theirs(nlp):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
        '"They told us every house will be dry. It was a lie," said Pavel Orsk, a shopkeeper.\n\n'
        '"Every house will be dry by next winter," Mayor Ilse Dorn said at the ceremony.\n'
    )
    assert _headline_quote(nlp, text).speaker_name == "Ilse Dorn"


def test_a_headline_quote_only_relayed_keeps_no_speaker(nlp):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
        '"They told us every house will be dry. It was a lie," said Pavel Orsk, a shopkeeper.\n'
    )
    assert _headline_quote(nlp, text).speaker is None


def test_a_headline_quote_opening_a_relay_keeps_no_speaker(nlp):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
        '"Every house will be dry, the mayor promised us in 2023, and my cellar flooded twice '
        'since," said Pavel Orsk, a shopkeeper.\n'
    )
    assert _headline_quote(nlp, text).speaker is None
