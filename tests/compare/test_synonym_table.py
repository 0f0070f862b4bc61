"""One table of near-synonyms for every caller of `compare/text.py`.

A set's single-word members fold where content words are compared (`synonym_keys`) and before a
figure (`verb_before`); phrasal members (`take on`) and members that are verbs only there
(`fire` beside `dismiss`, while `fire` is also a blaze) count only where a verb is read."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, group_of, quote

from newsgraph.compare.text import content_keys, synonym_keys, verb_before, words


def _key(word: str) -> str:
    (key,) = synonym_keys(content_keys(words(word), lemmas=True))
    return key


def _verb(text: str) -> str | None:
    ws = words(text)
    return verb_before(ws, len(ws) - 1)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("hired", "recruited"),
        ("postponed", "delays"),
        ("sacked", "dismissed"),
        ("freed", "released"),
    ],
)
def test_a_verb_set_folds_where_content_words_are_compared(one: str, other: str) -> None:
    assert _key(one) == _key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("they raised 40", "they rose 40"),
        ("we oppose 3", "we refused 3"),
        ("will turn down 3", "oppose 3"),
    ],
)
def test_sets_of_one_meaning_are_one_before_a_figure(one: str, other: str) -> None:
    assert _verb(one) == _verb(other)


def test_fire_is_a_blaze_among_content_words_and_a_dismissal_before_a_figure() -> None:
    assert _key("fire") == _key("flames") != _key("dismissed")
    assert _verb("the mill fired 40") == _verb("the mill laid off 40") == _verb("will sack 40")
    assert _verb("the mill fired 40") != _verb("the flames 40")


def test_one_speakers_statement_retold_with_a_synonym_verb_links() -> None:
    a = quote(
        "1",
        "a",
        "the mill would recruit seasonal pickers from the valley",
        "indirect",
        "Ilse Varga",
    )
    b = quote("2", "b", "the mill plans to hire pickers for the season", "indirect", "Ilse Varga")
    assert "2" in group_of(a, b, *OTHERS, of="1")
