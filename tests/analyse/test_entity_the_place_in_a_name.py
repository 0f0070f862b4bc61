"""A place whose own name is `The` and a common noun (`The Valley`, Anguilla's capital) is no
country cue where it opens a longer capitalised name (`Valley Herald`, a newspaper); named
alone it still is."""

from __future__ import annotations

import pytest

from newsgraph.analyse.countries import find_cues
from newsgraph.analyse.entities import extract_entities


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Herald reported on Monday that the mine would close.",
        "A spokesman for the Valley Herald said the story stands.",
    ],
)
def test_a_the_place_opening_an_outlets_name_gives_it_no_country(nlp, text: str) -> None:
    orgs = {e.name: e.country for e in extract_entities(nlp(text)) if e.type == "ORG"}
    assert "Valley Herald" in orgs, orgs
    assert orgs["Valley Herald"] is None, orgs


def test_the_place_named_alone_is_still_a_cue() -> None:
    assert [c.iso3 for c in find_cues("Tourists flew to The Valley, the capital.")] == ["AIA"]
    assert [c.iso3 for c in find_cues("The Moscow Times said so.")] == ["RUS"]
