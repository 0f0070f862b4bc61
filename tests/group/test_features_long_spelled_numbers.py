"""A figure spelled over several words is the whole figure a report in digits writes
(`group/features.py`, `_spelled_number`): `twenty one` is `21`, `two hundred and fifty` is
`250`, `a hundred` is `100`, `two hundred thousand` is `200000`. Texts written for these
tests."""

from __future__ import annotations

import pytest

from newsgraph.group.features import article_features


def figures(text: str) -> set[str]:
    return {k for k in article_features(None, text) if k.startswith("d:")}


@pytest.mark.parametrize(
    ("words", "figure"),
    [
        ("Twenty one miners were brought out at Orvel.", "d:21"),
        ("Two hundred and fifty miners were brought out at Orvel.", "d:250"),
        ("Two hundred fifty miners were brought out at Orvel.", "d:250"),
        ("One hundred miners were brought out at Orvel.", "d:100"),
        ("A hundred miners were brought out at Orvel.", "d:100"),
        ("Two hundred thousand people marched in Orvel.", "d:200000"),
        ("Fifteen hundred people marched in Orvel.", "d:1500"),
        ("Two thousand five hundred people marched in Orvel.", "d:2500"),
        ("A hundred and one people marched in Orvel.", "d:101"),
    ],
)
def test_a_number_spelled_over_several_words_is_one_figure(words: str, figure: str) -> None:
    assert figures(words) == {figure}


def test_one_alone_and_a_list_of_numbers_stay_apart() -> None:
    # `one` is no figure alone; `five, six and seven` are three; `and` joins only after a
    # hundred or a thousand
    assert figures("No one saw one of them leave; five, six and seven stayed.") == {
        "d:5",
        "d:6",
        "d:7",
    }
