"""A closing paragraph that reports donations or an appeal to give is news; only the site's own
call to the reader ("please", "your support", "donate now") is its pitch. Text written for these
tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    "last",
    [
        "The hospital appeal has raised 2 million crowns in donations so far, and organisers say the money will help about 400 families this winter.",
        "Donations to the lifeboat fund doubled after the storm, and the charity said it would support crews on three more islands.",
        "The club made a donation of its old boats to the sailing school. Help from volunteers kept the school open all summer.",
        "Mayor Ivo Brandt urged residents to donate to help families who lost everything.",
        "The charity asked companies to donate today rather than wait for the insurers.",
        "“Donate to help the families,” the mayor told residents on Sunday evening.",
    ],
)
def test_a_report_on_donations_closing_the_article_stays(last):
    ext = clean_text(f"{article()}\n\n{last}")
    assert ext.text.endswith(last), [(r.reason, r.text[:60]) for r in ext.removals]


@pytest.mark.parametrize(
    "pitch",
    [
        "Independent harbour news depends on donations. Your support keeps this reporting free for everyone.",
        "Donate today and help us keep a reporter at every council meeting.",
        "Donate to support the harbour forum!",
        "If you value our work, a donation of any size helps, and you can cancel at any time.",
        "Donate now to keep local news free.",
        "Our reporting is free. Donate here to support the newsroom.",
        "If this story helped you, please donate to support our work.",
        # an imperative after a comma, dash or semicolon
        "If you value our reporting, donate today to keep it free.",
        "Every dollar counts – donate today to keep our newsroom going.",
        "Support local journalism; donate today.",
        "Click to donate now and keep us going.",
    ],
)
def test_a_call_to_donate_closing_the_article_goes(pitch):
    ext = clean_text(f"{article()}\n\n{pitch}")
    assert ext.text == article()
