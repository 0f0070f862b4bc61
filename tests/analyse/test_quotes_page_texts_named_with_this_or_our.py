"""`this`/`our` always point at the page itself, whatever name stands before the noun; only
`the` with an outlet's or organisation's name names another text (code review 20a item 7).
Names invented.

An earlier caption `in this Vessby Wire story` or `in our Corvane Courier story` is the page's
own old words (no quote); `in the Lind story` names the story by its topic, the page again;
`in the Corvane Courier story` is another outlet's text, whose words are kept."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

_LEAD = "Ana Lind and Ivo Harsk ran in the runoff on Sunday.\n\n"


@pytest.mark.parametrize(
    "where",
    [
        "in this Reuters story",
        "in this Vessby Wire story",
        "in our Corvane Courier story",
        "in the Lind story",
        "in the Velmora story",
    ],
)
def test_an_earlier_caption_of_the_page_named_with_a_name_is_left_out(nlp, where):
    text = _LEAD + f"An earlier caption {where} said that Lind won 38 per cent of the vote.\n"
    assert not [q for q in quotes(nlp, text) if "38 per cent" in q.text]


@pytest.mark.parametrize(
    "where", ["in the Corvane Courier story", "in the Belvar Herald story", "in the Reuters story"]
)
def test_an_earlier_caption_in_an_outlets_story_is_kept(nlp, where):
    text = _LEAD + f"An earlier caption {where} said that Lind won 38 per cent of the vote.\n"
    only(quotes(nlp, text), "38 per cent")
