"""Figures someone published are cited from their publisher, a claim made of oneself is no
quote, and a bullet's mark is no word of a claim (review 20 finding 15 and the `- Turnout
was …` line). Names invented.

`according to results published by X` cites X: a fact-checker wants whom the outlet cites,
so the speaker names the publisher (the lead's decision in session 20; the speaker's text may
be the whole source phrase). `declared herself the winner` is a claim made, not words
reported: `herself the winner` is no quote."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    ("source", "publisher"),
    [
        ("preliminary results published by the National Vote Board", "National Vote Board"),
        ("official figures released by the Ostrian Statistics Office", "Ostrian Statistics Office"),
        ("data from the Labour Agency", "Labour Agency"),
    ],
)
def test_published_figures_are_cited_from_their_publishers(nlp, source, publisher):
    text = (
        "President Ivo Harlan has won a second term in a landslide, according to "
        f"{source} on Wednesday.\n"
    )
    q = only(quotes(nlp, text), "landslide")
    assert q.speaker is not None and publisher in q.speaker.text
    assert q.speaker_name == publisher
    assert q.text.startswith("President Ivo Harlan"), q.text


def test_a_count_before_a_direct_quote_is_its_publishers(nlp):
    text = (
        'According to provisional results published by the National Vote Board: "Harlan 55.1 '
        'per cent, Kessel 40.2 per cent."\n'
    )
    assert only(quotes(nlp, text), "55.1").speaker_name == "National Vote Board"


def test_a_statement_according_to_a_body_is_still_its(nlp):
    text = "The count will be final by Friday, according to the National Vote Board.\n"
    assert only(quotes(nlp, text), "final by Friday").speaker_name == "National Vote Board"


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Marta Kessel, who declared herself the winner on Tuesday after her "
        "party's own tally, refused to concede.\n",
        "Marta Kessel declared herself the winner on Monday.\n",
    ],
)
def test_declaring_oneself_something_is_no_quote(nlp, text):
    assert not [q for q in quotes(nlp, text) if q.text.lower().startswith("herself")]


def test_declaring_that_one_won_is_still_a_quote(nlp):
    text = "Marta Kessel declared that she had won the election by a wide margin.\n"
    q = only(quotes(nlp, text), "won the election")
    assert q.speaker_name == "Marta Kessel"


def test_a_bullets_mark_is_no_word_of_the_claim(nlp):
    text = (
        "Valmora election: what we know\n\nWho won?\n\n"
        "- The Vote Board says Harlan won 55.1% and Kessel 40.2%.\n\n"
        "- Turnout was 58.2%, according to the Vote Board.\n\n"
        "\u2022 Kessel says her party's count gives her 49.9% and has refused to concede.\n"
    )
    found = quotes(nlp, text)
    q = only(found, "Turnout")
    assert q.text == "Turnout was 58.2%"
    assert q.speaker_name == "Vote Board"
    assert not [f for f in found if f.text[:1] in "-\u2022"]


def test_a_dash_inside_a_line_stays(nlp):
    text = "Turnout - the highest since 2011 - was 58.2%, according to the Vote Board.\n"
    q = only(quotes(nlp, text), "Turnout")
    assert q.text.startswith("Turnout - the highest")
