"""Figures spelled as words meet the same figures written in digits (`group/features.py`,
`article_features`). Texts written for these tests."""

from __future__ import annotations

from newsgraph.group.features import article_features


def figures(text: str) -> set[str]:
    return {k for k in article_features(None, text) if k.startswith("d:")}


def test_spelled_figures_are_the_digit_features() -> None:
    words = "Seventeen miners were brought out alive, and thirty-two are still missing at Orvel."
    digits = "Rescuers brought 17 miners out alive; 32 are still missing at the Orvel pit."
    assert figures(words) == figures(digits) == {"d:17", "d:32"}


def test_a_capitalised_number_word_is_no_name() -> None:
    feats = article_features(None, "The crew said Forty-four had signed. Forty-four is a record.")
    assert "n:forty-four" not in feats and feats["d:44"] == 2


def test_one_is_no_figure() -> None:
    # `no one`, `one of them`: a pronoun more often than a count.
    assert figures("No one saw one of them leave; two others stayed.") == {"d:2"}


def test_figures_spelled_over_two_words() -> None:
    # `two hundred` is the `200` of a report in digits, not a `2`; `twenty five` is `25`
    words = "Two hundred people fled Orvel and twenty five were hurt; five thousand stayed."
    digits = "About 200 people fled Orvel, 25 were hurt and 5,000 stayed."
    assert figures(words) == figures(digits) == {"d:200", "d:25", "d:5000"}
