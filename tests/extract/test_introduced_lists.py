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


HEADLINES = [
    "Council votes on the ferry pier",
    "New bus line for the coast",
    "Harbour festival dates announced",
]


@pytest.mark.parametrize(
    "intro",
    [
        "You may also like to read these stories:",
        "More coverage of the harbour strike:",
        "Read more on this story from the newsroom:",
        "Other stories from the Tamberg Gazette:",
    ],
)
def test_a_line_to_the_reader_introduces_no_list_of_the_article(intro):
    """A line speaking to the reader or pointing to more reading introduces links."""
    text = _clean(intro, HEADLINES)
    assert PARAS[-1] in text
    assert [h for h in HEADLINES if h in text] == []


@pytest.mark.parametrize("heading", ["Popular now", "Editor's picks", "Most shared"])
def test_the_list_ends_at_a_box_of_other_stories(heading):
    """The lines a closing colon takes in stop at a box of the site's other stories."""
    text = _clean(
        "Here are the projects my friends made this spring:", [*PROJECTS, heading, *HEADLINES]
    )
    assert [p for p in PROJECTS if p not in text] == []
    assert heading not in text
    assert [h for h in HEADLINES if h in text] == []


def test_a_closing_colon_over_the_footer_takes_in_nothing():
    """A closing colon with only the site's footer after it (an embed the scrape lost) does not
    take the footer's links into the body."""
    footer = ["About us", "Contact the newsroom", "Privacy policy", "Terms of use"]
    raw = HEAD + "\n\n".join([*PARAS, "The council said in a statement on Tuesday evening:"])
    text = clean_text(raw + "\n\n" + "\n".join(footer) + "\n").text
    assert PARAS[-1] in text
    assert [f for f in footer if f in text] == []
