"""Limits of the apposition, age-label and reported-clause rules, on text written for them
(names invented): a name in apposition to a common-noun body (`the leader of the biggest
party, Unity`) is the body's own name and speaks for no one, while one hung on a named body
(`the head of the Harbour Trust, Ina Kirsch`) is the role holder's; a single digit in a
label's bracket is a rating or a list number, not an age; and the subject of the clause a
`she` reports is still her person where no one else in the article could be."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

INTRO = "Karl Weber spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            INTRO + "The leader of the biggest party, Unity, said the vote "
            '"will go ahead as planned next week."',
            id="a_party_named_after_its_common_noun",
        ),
        pytest.param(
            INTRO + "A spokesman for the regulator, Ofwat, said the fines "
            '"will be paid in full by the end of the year."',
            id="a_regulator_named_after_its_common_noun",
        ),
    ],
)
def test_a_bodys_own_name_in_apposition_is_no_speaker(nlp, text: str) -> None:
    assert only(quotes(nlp, text), "will").speaker_name is None


def test_a_name_apposed_to_a_named_body_is_still_the_holder(nlp) -> None:
    text = (
        INTRO + "The head of the Harbour Trust, Ina Kirsch, told reporters the trust never paid "
        "the lobbyists."
    )
    assert only(quotes(nlp, text), "never paid").speaker_name == "Ina Kirsch"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Player ratings\n\nTomas Brenn (7): Kept his side in the game with three fine "
            "saves.\n\nAna Ruiz (6): Worked hard but rarely threatened the goal.",
            id="player_ratings",
        ),
        pytest.param(
            "Match report\n\nEastfold Rovers (3): They pressed high from the start and deserved "
            "the win.\n\nWestmark Town (1): They never looked like scoring all afternoon.",
            id="teams_and_goals",
        ),
    ],
)
def test_a_single_digit_in_a_labels_bracket_is_no_age(nlp, text: str) -> None:
    assert quotes(nlp, text) == []


def test_a_two_digit_age_label_still_quotes(nlp) -> None:
    text = (
        "What voters said\n\nAna Ruiz (34): I will vote for whoever fixes the ferry first.\n\n"
        "Tomas Brenn (61): Nobody here trusts the council any more."
    )
    assert only(quotes(nlp, text), "Nobody here").speaker_name == "Tomas Brenn"


def test_the_reported_subject_speaks_when_no_one_else_could(nlp) -> None:
    text = 'The port was shut for a week.\n\nAna Ruiz "will not resign over this," she said.'
    assert only(quotes(nlp, text), "will not resign").speaker_name == "Ana Ruiz"


def test_the_reported_subject_is_still_passed_over_for_another(nlp) -> None:
    text = (
        "Tomas Brenn spoke in Portavel on Monday.\n\nThe port was shut for a week. Marta "
        'Ilvane "caused tremendous havoc," he said.'
    )
    assert only(quotes(nlp, text), "tremendous havoc").speaker_name == "Tomas Brenn"
