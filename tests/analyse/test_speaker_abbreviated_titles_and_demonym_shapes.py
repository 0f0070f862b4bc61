"""An abbreviated title NER takes into a name, with or without its period (`Hon Peter Kale`,
`Maj Gen Ana Rell`), is no part of the speaker's name; a place's adjective is the place's
name with a demonym's ending (`Tavessan`, `Chinese`), not any word that starts with a name
(`Kesselring` after `Kessel`). Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

from newsgraph.analyse.speakers import _adjective_form, owner_only

_TEXT = (
    "The port of Saltvik reopened on Monday after a week of repairs.\n\n"
    '"The cranes are working again," Hon Peter Kale told reporters at the quay.\n\n'
    '"Nobody will be laid off," said Maj Gen Ana Rell, who commands the garrison.\n\n'
    "Later Kale said the cranes were old. Rell said the garrison would help.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("The cranes are working", "Peter Kale"),
        ("Nobody will be laid off", "Ana Rell"),
        ("the cranes were old", "Peter Kale"),
        ("the garrison would help", "Ana Rell"),
    ],
)
def test_an_undotted_abbreviated_title_is_no_part_of_the_name(nlp, fragment, name):
    assert only(quotes(nlp, _TEXT), fragment).speaker_name == name


def test_an_abbreviated_title_before_one_name_word_stays(nlp):
    # `Maj Sjolund` may be a given name and a surname: nothing is dropped from two words
    text = '"We sail at dawn," said Maj Sjolund, the harbour pilot.\n'
    assert only(quotes(nlp, text), "We sail at dawn").speaker_name == "Maj Sjolund"


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Tavessan", "Tavessa"),
        ("Velorian", "Veloria"),
        ("Belvari", "Belvar"),
        ("Marnese", "Marna"),
        ("Kurlish", "Kurl"),
        ("Ostrian", "Ostry"),
    ],
)
def test_a_demonym_is_the_name_with_a_demonyms_ending(word, name):
    assert _adjective_form(word, name)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Kesselring", "Kessel"),  # -ing
        ("Hartigan", "Hart"),  # -an after other letters
        ("Ortese", "Ortel"),  # -ese after a changed consonant
        ("Brandishaw", "Brandish"),  # a longer name
        ("Kessel", "Kessel"),
    ],
)
def test_a_longer_name_that_starts_with_a_name_is_no_demonym(word, name):
    assert not _adjective_form(word, name)


def test_a_name_that_starts_with_a_place_still_speaks_for_itself():
    # `Kesselring engineers` beside a place `Kessel`: the firm's engineers, not a demonym
    text = "Kesselring engineers"
    assert not owner_only(text, len("Kesselring"), len(text), ("Kessel",), None, False)
    text = "Tavessan officials"
    assert owner_only(text, len("Tavessan"), len(text), ("Tavessa",), None, False)
