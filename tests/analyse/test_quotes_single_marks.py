"""Single quotation marks as an article's quote style (the British style: ‘…’ or '…'), told
apart from the apostrophe that shares their character. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from quote_support import INTRO, only
from quote_support import quotes as _quotes

from newsgraph.analyse.quotemarks import find_quoted_spans


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


def spans(text: str) -> list[str]:
    return [text[qs.start : qs.end] for qs in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("body", "fragment", "speaker"),
    [
        (
            "\u2018We will reopen the port on Monday if the weather holds,\u2019 Ruiz told "
            "reporters.",
            "We will reopen the port on Monday",
            "Ruiz",
        ),
        (
            "'We will reopen the port on Monday if the weather holds,' Ruiz told reporters.",
            "We will reopen the port on Monday",
            "Ruiz",
        ),
        (
            "Ilvane told reporters on Tuesday: \u2018The workers\u2019 union will not accept "
            "this offer.\u2019 The company declined to comment.",
            "The workers\u2019 union will not accept this offer.",
            "Ilvane",
        ),
        (
            "Ilvane said: 'The crews are tired and it's time they were paid.' Nobody replied.",
            "it's time they were paid",
            "Ilvane",
        ),
        (
            "\u2018The Portavel bosses\u2019 offer is an insult to us,\u2019 Ruiz said.",
            "The Portavel bosses\u2019 offer is an insult to us",
            "Ruiz",
        ),
    ],
)
def test_single_marks_give_direct_quotes(nlp, body, fragment, speaker):
    q = only(quotes(nlp, body), fragment)
    assert q.kind == "direct"
    assert q.speaker is not None and speaker in q.speaker.text


def test_mixed_quote_in_single_marks(nlp):
    q = only(quotes(nlp, "Ruiz called the plan \u2018a disgrace\u2019 on Tuesday."), "disgrace")
    assert q.kind == "mixed"
    assert q.speaker is not None and "Ruiz" in q.speaker.text


def test_multi_paragraph_quote_in_single_marks():
    text = (
        "\u2018We will reopen the port on Monday,\u2019 Ruiz said.\n\n"
        "\u2018The boats will sail again and the market will open.\n\n"
        "\u2018Nobody will lose a day\u2019s pay,\u2019 she added."
    )
    found = find_quoted_spans(text)
    assert [text[qs.start : qs.end] for qs in found] == [
        "We will reopen the port on Monday,",
        "The boats will sail again and the market will open.",
        "Nobody will lose a day\u2019s pay,",
    ]
    assert found[1].continues and found[2].continued


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz, who ran the port in the \u201990s, said it\u2019s a matter for the ministers\u2019 "
        "committee now.",
        "Ruiz said the fishermen's cooperative couldn't wait and Ilvane' ship was late.",
        "In the '90s the band played rock 'n' roll in Portavel's harbour bars.",
        "O\u2019Brien\u2019s crew won\u2019t sail; the workers\u2019 union said so.",
    ],
)
def test_apostrophes_make_no_spans(text):
    assert spans(text) == []


def test_possessive_does_not_close_before_a_better_mark():
    text = "Ruiz said: \u2018The Ilvane bosses\u2019 mistakes cost us the season,\u2019 and left."
    assert spans(text) == ["The Ilvane bosses\u2019 mistakes cost us the season,"]


def test_possessive_closes_when_nothing_better_follows():
    assert spans("Ruiz called it \u2018a matter for the ministers\u2019 and left.") == [
        "a matter for the ministers"
    ]


def test_unmatched_single_mark_is_contained():
    text = (
        "Ruiz said \u2018the port is shut and nothing ends this. The workers\u2019 union met.\n\n"
        "Ilvane was not there. \u2018We will sail on Friday,\u2019 he said later."
    )
    assert spans(text) == ["We will sail on Friday,"]


def test_single_marks_inside_double_quotes_open_no_span(nlp):
    text = "\u201cI told them \u2018no\u2019 three times and they still came back,\u201d Ruiz said."
    assert spans(text) == ["I told them \u2018no\u2019 three times and they still came back,"]
    found = quotes(nlp, text)
    assert len(found) == 1 and found[0].kind == "direct"


def test_double_marks_inside_single_quotes_open_no_span():
    text = "\u2018I told them \u201cno\u201d three times,\u2019 Ruiz said. \u2018We are done.\u2019"
    assert spans(text) == ["I told them \u201cno\u201d three times,", "We are done."]


def test_double_quote_article_with_apostrophes_unchanged():
    text = (
        "\"We will reopen the port,\" Ruiz said. The company's chief said it's too early "
        "and the workers' union agreed.\n\n"
        "\u201cNot yet,\u201d she said of the \u201990s rules."
    )
    assert spans(text) == ["We will reopen the port,", "Not yet,"]


def test_double_marks_stay_primary_over_a_scare_quote():
    text = (
        '"We will reopen the port," Ruiz said. "The crews are ready," Ilvane said of the '
        "'new' pier."
    )
    assert spans(text) == ["We will reopen the port,", "The crews are ready,"]


def test_window_after_a_single_quote_stops_at_the_next_mark(nlp):
    found = quotes(
        nlp,
        "Ruiz told reporters \u2018we will not go on Friday\u2019, and \u2018the crews have not "
        "been paid since May,\u2019 Ilvane said.",
    )
    first = only(found, "we will not go on Friday")
    assert first.speaker is not None and "Ruiz" in first.speaker.text
    second = only(found, "the crews have not been paid")
    assert second.speaker is not None and "Ilvane" in second.speaker.text


def test_nested_single_marks_outnumbering_double_ones_stay_nested():
    text = (
        "\u201cHe said \u2018we will sail\u2019 and then \u2018not yet\u2019 and then \u2018maybe"
        "\u2019,\u201d Ruiz said.\n\n"
        "\u201cI told them \u2018no\u2019 again,\u201d she added."
    )
    assert spans(text) == [
        "He said \u2018we will sail\u2019 and then \u2018not yet\u2019 and then \u2018maybe\u2019,",
        "I told them \u2018no\u2019 again,",
    ]


@pytest.mark.parametrize(("open_", "close"), [("\u2018", "\u2019"), ("'", "'")])
def test_mixed_fragment_keeps_its_closing_single_mark(nlp, open_, close):
    body = (
        f"{open_}The river does not stop at the border,{close} Ilvane said, adding that a "
        f"treaty would be ready {open_}by the autumn{close}."
    )
    q = only(quotes(nlp, body), "by the autumn")
    assert q.text.endswith(f"{open_}by the autumn{close}")
