"""A headline quote cut from inside a body quote, or from one with an aside (`, as our
engineers told me,`), is that body quote's speaker's; a person introduced next with pronouns
of both genders in their sentence gets no gender from them (code review 20d items 4-5).
Names invented."""

from __future__ import annotations

from quote_support import only, quotes

from newsgraph.analyse.quotes import extract_quotes

_TITLE = '"Every house will be dry": Karva mayor opens the new flood wall'


def _headline_quote(nlp, body: str):
    text = (
        f"{_TITLE}\n\nThe new flood wall in Karva opened on Monday after three years of work.\n\n"
    )
    found = extract_quotes(nlp(text + body), _TITLE)
    (q,) = [q for q in found if q.label == "quote" and q.end <= len(_TITLE)]
    return q


def test_a_headline_quote_cut_from_inside_a_body_quote_is_its_speakers(nlp):
    body = (
        '"I can promise you that every house will be dry by next winter," '
        "Mayor Ilse Dorn said at the ceremony.\n"
    )
    assert _headline_quote(nlp, body).speaker_name == "Ilse Dorn"


def test_an_aside_in_the_body_quote_relays_nothing(nlp):
    body = (
        '"Every house will be dry by next winter, as our engineers told me," '
        "Mayor Ilse Dorn said at the ceremony.\n"
    )
    assert _headline_quote(nlp, body).speaker_name == "Ilse Dorn"


def test_a_cut_headline_quote_someone_else_told_keeps_no_speaker(nlp):
    body = '"Officials told me that every house will be dry," said Pavel Orsk, a shopkeeper.\n'
    assert _headline_quote(nlp, body).speaker is None


def test_pronouns_of_both_genders_give_the_introduced_person_none(nlp):
    text = (
        '"We dug with our hands," she said.\n\n'
        "Ana Ruiz, 34, a nurse from Kessel, said he had carried her out of the rubble.\n"
    )
    assert only(quotes(nlp, text), "our hands").speaker_name == "Ana Ruiz"
