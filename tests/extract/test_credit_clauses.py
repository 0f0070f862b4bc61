"""A sentence that opens like a photo credit ("Photographs by ...", "Courtesy of ...") but goes on
as a clause is the article's; a credit that names its source and ends there is a caption's.
Text written for these tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text


def _between(line: str) -> str:
    return f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"


@pytest.mark.parametrize(
    "para",
    [
        "The jury was shown the damage to the ferry during the morning session. Photographs by two passengers were also put before the court.",
        "The free shuttle buses will run every hour from the station. Courtesy of the harbour council, rides cost nothing until June.",
        "The storm reached the coast before dawn. Photos from the pier show waves that were higher than the lamp posts.",
        "Photographs by the engineers were handed to the council on Monday.",
    ],
)
def test_a_sentence_opening_like_a_credit_stays(para):
    ext = clean_text(_between(para))
    assert para in ext.text, [(r.reason, r.text[:60]) for r in ext.removals]


@pytest.mark.parametrize(
    "caption",
    [
        "The ferry pier at dawn. Photographs by Tomas Berg",
        "The ferry pier at dawn. Courtesy of the harbour council",
        "Lena Holt at the opening of the quay in 2019. Photo courtesy of the family",
        "The new shuttle bus outside the station. Photo by Lena Holt (harbournotes.example)",
        "Image from Lena's spring 2025 harbour walk review.",
    ],
)
def test_a_caption_ending_in_a_named_credit_goes(caption):
    ext = clean_text(_between(caption))
    assert caption not in ext.text
    assert all(p in ext.text for p in PARAS)
