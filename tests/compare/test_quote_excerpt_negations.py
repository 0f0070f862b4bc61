"""A mixed quote's quoted words against the full quotation: a fragment that leaves out a
function word inside is an excerpt ('variant'), but one that leaves out a negation (`a treaty
[never] written`) says the opposite of the speaker, so it is no excerpt of their words."""

from __future__ import annotations

import pytest
from test_quote_relations import item

from newsgraph.compare.quotes import relation_between

MEMBER = 'she would "sign a treaty that was written in the dark rooms of Kessel"'


def rel(member: str, ref: str) -> str:
    return relation_between(item(member, "mixed", "m"), item(ref, "direct", "r"))


@pytest.mark.parametrize(
    "ref",
    [
        "We will sign a treaty that was not written in the dark rooms of Kessel.",
        "We will sign a treaty that was never written in the dark rooms of Kessel.",
    ],
)
def test_a_negation_left_out_of_the_fragment_is_no_excerpt(ref: str) -> None:
    assert rel(MEMBER, ref) == "paraphrase"


def test_a_function_word_left_out_of_the_fragment_is_still_an_excerpt() -> None:
    ref = "We will sign a treaty that was then written in the dark rooms of Kessel."
    assert rel(MEMBER, ref) == "variant"
