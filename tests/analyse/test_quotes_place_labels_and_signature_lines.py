"""A place before a colon (`Kassel, Germany: "…," one shopper said.`) is no speaker: the cue
after the quote names it. A signature dash opening the line after a quote still signs it.
Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_a_city_and_country_before_a_colon_is_no_speaker(nlp):
    text = (
        "Voters were angry.\n\n"
        'Buenos Aires, Argentina: "We cannot pay these prices," one shopper said.'
    )
    q = only(quotes(nlp, text), "cannot pay")
    assert q.speaker is not None and q.speaker.text == "one shopper"


def test_a_person_with_a_hometown_still_labels_the_quote(nlp):
    text = 'Voters were angry.\n\n- Marta Quill, Kassel: "We cannot pay these prices."'
    q = only(quotes(nlp, text), "cannot pay")
    assert q.speaker_name == "Marta Quill"


def test_a_signature_dash_on_the_next_line_signs_the_quote(nlp):
    text = (
        "The mayor opened the exhibition on Friday with a line she said had guided her "
        'career.\n\n"Courage is a habit, not a gift."\n\u2014 Marta Quill'
    )
    q = only(quotes(nlp, text), "Courage")
    assert q.speaker_name == "Marta Quill"
