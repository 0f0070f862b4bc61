"""A quotation standing alone in its paragraph, credited by the next paragraph's opening
(`Those words, posted … by X, …`): X speaks (names invented)."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

UNSAFE = '"Nobody should be sent into a seam that the engineers called unsafe in March."\n\n'


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        pytest.param(
            UNSAFE + "Those words, posted on Monday morning by the secretary of the Selvik "
            "Dockers' Union, Tomas Okafor, were shared thousands of times within an hour.",
            "Nobody should be sent",
            "Tomas Okafor",
            id="those_words_posted_by_a_named_secretary",
        ),
        pytest.param(
            "Harbour master Ana Ruiz opened the quay on Monday.\n\n"
            '"We will not close this port again, whatever the weather."\n\n'
            "The remarks, made at the ceremony by the harbour master, drew loud applause.",
            "whatever the weather",
            "Ana Ruiz",
            id="the_remarks_made_by_a_described_person",
        ),
        pytest.param(
            UNSAFE + "Those words were shared thousands of times within an hour.",
            "Nobody should be sent",
            None,
            id="words_credited_to_no_one_stay_unattributed",
        ),
        pytest.param(
            UNSAFE + "The post, viewed by more than a million people, was deleted on Tuesday.",
            "Nobody should be sent",
            None,
            id="its_readers_are_no_authors",
        ),
        pytest.param(
            UNSAFE + "The post, deleted by Tuesday evening, had been shared widely.",
            "Nobody should be sent",
            None,
            id="a_deadline_is_no_author",
        ),
        pytest.param(
            UNSAFE + "The remarks, criticised by the opposition leader Ana Ruiz, spread fast.",
            "Nobody should be sent",
            None,
            id="a_critic_is_no_author",
        ),
        pytest.param(
            UNSAFE + "Those words, spoken at the pithead by Governor Lena Voss, met silence.",
            "Nobody should be sent",
            "Lena Voss",
            id="those_words_spoken_by_a_governor",
        ),
        pytest.param(
            UNSAFE + "His comments, made by telephone from Geneva, drew applause.",
            "Nobody should be sent",
            None,
            id="a_means_is_no_author",
        ),
        pytest.param(
            UNSAFE + "The statement, issued by email on Monday, was brief.",
            "Nobody should be sent",
            None,
            id="email_is_no_author",
        ),
    ],
)
def test_words_credited_after(nlp, text: str, fragment: str, name: str | None) -> None:
    q = only(quotes(nlp, text), fragment)
    assert q.speaker_name == name and (q.speaker is None) == (name is None)
