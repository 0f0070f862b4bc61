"""`, effective <day>` after a verb with nothing after it (`will step down`, `was lifted`,
`is retiring`) tells the day of an act, often an end: no thing starts then, and the verb is
no thing to key a start by. A verb with an object still starts it (`raised its fees`).
Invented text; 2026-11-25 is a Wednesday."""

from __future__ import annotations

import pytest

from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import time_facts


def _facts(text: str) -> list[tuple[str, str, str]]:
    s = Sentence("a", "r", 0, len(text), text, [])
    return [(f[0], f[1], f[2]) for f in time_facts(s, "2026-11-25")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Jonas Berg will step down, effective 31 December.",
        "Berg, who has led the council since 2019, will resign, effective Friday.",
        "The chief executive is retiring, effective 31 December.",
        "The ban on night flights was lifted, effective Monday.",
    ],
)
def test_an_act_without_an_object_starts_nothing(text):
    assert _facts(text) == []


def test_a_verb_with_an_object_starts_the_object():
    text = "The council raised its parking charges to 4 crowns an hour, effective Monday."
    assert _facts(text) == [("charg", "start", "2026-11-30")]  # the stem of `charges`
