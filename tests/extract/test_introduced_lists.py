"""A sentence ending in a colon promises what follows it: when the body ends with one, the
short lines after it (up to the next furniture) are the article's own list, even where the line
model takes them for a list of links. A line speaking to the reader (`You may also like:`)
introduces links to other pages instead. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS

from newsgraph.extract.textclean import clean_text

HEAD = "Home\nCrafts\nTen easy wood projects for a weekend\n\nBy Jo Mill\n\n"
FOOT = "\n\nShare this\nFacebook\nPinterest\nTwitter\n\nFiled under: Build It\n"
PROJECTS = [
    "Pipe bookshelf",
    "Reclaimed arrows",
    "Garden lanterns",
    "Fireplace mantel",
    "Cornhole boards",
    "A simple bench",
    "Folding bed",
    "Drill organiser",
]


def _clean(intro: str, items: list[str]) -> str:
    return clean_text(HEAD + "\n\n".join([*PARAS, intro, *items]) + FOOT).text


@pytest.mark.parametrize(
    "intro",
    [
        "Here are the projects my friends made this spring:",
        "The council listed the works it will pay for next year:",
    ],
)
def test_the_list_a_closing_colon_introduces_is_kept(intro):
    text = _clean(intro, PROJECTS)
    assert intro in text
    assert [p for p in PROJECTS if p not in text] == []
    assert "Facebook" not in text


def test_a_line_to_the_reader_introduces_no_list_of_the_article():
    headlines = [
        "Council votes on the ferry pier",
        "New bus line for the coast",
        "Harbour festival dates announced",
    ]
    text = _clean("You may also like to read these stories:", headlines)
    assert PARAS[-1] in text
    assert [h for h in headlines if h in text] == []
