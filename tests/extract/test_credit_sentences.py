"""A sentence that opens like a photo credit ("Photographs by X show…", "Photos from the scene
show…") is the article's text: a verb after the credit's words makes it a clause. Real credits
stay captions. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Photographs by Anna Berg show the flooded quay at dawn.",
        "Photos from the scene show a collapsed roof and flooded streets.",
        "Images from a police drone showed dozens of people on the roof.",
        "Photos by Tom Hale captured the moment the wall gave way.",
    ],
)
def test_a_sentence_about_photographs_is_kept(line):
    raw = f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"
    assert line in clean_text(raw).text


@pytest.mark.parametrize(
    "credit",
    ["Photo by Tomas Berg on Unsplash", "Photos by Jane Doe for the Harbour Weekly"],
)
def test_a_credit_is_still_removed(credit):
    raw = f"{article(PARAS[:2])}\n\n{credit}\n\n{article(PARAS[2:])}"
    assert clean_text(raw).text == article()
