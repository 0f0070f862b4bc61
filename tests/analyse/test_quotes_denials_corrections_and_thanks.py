"""Words someone denies having said, a correction's `it`, and thanks are no quotes (review 21
findings 2, 8 and 12). Names invented.

`X denied having said that …` reports words X says were never X's: a Quote has no place for a
denial, so there is none (X's own answer, `"I said no such thing," X said`, stays X's);
`words attributed to him` names words someone else put on X. `it was said by Y` points at
words elsewhere: a bare pronoun is never a quote's content. `thanked X for Y` is a courtesy."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Transport Minister Hanne Rolf on Monday denied having said that the bridge was "
        '"perfectly safe", words attributed to her by a regional paper.',
        "Transport Minister Hanne Rolf denied having said that the bridge was safe.",
        "Transport Minister Hanne Rolf denied saying that the bridge was safe.",
        "Transport Minister Hanne Rolf denies ever having told reporters the bridge was safe.",
    ],
)
def test_words_denied_are_no_quote_of_the_denier(nlp, sentence):
    assert not [q for q in quotes(nlp, sentence + "\n") if "bridge was" in q.text]


def test_words_attributed_to_someone_are_no_quote(nlp):
    text = (
        "Transport Minister Hanne Rolf on Monday denied having said that the bridge was "
        '"perfectly safe", words attributed to her by a regional paper. "I said no such '
        'thing," Ms Rolf told reporters.\n'
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "attributed" in q.text]
    assert only(found, "no such thing").speaker_name == "Hanne Rolf"


def test_a_denial_with_its_own_content_is_still_a_quote(nlp):
    text = "Transport Minister Hanne Rolf denied that the bridge was unsafe.\n"
    assert only(quotes(nlp, text), "bridge was unsafe").speaker_name == "Hanne Rolf"


@pytest.mark.parametrize(
    "text",
    [
        "An earlier version of this article attributed a quote to Mayor Eda Morn; it was said "
        "by Councillor Piet Laur.\n",
        'Correction: An earlier version of this story attributed a quote, "The levee will '
        'hold", to Mayor Eda Morn; it was said by Councillor Piet Laur.\n',
    ],
)
def test_a_correction_of_attribution_quotes_no_pronoun(nlp, text):
    found = quotes(nlp, text)
    assert not [q for q in found if q.text in ("it", "It")]
    assert not [q for q in found if "earlier version" in q.text]


def test_the_words_a_correction_gives_to_someone_stay_theirs(nlp):
    text = (
        'Correction: An earlier version of this story attributed a quote, "The levee will '
        'hold", to Mayor Eda Morn; it was said by Councillor Piet Laur.\n'
    )
    assert only(quotes(nlp, text), "levee will hold").speaker_name != "Eda Morn"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers thanked the people of Karva for their hospitality.\n",
        "The minister thanked the rescuers for saving the children.\n",
    ],
)
def test_thanks_are_no_speech(nlp, text):
    assert quotes(nlp, text) == []


def test_thanks_in_quoted_words_are_reported(nlp):
    text = 'The minister thanked the rescuers for their "quiet courage".\n'
    only(quotes(nlp, text), "quiet courage")


def test_praise_with_a_reason_is_still_a_quote(nlp):
    text = "The minister praised the rescuers for saving the children.\n"
    only(quotes(nlp, text), "saving the children")
