"""Speaker names for documents and named descriptions, from the causes of a PolNeAR train
sample's misses, each on text written for it (names invented): a document owned by `its` or
`their` speaks for the subject that ran it, `the suit` again is the suit an earlier mention
named the filer of, a passive `was filed by X` names the filer, `a clerk named X` is X, and
`made a point of saying` is said by the one who made the point; a name NER tags an
organisation or a place is a person where a role noun stands in apposition to it, and so an
antecedent for `he`; `It` after `The city of X` as a subject is X."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

FILLER = "The board said the claims were false. Ilvane called them baseless. The mayor was away. "

CASES = [
    pytest.param(
        "The Portavel Courier aimed its Friday editorial at Ruiz.\n\n"
        "The editorial says that Ruiz should visit the harbour.",
        "should visit",
        "Portavel Courier",
        id="its_editorial_is_the_subjects",
    ),
    pytest.param(
        "That did not sit well with the editors of The Portavel Courier, who aimed their "
        'Friday editorial at Ruiz.\n\n"That is reason enough for her to visit," the editorial '
        "said.",
        "reason enough",
        "Portavel Courier",
        id="their_editorial_through_a_relative_clause",
    ),
    pytest.param(
        "The committee confirmed on Monday that a lawsuit has been filed by Tomas Brenn. "
        "Along with other claims, the suit says that Ruiz damaged his reputation.",
        "damaged his reputation",
        "Tomas Brenn",
        id="a_passive_filed_by_names_the_filer",
    ),
    pytest.param(
        "The lawsuit filed by a former clerk named Tomas Brenn alleges many violations. "
        "Along with other claims, the suit says that Ruiz damaged his reputation.",
        "damaged his reputation",
        "Tomas Brenn",
        id="filed_by_a_clerk_named_x",
    ),
    pytest.param(
        "Tomas Brenn filed a lawsuit against the harbour board on Monday.\n\n"
        + FILLER
        + "\n\nThe suit says that Ruiz damaged his reputation. Brenn was fired in June. He "
        "wants his job back. His lawyer was away.\n\nBrenn also claims he was punished. "
        '"The board fired the plaintiff without cause," the suit reads.',
        "without cause",
        "Tomas Brenn",
        id="the_suit_again_is_the_suit_named_before",
    ),
    pytest.param(
        "A former clerk named Tomas Brenn said the board was wrong.",
        "board was wrong",
        "Tomas Brenn",
        id="a_clerk_named_x_is_x",
    ),
    pytest.param(
        "A small company named Norvik Analytica said the port was unsafe.",
        "port was unsafe",
        "Norvik Analytica",
        id="a_company_named_x_is_x",
    ),
    pytest.param(
        "Teodor Ilvane described the flood as a sobering reminder. And he made a point of "
        'saying the harbour "was a place of solidarity," where the crews "came together to '
        'work."',
        "place of solidarity",
        "Teodor Ilvane",
        id="made_a_point_of_saying",
    ),
    pytest.param(
        '"That is a big worry for everybody," said Marta Keller, a committeewoman from '
        "Norland.\n\nAs the chance of a split vote grows, officials are making plans.\n\n"
        "Raine Stobus, the GOP chairman, this past week announced the creation of a website to "
        'explain the process.\n\n"The site is a tool for voters," he said.',
        "tool for voters",
        "Raine Stobus",
        id="a_name_tagged_an_organisation_with_a_role_in_apposition_is_a_person",
    ),
    pytest.param(
        '"That is a big worry for everybody," said Marta Keller, a committeewoman from '
        "Norland.\n\nAs the chance of a split vote grows, officials are making plans.\n\n"
        "Taddeo Krumm, the GOP chairman, this past week announced the creation of a website to "
        'explain the process.\n\n"The site is a tool for voters," he said.',
        "tool for voters",
        "Taddeo Krumm",
        id="a_name_tagged_a_place_with_a_role_in_apposition_is_a_person",
    ),
    pytest.param(
        "The city of Portavel settled the lawsuit on Monday with the Norvik Harbour Company. "
        "It said the settlement was fair.",
        "settlement was fair",
        "Portavel",
        id="it_for_the_city_of_x_as_subject",
    ),
    # Limits: an owner that is no name gives none; `his column` stays the person's; a city
    # that is only an object is not taken for `It`.
    pytest.param(
        "Ana Ruiz sued the city of Portavel on Monday. It said the claim was baseless.",
        "claim was baseless",
        None,
        id="the_city_of_x_as_an_object_is_not_it",
    ),
    pytest.param(
        "Ana Ruiz met the press. The harbour board aimed its report at the ministry.\n\n"
        "The report says the port is unsafe.",
        "port is unsafe",
        None,
        id="an_unnamed_owner_gives_no_name",
    ),
    pytest.param(
        'Tomas Brenn aimed his Friday column at Ruiz.\n\n"That is reason enough for her to '
        'visit," the column said.',
        "reason enough",
        "Tomas Brenn",
        id="his_column_is_the_persons",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name(nlp, text, fragment, name):
    assert only(quotes(nlp, text), fragment).speaker_name == name
