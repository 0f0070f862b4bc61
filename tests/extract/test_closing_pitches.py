"""The site's pitch to its readers after the article (newsletter, follow and donation appeals, the
story's own production credits) is not the article; a company's closing "contact us" and a
paragraph that only mentions newsletters or donations are. Text written for these tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text


def _boilerplate(ext):
    return [r.text for r in ext.removals if r.reason == "boilerplate"]


@pytest.mark.parametrize(
    "pitch",
    [
        "Sign up today and get every harbour story in your inbox before breakfast.",
        "Be sure to follow me on social media to keep up with the latest from the waterfront.",
        "Stay in the loop! Get our weekly updates sent to your email or RSS reader.",
        "Our newsroom is funded by readers like you. If this story mattered to you, please consider pitching in what you can.",
        "We rely on donations from our readers. Please consider supporting the project this winter.",
        "This story about the sea wall was produced by Harbour Notes, a nonprofit newsroom covering the coast.",
        "Contact staff writer Lena Holt at 555-0100 or lena@harbournotes.example.",
    ],
)
def test_a_pitch_after_the_article_is_boilerplate(pitch):
    raw = f"{article()}\n\n{pitch}"
    ext = clean_text(raw)
    assert pitch in _boilerplate(ext)
    assert ext.text == article()


def test_the_heading_over_a_pitch_goes_with_it():
    raw = f"{article()}\n\nGET THE NEWSLETTER\n\nStay up to date on the harbour, the ferries and the council with our weekly letter."
    ext = clean_text(raw)
    assert ext.text == article()
    assert "GET THE NEWSLETTER" in _boilerplate(ext)


@pytest.mark.parametrize(
    "last",
    [
        "Ready to repair your own sea wall? Contact us today and book a free consultation with our engineers.",
        "The council said donations from residents had paid for a third of the repairs, and it thanked them for their support.",
    ],
)
def test_closing_paragraphs_that_are_no_pitch_are_kept(last):
    ext = clean_text(f"{article()}\n\n{last}")
    assert ext.text.endswith(last)


def test_a_pitch_in_the_middle_of_a_long_article_is_left_to_the_line_model():
    pitch = "Follow us on the harbour app for the council's votes as they happen."
    paras = [
        f"{p} It was the {n}th point raised." for n, p in enumerate(article().split("\n\n") * 3)
    ]
    raw = "\n\n".join(paras[:2] + [pitch] + paras[2:])
    ext = clean_text(raw)
    assert pitch not in _boilerplate(ext)
