"""Who `he`/`she` and a described speaker stand for, from the causes of a PolNeAR train
sample's misses and review leftovers, each on text written for it (names invented): a name in
the clause a pronoun's own verb reports, where the clause quotes some words, is never that
pronoun's person (`Ruiz "caused havoc," he said`); a paraphrase or a clause with a cue of its
own is no such clause; a name in apposition to a clause subject is as prominent as the
subject, also where the parse hangs it on the body the role noun governs; a described speaker
given a name in apposition (`The representative of Oskaria, Dmitar Voskel, said`) is that
person, and so is the `he` after; a person's surname tagged a place as a passive subject is
still the person; a name never runs across a bracket or a spaced dash; an honorific's given
name stays in the name (`Ms Priya Hallam`)."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

from newsgraph.analyse.speakers import _cut_at_line_break

CASES = [
    pytest.param(
        "Tomas Brenn spoke in Portavel on Monday.\n\nThe port was shut for a week, and the "
        'ferries stopped. Marta Ilvane "caused tremendous havoc," he said.',
        "caused tremendous havoc",
        "Tomas Brenn",
        id="a_name_in_the_reported_clause_is_not_the_he",
    ),
    pytest.param(
        "Ana Ruiz visited the harbour on Monday.\n\nThe cranes stood idle for a week. Tomas "
        'Brenn was "the worst manager we ever had," she said.',
        "the worst manager",
        "Ana Ruiz",
        id="a_name_in_the_reported_clause_is_not_the_she",
    ),
    pytest.param(
        "Karl Weber said on Monday that the talks had failed.\n\nThe head of the Harbour "
        "Trust, Ina Kirsch, told reporters the trust never paid the lobbyists. She said the "
        "board had not met since May.",
        "the board had not met",
        "Ina Kirsch",
        id="a_name_apposed_to_the_subject_is_the_next_she",
    ),
    pytest.param(
        "Karl Weber said on Monday that the talks had failed.\n\nThe head of the Harbour "
        "Trust, Ina Kirsch, told reporters the trust never paid the lobbyists.",
        "the trust never paid",
        "Ina Kirsch",
        id="a_described_speaker_named_in_apposition",
    ),
    pytest.param(
        'The council met on Monday. Rhea Kallberg, the envoy, briefed it. "Every day '
        'counts," she said.\n\nThe representative of Oskaria, Dmitar Voskel, said his '
        "delegation could not support the text. The draft ignored attacks on border "
        "villages, he said.",
        "The draft ignored attacks",
        "Dmitar Voskel",
        id="he_after_a_representative_named_in_apposition",
    ),
    pytest.param(
        "Tom Denver ran the city for 12 years before stepping down.\n\nWalter Stone, a "
        "professor at the state university, says independents are rare. As the vote nears, "
        "Stone says, their number shrinks.\n\nIt is easy to see why Denver is tempted to run "
        "again, given his ambition. For 12 years, he had the second-biggest job in the "
        "country. In an interview in 2013, he admitted that retirement would not be enough "
        "for him.",
        "retirement would not be enough",
        "Tom Denver",
        id="a_surname_tagged_a_place_as_a_passive_subject",
    ),
    pytest.param(
        "Lower House of the Republic\nOfficial Report\nFriday 20 November 2026\n\nHarbour "
        "Crossing\n\n11.32 am\n\nMr Tomas Brenn (Westmark) (Unity): To ask the Minister for "
        "Transport if she will make a statement on the closure of the harbour crossing.\n\n"
        "The Minister for Transport (Ms Ana Ruiz): The crossing was closed on Monday after an "
        "inspection found cracks in the deck.\n\nMs Priya Hallam (Norbridge South) (Reform): "
        "Does the Minister accept that the closure is read abroad as a failure?",
        "read abroad as a failure",
        "Priya Hallam",
        id="an_honorifics_given_name_stays_in_the_name",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name(nlp, text: str, fragment: str, name: str) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == name


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "Karl Weber spoke first.\n\nThe two candidates sparred on college costs. Tomas "
            "Brenn has backed the fees bill and would continue his push for it in the Senate, "
            "he said.",
            "continue his push",
            id="a_paraphrase_of_the_speaker_himself",
        ),
        pytest.param(
            "Karl Weber spoke first.\n\nThe spat bubbled up last week. Vice President Tomas "
            'Brenn weighed in as well, telling reporters on Monday, "But both are qualified," '
            "he said.",
            "both are qualified",
            id="a_clause_with_its_own_speech_verb",
        ),
    ],
)
def test_the_subject_of_a_clause_quoting_nothing_may_be_the_he(nlp, text, fragment) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == "Tomas Brenn"


def test_a_representative_never_named_leaves_the_he_unnamed(nlp) -> None:
    text = (
        "Oskaria's ambassador, Dmitar Voskel, arrived late. Rhea Kallberg, the envoy, briefed "
        'the council. "Every day counts," she said.\n\nThe representative of Oskaria said his '
        "delegation could not support the text. The draft ignored attacks on border villages, "
        "he said."
    )
    assert only(quotes(nlp, text), "The draft ignored").speaker_name is None


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Odo Vance (Eastfold North) asked a question.", "Odo Vance (Eastfold", "Odo Vance"),
        ("Ana Ruiz - Brenn's partner - told reporters.", "Ana Ruiz - Brenn", "Ana Ruiz"),
        ("Jean-Paul Ruiz told reporters.", "Jean-Paul Ruiz", "Jean-Paul Ruiz"),
    ],
)
def test_a_name_stops_at_a_bracket_or_a_spaced_dash(nlp, text: str, span: str, name: str) -> None:
    # the span NER may give (a name run on over the bracket or the dash), cut to the name
    found = nlp(text).char_span(0, len(span), alignment_mode="expand")
    assert _cut_at_line_break(found).text == name
