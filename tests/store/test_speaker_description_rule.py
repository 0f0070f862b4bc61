"""`browse.is_description`: which `--speaker` values (and `/api/quotes?speaker=`) are
descriptions, matched against the words an article named a speaker with, and which are names,
matched against names only (a name query must not pick up `Putin's spokesman`)."""

from __future__ import annotations

import pytest

from newsgraph.store.browse import is_description


@pytest.mark.parametrize(
    "text",
    [
        "the representative of Norvia",
        "representative of Norvia",  # no article: its head word is not a name's
        "Norvian representative",
        "a spokesman for the Ministry of Defence",
        "officials",
        "his aide",
    ],
)
def test_descriptions(text):
    assert is_description(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin",
        "Edda Rask",
        "Ministry of Defence",  # lower-case words a name holds
        "Ursula von der Leyen",
        "Bashar al-Assad",  # a word with a capital is a name's
        "G7",
        "",
    ],
)
def test_names(text):
    assert not is_description(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karl-Theodor zu Guttenberg",  # German `zu`
        "zu Guttenberg",
        "José Ortega y Gasset",  # Spanish `y`
        "Óscar de los Santos",
        "Zine el-Abidine ben Ali",
        "Mohamed ould Abdel Aziz",
        "Sophie in 't Veld",  # Dutch `'t`, either apostrophe
        "Sophie in ’t Veld",
        "Lorenzo della Valle",
        "Ana das Neves",
    ],
)
def test_names_with_particles_of_other_languages(text):
    # a name read as a description would match the words other speakers were named with
    # (`an aide to zu Guttenberg`)
    assert not is_description(text)


@pytest.mark.parametrize("text", ["a spokesman for zu Guttenberg", "aides to Ortega y Gasset"])
def test_a_description_of_such_a_name_is_still_one(text):
    assert is_description(text)
