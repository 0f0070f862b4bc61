""" "Continue reading" links and the ad slot's "Advertisement - Continue Reading Below" are not the
article, and the article reads on over them. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement - Continue Reading Below",
        "Article Continues Below",
        "Continue reading",
        "Keep Reading",
        "Read More...",
        "Read more of our articles...",
    ],
)
def test_a_continue_line_inside_the_article_is_removed_and_the_article_kept(line):
    raw = f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"
    ext = clean_text(raw)
    assert line in [r.text for r in ext.removals if r.reason == "teaser"]
    assert ext.text == article()


def test_continue_as_a_word_of_a_sentence_is_kept():
    line = "Continue reading the council's report and you will find the cost on page four."
    raw = f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"
    assert line in clean_text(raw).text
