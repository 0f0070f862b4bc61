"""A title followed by a list of names (`The President, Ana Berg and Ivo Sand said`) is one
item of the list, not the first name's role; a person's nickname in a definition's brackets
(`Hamid Osei ("the General")`) keeps him a person, so a later `He` is his. Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_a_title_before_a_list_is_not_the_first_names_role(nlp):
    text = (
        "Jon Vik has led Belmora since 2020. The President, Ana Berg and Ivo Sand said in a "
        "joint statement on Monday that the border would reopen."
    )
    q = only(quotes(nlp, text), "border would reopen")
    assert q.speaker_name != "Ana Berg"


def test_a_title_with_one_apposed_name_is_still_that_person(nlp):
    text = (
        "Jon Vik has led Belmora since 2020. The President, Ana Berg, said in a statement on "
        "Monday that the border would reopen."
    )
    q = only(quotes(nlp, text), "border would reopen")
    assert q.speaker_name == "Ana Berg"


def test_a_nickname_keeps_its_holder_a_person_for_the_next_pronoun(nlp):
    text = (
        'Hamid Osei ("the General") led the army for a decade. Ana Berg, his deputy, stayed '
        'in the capital.\n\n"We won the war," the General said on Monday. He said that the '
        "troops would return home by June."
    )
    q = only(quotes(nlp, text), "return home")
    assert q.speaker_name == "Hamid Osei"
