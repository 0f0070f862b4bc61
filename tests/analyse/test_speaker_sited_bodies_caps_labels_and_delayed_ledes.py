"""Speaker names: a body is not the square it stands on, a capitalised transcript label is
a name written as names are, and a lede that describes someone names them in the next
sentence (review 20 findings 7, 9 and 14). Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_a_body_named_with_its_square_is_the_body(nlp):
    text = (
        "Police spokesman Major Ivo Rask said 9 officers had been hurt when protesters threw "
        "bottles at a cordon outside the Central Election Office on Liberty Square.\n\n"
        "The office said on Tuesday that Harlan had won 55.1% of the vote.\n"
    )
    assert only(quotes(nlp, text), "Harlan had won").speaker_name == "Central Election Office"


def test_a_body_whose_name_holds_on_keeps_it(nlp):
    text = (
        "Protesters gathered on Monday outside the offices of the National Commission on "
        "Human Rights.\n\n"
        "The commission said the detentions had broken the law.\n"
    )
    name = only(quotes(nlp, text), "detentions").speaker_name
    assert name == "National Commission on Human Rights"


_TURNS = (
    "LIA BRUN: Minister, how many schools were damaged?\n\n"
    "MINISTER TESK: Forty-two. We will rebuild every one of them by the spring.\n\n"
    "LIA BRUN: Where will the children study until then?\n\n"
    "MINISTER TESK: The money is in the budget. Classes restart on Monday.\n"
)


def test_a_capitalised_label_no_one_names_is_written_as_a_name(nlp):
    found = quotes(nlp, _TURNS)
    assert only(found, "Forty-two").speaker_name == "Tesk"
    assert not [q for q in found if q.speaker_name and q.speaker_name.isupper()]


def test_a_capitalised_label_is_the_person_the_page_names(nlp):
    text = (
        "Host Lia Brun talks to Education Minister Omar Tesk about the floods in Karva.\n\n"
        + _TURNS
    )
    assert only(quotes(nlp, text), "Forty-two").speaker_name == "Omar Tesk"


def test_an_acronym_label_stays_an_acronym(nlp):
    text = "NATO said on Monday that the exercise would go ahead in the spring.\n"
    assert only(quotes(nlp, text), "exercise").speaker_name == "NATO"


def test_a_lede_describing_someone_names_them_next(nlp):
    text = (
        "A Norvian paramedic has described how her crew carried eleven children out of a "
        "flooded school in Brask on Tuesday.\n\n"
        "Ilse Marrow (41), a nurse from Tolland who volunteers with the Norvian Red Cross, said "
        "the water had reached the first floor within minutes.\n"
    )
    q = only(quotes(nlp, text), "eleven children")
    assert q.speaker.text == "A Norvian paramedic"
    assert q.speaker_name == "Ilse Marrow"


def test_an_opening_quotes_she_is_the_person_named_next(nlp):
    text = (
        '"We will not stop until the mine is closed," she said.\n\n'
        "Marta Lindgren, 34, a teacher from Dorn, has joined the protest camp every evening "
        "for three weeks.\n"
    )
    assert only(quotes(nlp, text), "mine is closed").speaker_name == "Marta Lindgren"


def test_someone_described_after_the_lede_is_not_the_next_name(nlp):
    text = (
        "The council met on Monday to discuss the flooded school. A spokesman said the "
        "building would stay closed.\n\n"
        "Ilse Marrow, 41, a nurse from Tolland, said the water had reached the first floor "
        "within minutes.\n"
    )
    assert only(quotes(nlp, text), "stay closed").speaker_name is None


def test_a_name_that_introduces_no_one_new_is_not_the_ledes(nlp):
    text = (
        "A Norvian paramedic has described how her crew carried eleven children out of a "
        "flooded school in Brask on Tuesday.\n\n"
        "Ilse Marrow said the water had reached the first floor within minutes.\n"
    )
    assert only(quotes(nlp, text), "eleven children").speaker_name is None
