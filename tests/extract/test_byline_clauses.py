"""A "by" in a sentence of the body after a verb (`The draft, submitted by Corvaine and Lisset,
received nine votes`) names who did something in the story, not the article's author; a
byline's own labels (`Written by`, `Posted by`, `Published 3 May by`) still name one. Text
written for these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text

HEADLINE = "Assembly passes the harbour resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "The draft (document S/2026/884), submitted by Corvaine and Lisset, received nine votes.",
        "The motion, drafted by Mary Berg and Tom Ruck, passed on Monday.",
        "The seat, won by Mary Berg and Tom Ruck in 2019, is open again.",
    ],
)
def test_a_clause_naming_who_acted_is_no_byline(sentence):
    ext = clean_text(f"{HEADLINE}\n\n{sentence}\n\n{article()}")
    assert ext.byline is None
    assert sentence in ext.text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Written by Mary Berg", "Mary Berg"),
        ("Posted by Mary Berg on May 3, 2024", "Mary Berg"),
        ("Published 3 May 2024 by Mary Berg", "Mary Berg"),
        ("A column by Mary Berg", "Mary Berg"),
        ("Guest post by Mary Berg", "Mary Berg"),
        ("Words and pictures by Mary Berg", "Mary Berg"),
        ("An essay by Mary Berg", "Mary Berg"),
    ],
)
def test_byline_labels_still_name_the_author(line, name):
    assert clean_text(f"{HEADLINE}\n{line}\n\n{article()}").byline == name
