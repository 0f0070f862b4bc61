"""A closing paragraph reporting that someone urged others to donate is news; only the site's own
call to the reader ("Donate now", "please donate to support us") is its pitch. Text written for
these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    "last",
    [
        "Mayor Ivo Brandt urged residents to donate to help families who lost everything.",
        "The charity asked companies to donate today rather than wait for the insurers.",
    ],
)
def test_a_report_of_an_appeal_closing_the_article_stays(last):
    ext = clean_text(f"{article()}\n\n{last}")
    assert ext.text.endswith(last), [(r.reason, r.text[:60]) for r in ext.removals]


@pytest.mark.parametrize(
    "pitch",
    [
        "Donate now to keep local news free.",
        "Our reporting is free. Donate here to support the newsroom.",
        "If this story helped you, please donate to support our work.",
    ],
)
def test_the_sites_call_to_donate_still_goes(pitch):
    assert clean_text(f"{article()}\n\n{pitch}").text == article()


@pytest.mark.parametrize(
    "pitch",
    [
        "If you value our reporting, donate today to keep it free.",
        "Every dollar counts – donate today to keep our newsroom going.",
        "Support local journalism; donate today.",
        "Click to donate now and keep us going.",
    ],
)
def test_an_imperative_after_a_comma_dash_or_semicolon_is_the_pitch(pitch):
    assert clean_text(f"{article()}\n\n{pitch}").text == article()


def test_a_quoted_call_to_donate_in_the_story_stays():
    last = "“Donate to help the families,” the mayor told residents on Sunday evening."
    assert clean_text(f"{article()}\n\n{last}").text.endswith(last)
