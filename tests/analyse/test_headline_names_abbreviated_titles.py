"""An abbreviated title or rank before a name in a headline (`Sgt.`, `Det. Insp.`, `Maj.`,
`Smt.`) is no given name: every abbreviation the tokenizer keeps whole
(`wordlists.TITLE_ABBREVIATIONS`) is one of the headline reader's title words, so the full name
is the words after it. Names invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.headline_names import TITLE_WORDS, title_name
from newsgraph.wordlists import TITLE_ABBREVIATIONS


@pytest.mark.parametrize(
    ("title", "surname", "name"),
    [
        ("Briefing by Sgt. Noor Sefton on the flood", "Sefton", "Noor Sefton"),
        ("Det. Insp. Ivo Marsh named to lead inquiry", "Marsh", "Ivo Marsh"),
        ("Maj. Tomas Brell briefs reporters", "Brell", "Tomas Brell"),
        ("Smt. Kavita Rao sworn in", "Rao", "Kavita Rao"),
    ],
)
def test_an_abbreviated_title_is_no_given_name(title, surname, name):
    assert title_name(title, surname) == ("", name)


def test_every_tokenizer_title_is_a_title_word():
    assert {w.lower() for w in TITLE_ABBREVIATIONS} <= TITLE_WORDS
    assert {w.lower() + "." for w in TITLE_ABBREVIATIONS} <= TITLE_WORDS
