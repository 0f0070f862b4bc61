"""Speakers named with South-Asian and West-African forms of address (`Shri`, `Smt.`, `Engr.`,
`Comrade`, `Alhaji`), with a capitalised title in apposition (`The Minister of Water, Dr Sara
Lind,`, `Mersia's Attorney-General, Paul Oduya,`) and with hyphenated titles and given names
(`Vice-President Sun-hee Marlow`): the person speaks, named without the form of address, never
the country or the portfolio. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Shri A. K. Mehra, chairman of the partner, said the venture would grow. "
            '"We will double our stores by 2028," Shri Mehra said.',
            "double our stores",
            "A. K. Mehra",
            id="shri_is_no_part_of_the_name",
        ),
        pytest.param(
            "The food minister, Smt. Kavita Rao, welcomed the results.\n\n"
            "The firm's northern manager, Engr. Bola Adeyemi, said no stores would close. "
            '"We are not closing anything," he said.',
            "not closing anything",
            "Bola Adeyemi",
            id="he_is_the_engineer_not_the_woman_smt_names",
        ),
        pytest.param(
            "Comrade Ilse Varnek-Dobbs, who leads the dock union, spoke at the gate. "
            '"We will strike," she said.',
            "We will strike",
            "Ilse Varnek-Dobbs",
            id="comrade_with_a_hyphenated_surname",
        ),
        pytest.param(
            'Alhaji Musa Kiru, the chairman, backed the plan. "It is fair," Alhaji Kiru said.',
            "It is fair",
            "Musa Kiru",
            id="alhaji_is_no_part_of_the_name",
        ),
        pytest.param(
            'Mersia\'s Attorney-General, Paul Oduya, called the ruling "a sad day for the region".',
            "a sad day",
            "Paul Oduya",
            id="the_countrys_capitalised_title_in_apposition",
        ),
        pytest.param(
            "The Minister of Water Resources, Dr Sara Lind, said the dam would stay open.",
            "the dam would stay open",
            "Sara Lind",
            id="the_minister_of_a_portfolio_in_apposition",
        ),
        pytest.param(
            "The Mayor of Brennholm, Anders Vik, said the dam would stay open.",
            "the dam would stay open",
            "Anders Vik",
            id="a_capitalised_mayor_of_a_town_in_apposition",
        ),
        pytest.param(
            "The court ruled on Monday, with Judge Rina Holt writing for the majority. "
            "Vice-President Sun-hee Marlow, in a separate opinion, disagreed with the majority. "
            'She wrote that states act "at their own risk".',
            "at their own risk",
            "Sun-hee Marlow",
            id="a_hyphenated_given_name_after_a_hyphenated_title",
        ),
    ],
)
def test_speaker_named_without_form_of_address(nlp, text, fragment, speaker):
    assert only(quotes(nlp, text), fragment).speaker_name == speaker


def test_smt_gives_a_womans_gender(nlp):
    """`Smt.` marks a woman: `he` after her is not she (the parse splits the period off)."""
    text = (
        "The minister Smt. Kavita Rao visited the depot on Monday. "
        '"We are not closing anything," he said.'
    )
    assert only(quotes(nlp, text), "not closing").speaker_name != "Kavita Rao"


ENGINEER_AND_COMRADE = (
    "The Managing Director of Harlow Adaria, Engr. Tunde Okorafor-Bello, told journalists in "
    'Ekemi on Tuesday that no job losses were planned. "The write-down is an accounting '
    'matter," he said.\n\n'
    "But the National Chairman of the Tower and Allied Workers Union, Comrade Ifeoma "
    "Nwankwo-Daniels, said the union would not be taken by surprise."
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        pytest.param("accounting matter", "Tunde Okorafor-Bello", id="he_after_engr_title"),
        pytest.param("taken by surprise", "Ifeoma Nwankwo-Daniels", id="chairman_of_a_union"),
    ],
)
def test_titled_people_named_after_a_form_of_address(nlp, fragment, speaker):
    assert only(quotes(nlp, ENGINEER_AND_COMRADE), fragment).speaker_name == speaker
