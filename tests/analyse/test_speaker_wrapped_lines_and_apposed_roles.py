"""Speaker names where a paragraph is hard-wrapped, a surname has a curly apostrophe, a role
is another person's, or a service speaks (texts and names invented): a line break inside a
hard-wrapped paragraph is no paragraph break even where a line ends a sentence or with an
abbreviation (`Dr.`), so a bare surname there is still the relative named just before;
`O’Malley` tagged an organisation is the person named in full; `the ambassador's wife, Ana
Ruiz` and `Ana Ruiz, the wife of the ambassador` are not the ambassador; `Tamberg's customs
service` speaks as the service, not the country."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

#: A first paragraph naming the father; the second introduces his son by the same surname.
FATHER = (
    "Tomas Velde, who ran the Harrow mill for three decades, died on Sunday\n"
    "in Ostberg. He was 81.\n\n"
)

CASES = [
    pytest.param(
        FATHER + "His son, Piet Velde, a lawyer who spent twenty years in the city, said\n"
        "his father had died at home.\n"
        'Velde said the mill "will stay in the family" and would not be sold\n'
        "to the board.",
        "will stay in the family",
        "Piet Velde",
        id="a_wrapped_line_ending_a_sentence_is_no_paragraph_break",
    ),
    pytest.param(
        FATHER + "His son, Piet Velde, said his father died at home with his doctor, Dr.\n"
        'Ana Ruiz, at his side. Velde said the mill "will stay in the family."',
        "will stay in the family",
        "Piet Velde",
        id="a_line_ending_with_an_abbreviation_is_no_paragraph_break",
    ),
    pytest.param(
        "Sean O\u2019Malley, the harbour master, met reporters on Monday. Ana Ruiz, the "
        'mayor, did not attend.\n\n"The port is closed," O\u2019Malley said.',
        "The port is closed",
        "Sean O\u2019Malley",
        id="a_surname_with_a_curly_apostrophe_is_the_person_named_in_full",
    ),
    pytest.param(
        "Sudia's ambassador, Piet Hallen, arrived in Holm on Monday. The ambassador's wife, "
        'Ana Ruiz, opened a school in the port.\n\n"We will not sign," the ambassador said.',
        "We will not sign",
        "Piet Hallen",
        id="the_ambassadors_wife_is_not_the_ambassador",
    ),
    pytest.param(
        "Piet Hallen, the ambassador of Sudia, spoke first. Ana Ruiz, the wife of the "
        'ambassador, spoke next.\n\n"We will not sign," the ambassador said.',
        "We will not sign",
        "Piet Hallen",
        id="the_wife_of_the_ambassador_is_not_the_ambassador",
    ),
    pytest.param(
        "Tamberg's customs service said on Monday that the border \"will stay closed until "
        'further notice."',
        "will stay closed",
        "Tamberg's customs service",
        id="a_countrys_customs_service_speaks_as_the_service",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_speaker_name(nlp, text: str, fragment: str, speaker: str) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == speaker


def test_a_line_ending_a_sentence_still_breaks_a_paragraph_written_one_a_line(nlp) -> None:
    # the same article one paragraph a line: the son is no longer near the bare surname
    text = (
        "Tomas Velde, who ran the Harrow mill for three decades, died on Sunday in Ostberg.\n"
        "His son, Piet Velde, said his father had died at home.\n"
        'Velde said in 1990 that the mill "will stay in the family."'
    )
    assert only(quotes(nlp, text), "will stay in the family").speaker_name == "Tomas Velde"


def test_he_after_a_described_and_a_named_speaker_in_one_sentence_is_the_named_one(nlp) -> None:
    # the described speaker still takes a `he` it is nearer to (test_speaker_antecedent_misses)
    text = (
        "The representative of Oskaria said the text was weak, and Piet Hallen, Sudia's "
        "ambassador, said it was fair. The draft was balanced, he said."
    )
    assert only(quotes(nlp, text), "draft was balanced").speaker_name == "Piet Hallen"
