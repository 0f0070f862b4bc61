"""A common noun opening a bracket (`[Interpreter's note: …]`) is no person's name, as one
opening a sentence is none (`Turnout was …`); a name an editor adds in brackets stays a name."""

from __future__ import annotations

from entity_support import entity_types as _types


def test_a_common_noun_opening_a_bracket_is_no_person(nlp) -> None:
    text = (
        "The roof had come down completely. [Interpreter's note: Ortega used the word "
        '"derrumbe", a collapse.]\n\nOrtega said the supports were old. [Interpreter\'s note: '
        '"viejos", old.]'
    )
    types = _types(nlp, text)
    assert "Interpreter" not in types, types
    assert types.get("Ortega") == "PERSON", types


def test_a_name_an_editor_adds_in_brackets_stays_a_person(nlp) -> None:
    text = '"We sent the script to [the producer] Anna [Baker].\nShe liked it," he said.'
    assert _types(nlp, text).get("Baker") == "PERSON"
