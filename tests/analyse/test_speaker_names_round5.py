"""Name resolution, round 5 (`speakers.SpeakerResolver`): each rule on text written for it
(errors read on PolNeAR train, cases outside every earlier sample; see docs/quotes.md "Name
resolution")."""

from __future__ import annotations

import pytest
from quote_support import only, quotes
from spacy.tokens import Span

from newsgraph.analyse.speakers import SpeakerResolver

# -- records and documents speak for the owner they name -------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "A Vesper Research poll released on Monday said Ilvane led the race by six points.",
            "Ilvane led",
            "Vesper Research",
        ),
        (
            "According to Norland Election Commission filings, Tomas Brenn raised two million "
            "dollars.",
            "Tomas Brenn raised",
            "Norland Election Commission",
        ),
        (
            "According to new Vesper exit poll data, Ilvane won the harbour towns.",
            "Ilvane won",
            "Vesper",
        ),
        ("A Norvik/Vesper poll said the race was close.", "the race", "Norvik/Vesper"),
        ("One Fund for Harbours ad said Tomas Brenn was weak.", "Tomas Brenn", "Fund for Harbours"),
    ],
)
def test_a_record_speaks_for_its_owner_without_the_record_words(nlp, text, fragment, name):
    assert only(quotes(nlp, text), fragment).speaker_name == name


def test_a_thing_a_name_owns_speaks_for_the_owner(nlp):
    text = (
        "Tomas Brenn wrote about the port last week. Brenn's article said the harbour was "
        "failing.\n\nThe Vesper Post's investigative unit reported that the port had lost money."
    )
    found = quotes(nlp, text)
    assert only(found, "the harbour").speaker_name == "Tomas Brenn"
    assert only(found, "lost money").speaker_name == "Vesper Post"


def test_someone_of_an_organisation_is_not_the_organisation(nlp):
    # `an Ilvane Radio reporter` is unnamed: neither the description nor the broadcaster.
    found = quotes(nlp, "An Ilvane Radio reporter said the port was closed.")
    assert only(found, "the port").speaker_name is None


def test_a_group_a_name_modifies_keeps_its_name(nlp):
    found = quotes(nlp, "The Norvik camp said the vote was rigged.")
    assert only(found, "the vote").speaker_name == "Norvik camp"


# -- a main-clause he/she keeps its person the topic for a description ------------------------


def test_a_pronoun_subject_continues_the_topic_for_an_epithet(nlp):
    text = (
        "Tomas Brenn once led the polls in Norland. But he fell to ten percent in the latest "
        "survey released on Monday.\n\nThe retired surgeon has said only that he was refining "
        "some practices."
    )
    assert only(quotes(nlp, text), "refining").speaker_name == "Tomas Brenn"


# -- a definite agent noun is an epithet for the person named before ---------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Tomas Brenn visited Ilvane on Saturday. The self-described socialist said he would "
            "win the state.",
            "win the state",
            "Tomas Brenn",
        ),
        (
            "Mara Ilvane held up a sign. The 57-year-old scientist says she does not take such "
            "comparisons lightly.",
            "comparisons",
            "Mara Ilvane",
        ),
    ],
)
def test_a_definite_agent_noun_is_the_person_named_before(nlp, text, fragment, name):
    assert only(quotes(nlp, text), fragment).speaker_name == name


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # a person named before the description in its own sentence is someone else
        (
            "Ana Vesper leads Tomas Brenn by 200 delegates, but the self-described socialist "
            "has vowed to fight on.",
            "fight on",
        ),
        # a description a person's name modifies is not that person
        (
            "A woman at a town hall for Gov. Tomas Brenn had a curt reply.\n\nAt the meeting, "
            'the Brenn supporter retorted: "There is a special place for voters like that."',
            "special place",
        ),
    ],
)
def test_an_agent_noun_is_not_the_person_its_sentence_or_modifier_names(nlp, text, fragment):
    assert only(quotes(nlp, text), fragment).speaker_name is None


# -- name strings: the narrative's name, never a quoted nickname or a title -------------------


def _tag_person(doc, words: str) -> None:
    """Tag `words` as one person, as the small model sometimes does with a longer run."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="PERSON")
    ]


def test_a_quoted_nickname_is_not_the_full_name(nlp):
    doc = nlp(
        'Tomas Brenn wrote: "Crooked Ana Ruiz will lose the port vote."\n\nAna Ruiz spoke in '
        "Portavel on Monday. Ruiz said the port would reopen in May."
    )
    _tag_person(doc, "Crooked Ana Ruiz")
    at = doc.text.index("Ruiz said")
    assert SpeakerResolver(doc).resolve(doc.char_span(at, at + 4)) == "Ana Ruiz"


def test_a_name_repeating_a_word_is_a_title_not_a_person(nlp):
    doc = nlp(
        "Ana Ruiz wrote a memoir, Vey on Vey, about the divorce.\n\nLater, Ruiz said the port "
        "would reopen."
    )
    _tag_person(doc, "Vey on Vey")
    assert "Vey on Vey" not in {p.name for p in SpeakerResolver(doc).people}


# -- `the poll` after a poll its owner names ---------------------------------------------------


def test_the_record_after_an_owned_one_is_its_owners(nlp):
    text = (
        "A new Vesper Research poll shows Ana Ruiz ahead of Tomas Brenn. According to the poll, "
        "Ruiz leads by six points among harbour workers."
    )
    assert only(quotes(nlp, text), "six points").speaker_name == "Vesper Research"


def test_a_record_named_in_a_clause_is_not_its_subjects(nlp):
    # `In the poll, Ruiz's support has risen`: Ruiz did not issue the poll (only a speech or
    # issuing verb makes the subject of `in a statement` its issuer).
    text = (
        "Ana Ruiz has bounced back in the polls. In the poll, Ruiz's support has risen steadily "
        "over two weeks.\n\nThe poll also noted that 73 percent of her old rivals now support "
        "her."
    )
    assert only(quotes(nlp, text), "73 percent").speaker_name is None
