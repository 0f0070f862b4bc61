"""Review 22's quote findings 3, 5, 9 and 13, on texts written for these tests (names
invented): a cue-less quotation paragraph after a paragraph whose last sentence has one
person for its subject is that person's; a day is never a channel; `in the words of X` and
`<Body> said in a statement that …` credit X and the body; a `what` clause and a request's
subjunctive `that` clause are no words reported."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

_QUOTE = '"Let me be plain. We will not sell the harbour to pay for new roads."'


@pytest.mark.parametrize(
    ("before", "name"),
    [
        (
            "Finance Minister Liva Brandt has defended her budget for two years. Critics say "
            "she has cut too deeply.\n\nShe rejects that.",
            "Liva Brandt",
        ),
        ("Mayor Osric Fenn wants a new tram line.\n\nHe disagrees.", "Osric Fenn"),
        ("Mayor Ruth Kall met residents.\n\nShe rejects her critics.", "Ruth Kall"),
        (
            "Economists warned of a slowdown on Monday.\n\nTreasurer Anja Vost said the "
            "warning was overdone.\n\nVost brushed the warning aside.",
            "Anja Vost",
        ),
    ],
)
def test_a_cue_less_quote_paragraph_is_the_introducing_subject_s(nlp, before, name):
    q = only(quotes(nlp, f"{before}\n\n{_QUOTE}"), "Let me be plain")
    assert (q.kind, q.speaker_name) == ("direct", name)
    assert q.speaker is not None and q.cue is None


@pytest.mark.parametrize(
    "before",
    [
        # a group, two people, a person's office, a body
        "Mayor Osric Fenn and his deputy Ruth Kall met residents.\n\nThey argue a lot.",
        "Mayor Osric Fenn met his deputy Ruth Kall.\n\nFenn and Kall disagree.",
        "Mayor Osric Fenn met residents.\n\nFenn's office disagrees.",
        "Mayor Osric Fenn spoke first.\n\nFenn thanked his deputy Ruth Kall.",
        "Mayor Osric Fenn spoke first.\n\nHe thanked her.",
        "Mayor Osric Fenn met residents.\n\nThe council disagrees.",
    ],
)
def test_no_one_person_introducing_leaves_the_quote_unattributed(nlp, before):
    q = only(quotes(nlp, f"{before}\n\n{_QUOTE}"), "Let me be plain")
    assert q.speaker is None


def test_a_credit_after_the_quote_wins_over_the_subject_before_it(nlp):
    text = (
        f"Mayor Osric Fenn met residents.\n\nHe listened.\n\n{_QUOTE}\n\n"
        "That was how the harbour master, Ivo Renk, described the plan."
    )
    q = only(quotes(nlp, text), "Let me be plain")
    assert q.speaker_name == "Ivo Renk"


@pytest.mark.parametrize(
    "sentence",
    [
        "In an interview with the Kelm Review published on Wednesday, Vost said the "
        'government would "never touch the pensions".',
        'In a podcast released on Tuesday, Vost said the government would "never touch the '
        'pensions".',
        'In remarks published on 3 March, Vost said the government would "never touch the '
        'pensions".',
    ],
)
def test_a_day_is_no_channel(nlp, sentence):
    text = "Treasurer Anja Vost defended the plan.\n\n" + sentence
    q = only(quotes(nlp, text), "never touch")
    assert (q.speaker_name, q.via) == ("Anja Vost", None)


def test_an_outlet_that_carried_the_words_on_a_day_stays_the_channel(nlp):
    text = (
        "Treasurer Anja Vost defended the plan. In a statement carried by Kelm Radio on "
        'Wednesday, Vost said the government would "never touch the pensions".'
    )
    q = only(quotes(nlp, text), "never touch")
    assert q.via == "Kelm Radio"


def test_a_titled_name_the_parse_splits_is_the_speaker_and_its_surname_later(nlp):
    text = (
        'Councillor Per Dahl opposes the bridge. "It is a waste of good money," Councillor '
        "Per Dahl said.\n\nIn a podcast released on Tuesday, Dahl said the mayor would "
        '"never build it".'
    )
    found = quotes(nlp, text)
    first, second = only(found, "waste of good money"), only(found, "never build it")
    assert (first.speaker.text, first.speaker_name) == ("Councillor Per Dahl", "Per Dahl")
    assert (second.speaker_name, second.via) == ("Per Dahl", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The council approved the budget. The deficit was, in the words of the city "
            'treasurer, Bo Lind, "a hole we dug ourselves".',
            "Bo Lind",
        ),
        (
            'The court ruled that the price was, in the words of Judge Mira Selk, "written by '
            'the buyer alone".',
            "Mira Selk",
        ),
        (
            "Mayor Osric Fenn opened the tram line. It was, in his own words, "
            '"a promise kept to every commuter".',
            "Osric Fenn",
        ),
    ],
)
def test_in_the_words_of_credits_the_person_named(nlp, text, name):
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker_name) == ("direct", name)


def test_a_body_said_in_a_statement_that_speaks_the_clause(nlp):
    text = 'The Growers Union said in a statement that the tax would "ruin small farms soon".'
    q = only(quotes(nlp, text), "ruin small farms")
    assert q.kind == "mixed"
    assert q.speaker is not None and q.speaker.text == "The Growers Union"


def test_what_others_feared_is_no_words_reported(nlp):
    found = quotes(nlp, "Treasurer Anja Vost has admitted what commuters feared.")
    assert not found
    found = quotes(nlp, "Treasurer Anja Vost admitted what commuters feared: fares will rise.")
    assert [q.text for q in found] == ["fares will rise"]


def test_a_question_with_what_is_still_asked(nlp):
    q = only(quotes(nlp, "Officials asked what the new tram would cost."), "tram")
    assert q.text == "what the new tram would cost"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Osric Fenn laughed, then asks that it not be printed.",
        "Mayor Osric Fenn asked that the remark about the council not be printed.",
        "Mayor Osric Fenn asked that reporters leave the room.",
    ],
)
def test_a_request_s_subjunctive_clause_is_no_words_reported(nlp, text):
    assert not quotes(nlp, text)


def test_a_request_with_a_modal_is_still_reported(nlp):
    q = only(quotes(nlp, "Mayor Osric Fenn asked that the council should vote again."), "vote")
    assert q.speaker_name == "Osric Fenn"


def test_what_someone_called_is_still_the_denouncer_s(nlp):
    text = 'Mayor Osric Fenn denounced what the council called "a fair and open tender".'
    q = only(quotes(nlp, text), "tender")
    assert q.speaker_name == "Osric Fenn"
