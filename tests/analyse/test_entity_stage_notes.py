"""A transcript's stage notes in square brackets (`[CLIP]`, `[END CLIP]`) are no entity; a
name in brackets stays one."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "Night programme\nTranscript\n\n"
    "[00:00:09] HOST: Good evening, I'm Lina Corsa and this is Night Desk. Talks in Varnholt "
    "ended on Monday.\n\n"
    "[00:00:31] TOMAS BREL: The talks ended late, Lina. The delegations left at midnight.\n\n"
    "[00:01:31] [CLIP]\n\n"
    "[00:01:32] ODA KASSEL (through interpreter): This was a fair result for both sides.\n\n"
    "[00:01:41] [END CLIP]\n\n"
    "[00:01:42] HOST: Tomas Brel in Varnholt, thank you."
)


def test_stage_notes_in_brackets_are_no_entity(nlp):
    names = {e.name.upper() for e in extract_entities(nlp(TEXT))}
    assert not {"CLIP", "END CLIP"} & names, names
    assert "TOMAS BREL" in names


def test_a_name_in_capitals_in_brackets_stays(nlp):
    text = "The minister [ODA KASSEL] said the talks were over.\n\nKassel left on Monday."
    names = {e.name.upper() for e in extract_entities(nlp(text))}
    assert "ODA KASSEL" in names or "KASSEL" in names, names


def test_a_country_an_editor_adds_in_brackets_stays(nlp):
    text = "He said the rules that require [US] Fish and Wildlife Service scientists were cut."
    names = {e.name for e in extract_entities(nlp(text))}
    assert any(n in ("US", "United States") for n in names), names
