"""Captions that end in their photo credit are not the article, wherever they stand in it; a
paragraph that only mentions a photo or an agency is. Text written for these tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text


def _captions(ext):
    return [r.text for r in ext.removals if r.reason == "image caption"]


@pytest.mark.parametrize(
    "caption",
    [
        "Workers inspect the cracked sea wall on Monday.Tomas Berg / Getty Images",
        "Engineers measure the gap in the harbour wall. Photo: Lena Holt/Coastal Pictures.",
        "The ferry pier stands empty during the repairs. – Photo Credit: Lena Holt (harbournotes.example)",
        "The old sea wall at low tide. Photo by Tomas Berg on Unsplash",
        "Waves break over the promenade (Image via Pixabay)",
        "Lena Holt via Getty Images",
        "Courtesy of the harbour council",
    ],
)
def test_a_caption_ending_in_its_credit_is_removed(caption):
    raw = f"{article(PARAS[:2])}\n\n{caption}\n\n{article(PARAS[2:])}"
    ext = clean_text(raw)
    assert caption in _captions(ext)
    assert caption not in ext.text
    assert all(p in ext.text for p in PARAS)


@pytest.mark.parametrize(
    "line",
    [
        "The council's photo of the wall, taken in May, showed cracks that had not been there a year earlier, the engineers said.",
        "Members asked why the photographs by the engineers had not been published before the vote on the budget.",
        "The images were shared on Monday with the regional government and with Getty, which had asked for them.",
        "Residents can send their photos of the damage to the council, which will pass them on to the engineers.",
    ],
)
def test_prose_about_photos_is_kept(line):
    raw = f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"
    ext = clean_text(raw)
    assert line in ext.text
