"""A line that is only a place and a date (a release's dateline on a line of its own, a page's
date line) is no claim: it tells when and where the text was written, not news."""

from __future__ import annotations

from claims_support import claim_texts


def test_a_dateline_on_a_line_of_its_own_is_no_claim():
    text = (
        "KORVALE, 3 March 2031.\n\n"
        "The Harbour Authority of Korvale today opened the new northern quay to shipping."
    )
    assert claim_texts(text) == [
        "The Harbour Authority of Korvale today opened the new northern quay to shipping."
    ]


def test_a_date_line_with_a_clock_time_is_no_claim():
    text = (
        "Wednesday 5 March 2031, 21:40\n\n"
        "Dock workers in Korvale voted to end their strike after nine days."
    )
    assert claim_texts(text) == [
        "Dock workers in Korvale voted to end their strike after nine days."
    ]


def test_a_sentence_that_tells_news_on_a_date_stays_a_claim():
    text = "Police arrested 40 people in Korvale on 3 March 2031."
    assert claim_texts(text) == [text]


def test_a_labelled_date_line_is_no_claim():
    """`Next report: 24 November 2031.` closing a bulletin is its schedule: no claim that
    another report's `As of 22 November 2031, …` line could share."""
    text = (
        "The ministry reports 80 new measles cases in Darun province.\n\n"
        "Next report: 24 November 2031."
    )
    assert claim_texts(text) == ["The ministry reports 80 new measles cases in Darun province."]


def test_a_closing_day_told_on_a_line_of_its_own_stays_a_claim():
    """`Until Thursday 27 November 2031.` under an exhibition's lines is its closing day: news
    a reader wants, no stamp of the page."""
    text = (
        "The Korvale Gallery shows forty prints by the engraver Ana Vell.\n\n"
        "Until Thursday 27 November 2031."
    )
    assert claim_texts(text)[-1] == "Until Thursday 27 November 2031."
