"""Session 12 speaker names (errors read on a PolNeAR train sample, seed 20261202, and the
product review's `his challenger`): each rule on text written for it."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

CASES = [
    pytest.param(
        "''We check every ship against the lists,'' said C. Stewart Verdan Jr., a former "
        "harbour official.",
        "check every ship",
        "C. Stewart Verdan Jr.",
        id="the_period_of_jr_belongs_to_the_name",
    ),
    pytest.param(
        "Harbour master Tomas Brenn lost the vote on Monday. Mr. Brenn's backers speak of "
        "basing their hopes on a smaller field.",
        "smaller field",
        None,
        id="a_persons_backers_are_not_that_person",
    ),
    pytest.param(
        "Harbour master Tomas Brenn lost the vote on Monday. Mr. Brenn's supporters said the "
        "count was wrong.",
        "count was wrong",
        None,
        id="a_persons_supporters_are_not_that_person",
    ),
    pytest.param(
        "The funds paid $300,000 to a company called Norvik Analytica, which specializes in "
        "building what it calls “psychographic” profiles of voters.",
        "psychographic",
        "Norvik Analytica",
        id="it_in_a_relative_clause_is_the_company_called_so",
    ),
    pytest.param(
        "They combined to spend $332,000 on payments to a company called Harwick Analytica, "
        "which specializes in building what it calls “harbour maps” of voters to try to win "
        "them over with narrowly targeted messages.",
        "harbour maps",
        "Harwick Analytica",
        id="it_in_a_relative_clause_on_the_noun_is_the_company_called_so",
    ),
    pytest.param(
        "The panel recommends changes. Still, the Business Council of Velmark opposed an "
        "increase.\n\n''Keep the harbour tax in place at the current level,'' it recommended.",
        "Keep the harbour",
        "Business Council of Velmark",
        id="a_lone_quotation_mark_sentence_is_no_distance_to_an_organisation",
    ),
    pytest.param(
        "PORTAVEL — President Teodor Marsk took a narrow lead in the run-off on Monday, as his "
        "challenger accused officials of tampering with the count.\n\n"
        "With most precincts reporting, Marsk had 51.2 percent of the vote against 46.1 "
        "percent for Ilse Varanyi of the Civic Dawn party, the commission said.",
        "tampering",
        "Ilse Varanyi",
        id="his_challenger_is_the_other_side_named_beside_him",
    ),
    pytest.param(
        "Mayor Tomas Brenn won a second term on Sunday, defeating Lina Moss by 400 votes. His "
        "rival said the count was wrong.",
        "count was wrong",
        "Lina Moss",
        id="his_rival_is_the_person_he_defeated",
    ),
    pytest.param(
        "Mayor Tomas Brenn lost the vote on Sunday. Lina Moss runs the ferry office.\n\n"
        "His rival said the count was wrong.",
        "count was wrong",
        None,
        id="a_rival_never_named_beside_him_is_unnamed",
    ),
]


@pytest.mark.parametrize(("text", "quote", "name"), CASES)
def test_speaker_name_session12(nlp, text, quote, name):
    assert only(quotes(nlp, text), quote).speaker_name == name
