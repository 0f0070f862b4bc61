"""A closing paragraph that reports an appeal's donations is news; only a call to the reader to
give ("please", "your support", "donate now") is the site's pitch. Text written for these tests."""

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
    ],
)
def test_a_call_to_donate_closing_the_article_goes(pitch):
    ext = clean_text(f"{article()}\n\n{pitch}")
    assert ext.text == article()
