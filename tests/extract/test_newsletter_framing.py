"""A newsletter's greeting under its headline (`Good morning. Here is what you need to know
today.`) and its sign-off (`That's all for today. See you on Monday.`) are its framing, not
news: removed from plain text and from an HTML page; a paragraph that goes on with news after
a greeting stays. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS

from newsgraph.extract.credits import newsletter_frame
from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

GREETING = "Good morning. Here is what you need to know today."
SIGNOFF = "That's all for today. See you on Monday."
HEADLINE = "Morning Brief: pier closes, ferry fares rise"


@pytest.mark.parametrize(
    "para",
    [
        GREETING,
        SIGNOFF,
        "Welcome back to the Harbour Brief.",
        "Thanks for reading. Until Friday.",
        # a welcome naming the letter, an `until` looking ahead to the next one
        "Welcome to this week's digest.",
        "Welcome back to the Harbour Brief, everyone.",
        "Until Friday.",
    ],
)
def test_framing_paragraphs(para):
    assert newsletter_frame(para)


@pytest.mark.parametrize(
    "para",
    [
        "Good morning. The council voted on Monday to close the pier.",
        "Here is what you need to know about the strike before Monday.",
        '"See you in court," the mayor told the contractor.',
        "Welcome to the new normal.",
        "Welcome to the club.",
        "Welcome to Tamberg.",
        "Until yesterday.",
        "Until today.",
    ],
)
def test_news_is_no_framing(para):
    assert not newsletter_frame(para)


@pytest.mark.parametrize(
    ("turn", "close"),
    [("Until yesterday.", "Welcome to the new normal."), ("Until today.", "Welcome to the club.")],
)
def test_an_essays_short_turns_are_no_framing(turn, close):
    """A one-line paragraph turning the story (`Until yesterday.`) or closing an essay
    (`Welcome to the new normal.`) speaks of the news, not of a newsletter."""
    lede = "For forty years nobody in Tamberg knew who was buried under the chapel floor."
    raw = "\n\n".join([HEADLINE, "By Theo Marsh", lede, turn, *PARAS, close]) + "\n"
    text = clean_text(raw).text
    assert turn in text
    assert close in text


def test_plain_text_newsletter_loses_its_framing():
    raw = "\n\n".join([HEADLINE, "By Theo Marsh", GREETING, *PARAS, SIGNOFF]) + "\n"
    text = clean_text(raw).text
    assert GREETING not in text
    assert SIGNOFF not in text
    assert PARAS[0] in text and PARAS[-1] in text


def test_html_newsletter_loses_its_framing():
    paras = "".join(f"<p>{p}</p>" for p in (GREETING, *PARAS, SIGNOFF))
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>By Theo Marsh</p>{paras}</article></body></html>"
    )
    text = extract_html(page).text
    assert GREETING not in text
    assert SIGNOFF not in text
    assert PARAS[0] in text and PARAS[-1] in text
