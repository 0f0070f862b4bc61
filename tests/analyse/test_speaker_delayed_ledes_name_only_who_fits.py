"""Speaker names: a delayed lede (`A paramedic has described how …`, `"…," she said.`) is
named by the next sentence only when the person introduced there can be the one described:
alive there, of no other gender, and introduced with the same noun or saying something
(code review 20c item 1). Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_someone_else_introduced_next_does_not_name_the_description(nlp):
    text = (
        "A Norvian paramedic has described how she pulled 12 children from the rubble.\n\n"
        "Dana Korr, 55, the interior minister, praised the rescuers on Monday.\n"
    )
    assert only(quotes(nlp, text), "12 children").speaker_name is None


def test_someone_who_died_did_not_speak_the_lede(nlp):
    text = '"We dug with our hands," she said.\nMarko Velt, 41, a teacher, died in the collapse.\n'
    assert only(quotes(nlp, text), "our hands").speaker_name is None


def test_a_man_introduced_next_is_not_the_ledes_she(nlp):
    text = (
        '"We dug with our hands," she said.\n\n'
        "Pavel Orsk, 41, a teacher from Dorn, said his school had been flattened.\n"
    )
    assert only(quotes(nlp, text), "our hands").speaker_name is None


def test_a_woman_introduced_next_is_not_a_ledes_man(nlp):
    text = (
        "A Norvian firefighter has described how he carried nine children from a school.\n\n"
        "Dana Korr, 38, a firefighter from Brask, said she had never seen such damage.\n"
    )
    assert only(quotes(nlp, text), "nine children").speaker_name is None


def test_the_same_noun_names_the_description(nlp):
    text = (
        "A Norvian paramedic has described how she pulled 12 children from the rubble.\n\n"
        "Dana Korr, 55, a paramedic from Brask, spent nine hours at the school.\n"
    )
    assert only(quotes(nlp, text), "12 children").speaker_name == "Dana Korr"


def test_a_woman_introduced_next_speaking_names_the_ledes_she(nlp):
    text = (
        '"We dug with our hands," she said.\n\n'
        "Ilse Marrow, 41, a nurse from Kessel, said her crew had worked through the night.\n"
    )
    assert only(quotes(nlp, text), "our hands").speaker_name == "Ilse Marrow"
