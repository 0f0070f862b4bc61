"""Speaker names from the causes of a PolNeAR train sample's misses and of review 16's findings
(session 16), each on text written for it (names invented): a person a recent `He` stood for
is no `she`; a later surname with an apostrophe is the person named in full; a full name NER
labels a product is still the person; a bare surname is the person named with it before, not a
relative with a longer name introduced later; names inside a quotation left open at a
paragraph's end (the press's style for a quote running on) are not antecedents; `the poll` goes
back through `the polling` to the poll an organisation released; a copy of a report `seen by`
an outlet is not the outlet's; `he` after a described speaker is not the one named person;
`the ambassador` is the latest person named in apposition to that role; `known as Bob` is Bob,
and so is `a driver who gave only his first name, Bob`;
a line break after a sentence's end is a paragraph break."""

from __future__ import annotations

import pytest
from quote_support import only, quotes
from spacy.tokens import Span

from newsgraph.analyse.quotes import extract_quotes

CASES = [
    pytest.param(
        "Mayor Tomas Brenn held a call with reporters on Monday.\n"
        '"Who is the real culprit here?" said Brenn. "The board cut the budget."\n'
        "He was joined on the call by Ilse Varga, head of the dock union. She said the board "
        '"has failed its workers."',
        "has failed its workers",
        "Ilse Varga",
        id="she_is_not_the_man_a_recent_he_stood_for",
    ),
    pytest.param(
        "Marek Lazar, 44, was sentenced on Thursday in Holm.\n"
        "Lazar admitted breaking into the accounts of several officials.\n"
        '"We need him at home," his wife, Anna Maria Lazar, wrote in a letter to the court. '
        "The judge read the letter aloud.\n"
        "A school graduate, Lazar had no training. He told reporters that he guessed the "
        "passwords.",
        "he guessed the passwords",
        "Marek Lazar",
        id="a_bare_surname_is_not_a_relative_with_a_longer_name_named_later",
    ),
    pytest.param(
        "In a statement, editor Mark Holt explained the paper's plan.\n\n"
        "\u201cTomas Brenn is a candidate unlike any other,\u201d said Holt. \u201cHis "
        "positions have upended the race. Brenn\u2019s life deserves to be explored.\n\n"
        "He continued, \u201cThat is what we intend to do.\u201d",
        "That is what we intend",
        "Mark Holt",
        id="a_name_inside_a_quotation_left_open_is_no_antecedent",
    ),
    pytest.param(
        "Voters in Holm are turning away from the governor, according to a poll of 400 "
        "registered voters released on Friday by Norvik Research.\n\n"
        "Sixty percent of voters in Holm view the governor unfavourably, the poll found. "
        "Two in three said they would vote for the opposition. Many cited the port. "
        "Others cited the budget.\n\n"
        '"People feel they are not heard," said Ana Ruiz, who directed the polling. '
        "Ruiz has run polls in Holm for a decade. She called the result striking. "
        "The governor did not comment.\n\n"
        "Dock workers, 70 percent of whom view the governor unfavourably according to the "
        "poll, dominate the port district.",
        "70 percent of whom",
        "Norvik Research",
        id="the_poll_goes_back_through_the_polling_to_its_issuer",
    ),
    pytest.param(
        "The council vote failed on Thursday.\n\n"
        '"This is a dark day," said Norland\'s ambassador, Elin Sarro.\n\n'
        "Sudia's ambassador, Piet Hallen, told the council the text was \"written for "
        'cameras". Sudia said in a statement after the vote that the draft was "one-sided".'
        '\n\nOutside the chamber, the ambassador told reporters his country wanted "a real '
        'ceasefire".',
        "a real ceasefire",
        "Piet Hallen",
        id="the_ambassador_is_the_latest_person_named_in_apposition_to_it",
    ),
    pytest.param(
        "The film shows a raid on the base.\n"
        '"There never was an order to wait," said the base chief known as Bob, speaking '
        "publicly for the first time.\n"
        'Nor, he said, did he say anything that could be "read as" an order.',
        "never was an order",
        "Bob",
        id="a_description_known_as_a_name_is_that_name",
    ),
    pytest.param(
        "Trucks crossed the border on Saturday.\n\n"
        '"I have been sitting here since last night," said a driver who gave only his first '
        'name, Jonas. "They opened one lane."',
        "sitting here since last night",
        "Jonas",
        id="a_speaker_who_gave_only_a_first_name_is_that_name",
    ),
    pytest.param(
        "Tomas Velde, who ran the Harrow mill for three decades, died on Sunday in Ostberg. "
        "He was 81.\n"
        "His son, Piet Velde, said he had died at home.\n"
        "Velde was born in 1944 in Selvik, the son of a baker. In 1990 he faced the owners "
        'over the closures. "A mill that fears its workers will fail," he told the owners.\n'
        "Velde retired in 2010.",
        "A mill that fears",
        "Tomas Velde",
        id="a_relative_is_not_recent_after_a_line_break_ending_a_sentence",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_speaker_name(nlp, text: str, fragment: str, speaker: str) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == speaker


def _relabelled(nlp, text: str, words: str, label: str) -> list:
    """The quotes of `text` with the entity label of `words` (from its last occurrence) set
    to `label`, as NER sometimes gives a person's name."""
    doc = nlp(text)
    start = text.rindex(words)
    span = doc.char_span(start, start + len(words))
    doc.set_ents([Span(doc, span.start, span.end, label=label)], default="unmodified")
    return [q for q in extract_quotes(doc) if q.label == "quote"]


@pytest.mark.parametrize(
    ("text", "words", "label", "fragment", "speaker"),
    [
        pytest.param(
            "Liam O'Dwyer chairs the port board. Ana Ruiz runs the docks.\n"
            'Ruiz spoke first on Monday. Then O\'Dwyer stood up. "We will not sell," he said.',
            "O'Dwyer",
            "ORG",
            "We will not sell",
            "Liam O'Dwyer",
            id="a_later_surname_with_an_apostrophe_is_the_person_named_in_full",
        ),
        pytest.param(
            "Karen Mills gave her first speech at the convention in Boston. Professor Rita "
            'Sand of Fenwick College studies labour law.\n\n"Workers know their bosses," said '
            "Rita Sand.\n\nAides say Karen Mills also advises the union.\n\n"
            '"Mothers are not shut out," she said at the convention.',
            "Karen Mills",
            "PRODUCT",
            "Mothers are not",
            "Karen Mills",
            id="a_full_name_tagged_a_product_is_still_the_person",
        ),
    ],
)
def test_a_name_ner_mislabels_is_still_the_person(
    nlp, text: str, words: str, label: str, fragment: str, speaker: str
) -> None:
    found = _relabelled(nlp, text, words, label)
    assert only(found, fragment).speaker_name == speaker


def test_a_copy_seen_by_an_outlet_is_not_the_outlets_words(nlp) -> None:
    text = (
        "The port of Selvik will close for a month. The harbour walls are unsafe, according "
        "to a copy of the report seen by the Valley Herald."
    )
    found = only(quotes(nlp, text), "harbour walls")
    assert found.speaker is not None and "Valley Herald" not in found.speaker.text
    assert found.speaker_name is None or "Herald" not in found.speaker_name


def test_he_after_a_described_speaker_is_not_the_one_named_person(nlp) -> None:
    text = (
        "Briefing the council, Rhea Kallberg, the aid chief, said that 2,140 civilians had "
        "been killed.\n"
        "The representative of Oskaria said his delegation could not support the text. The "
        "draft ignored attacks on border villages, he said.\n"
    )
    found = quotes(nlp, text)
    assert only(found, "2,140 civilians").speaker_name == "Rhea Kallberg"
    assert only(found, "draft ignored attacks").speaker_name is None
