"""An organisation's name as a speaker: a dateline the parse hangs on it (`SELVIK, Nov 17
(CPS) - Ostley's commission`) is no part of it, nor is a plural possessive cut off (`The
Vessby Dockers' Union`, not `Union`); a place after a listener (`told a rally in Selvik`) is no
addressee's name."""

from quote_support import only, quotes


def test_a_dateline_with_an_agency_is_not_glued_to_the_commission(nlp):
    text = (
        "SELVIK, Nov 17 (CPS) - Ostley's electoral commission declared Tomas Brenn the winner "
        "on Tuesday.\n\n"
        "Turnout was 61.2 per cent, the commission said."
    )
    assert only(quotes(nlp, text), "Turnout").speaker_name == "Ostley's electoral commission"


def test_a_plural_possessive_union_keeps_its_name(nlp):
    text = (
        "The port authority asked the court to end the strike. The Vessby Dockers' Union said "
        "2,300 of its members had joined the strike."
    )
    assert only(quotes(nlp, text), "2,300").speaker_name == "Vessby Dockers' Union"


def test_a_rally_in_a_city_is_no_addressee_name(nlp):
    text = '"We will not give up," Marta Selden told a rally in Selvik on Sunday.'
    q = only(quotes(nlp, text), "give up")
    assert q.addressee is not None and q.addressee_name != "Selvik"
