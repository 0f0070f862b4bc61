"""Session 13 speaker names, from the causes of a PolNeAR train sample's misses, each on text
written for it (names invented): `Team X` is X's side, not a person whose first name is Team;
a bare surname two people share is not the one introduced through the other (`whose husband,
X`); a party member (`the Norland Republican`) is an epithet; the period of `No. 2` does not
cut an attribution (`As X, the No. 2 in …, put it: "…"`)."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

CASES = [
    pytest.param(
        "Team Varga sees the convention as a second chance for Tomas Varga to win over "
        'women.\n\nTeam Varga has begun to dial down the rhetoric. "Look at the statement '
        'Varga put out," an aide says.\n\nIn somber comments, Varga called the flood a '
        'disaster, but he also noted the "quick, brave work" of the rescue crews.',
        "flood a disaster",
        "Tomas Varga",
        id="team_x_is_no_person",
    ),
    pytest.param(
        "Edda Morlan, whose husband, army captain Piet Morlan, died in the flood, spoke with "
        "a radio host on Thursday. Morlan said she does not blame the rescuers. "
        '"First of all," she told the host, "nobody could have saved him."',
        "nobody could have saved",
        "Edda Morlan",
        id="a_shared_surname_is_not_the_person_introduced_through_the_other",
    ),
    pytest.param(
        "Edda Morlan, whose husband, army captain Piet Morlan, died in the flood, spoke with "
        "a radio host on Thursday. Morlan said she does not blame the rescuers.",
        "does not blame",
        "Edda Morlan",
        id="a_shared_surname_as_the_subject",
    ),
    pytest.param(
        "Tomas Varga released a statement on the harbour inquiry on Wednesday. "
        "The Norland Republican admitted that the inquiry had been slow.",
        "inquiry had been slow",
        "Tomas Varga",
        id="a_party_member_is_an_epithet",
    ),
    pytest.param(
        "Tomas Varga met the mayor on Monday. It was a partial reversal for the Norland "
        "Republican, who had pledged to support the nominee.",
        "support the nominee",
        "Tomas Varga",
        id="a_party_member_with_a_clause_after_a_comma_is_an_epithet",
    ),
    pytest.param(
        "Kim Ruiz won the primary on Tuesday. The lifelong Republican who wrote the harbour "
        "speech says he will not vote for Kim Ruiz this fall.",
        "will not vote",
        None,
        id="a_party_member_a_clause_introduces_is_unnamed",
    ),
    pytest.param(
        "Few senators agreed to meet the judge. As Tomas Varga, the No. 2 in the Norland "
        'leadership, put it: "This person will not be confirmed. There is no reason to '
        'pretend."',
        "will not be confirmed",
        "Tomas Varga",
        id="an_abbreviations_period_does_not_cut_the_attribution",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name(nlp, text, fragment, name):
    assert only(quotes(nlp, text), fragment).speaker_name == name


def test_a_pronoun_before_its_own_words_still_takes_the_person_named_before(nlp):
    found = quotes(nlp, "Tomas Varga met Ana Ruiz on Monday. He said Ruiz would lose the vote.")
    assert only(found, "would lose").speaker_name == "Tomas Varga"


def test_a_republican_named_as_a_crowd_stays_unnamed(nlp):
    found = quotes(
        nlp, "Tomas Varga spoke on Monday. Republicans in the senate said the bill would fail."
    )
    assert only(found, "bill would fail").speaker_name != "Tomas Varga"


@pytest.mark.parametrize("epithet", ["star", "legend", "icon"])
def test_a_fame_epithet_is_not_the_interviewer(nlp, epithet):
    """`the star` is someone famous, not the salient person: here the interviewer, the last
    person named as a subject, said nothing."""
    text = (
        "Tomas Varga interviewed the singer Ana Ruiz at her home on Monday. "
        f'"I never planned to sing," the {epithet} said.'
    )
    assert only(quotes(nlp, text), "never planned").speaker_name != "Tomas Varga"
