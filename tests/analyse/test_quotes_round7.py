"""Seventh round of quote rules (extraction recall; errors read on PolNeAR train 601-800 and the
dossier's dev gold only), each on a sentence written for it."""

from __future__ import annotations

import pytest
from quote_support import INTRO, only
from quote_support import quotes as _quotes

from newsgraph.analyse.quotemarks import find_quoted_spans


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


@pytest.mark.parametrize(
    ("body", "meant", "speaker", "cue"),
    [
        (
            '"We cannot wait another winter," Ruiz said on Tuesday, referring to the collapsed '
            "pier.",
            "the collapsed pier",
            "Ruiz",
            "referring",
        ),
        (
            '"The harbour needs steady hands," Ilvane told reporters, referring to Ruiz.',
            "Ruiz",
            "Ilvane",
            "referring",
        ),
        (
            "Ilvane stepped up his attacks on Ruiz during the harbour debate on Monday.",
            "Ruiz",
            "his",
            "attacks",
        ),
        (
            "Ilvane's attacks on the port budget stood out for their personal tone.",
            "the port budget",
            "Ilvane",
            "attacks",
        ),
    ],
)
def test_words_about_a_target_report_it(nlp, body, meant, speaker, cue):
    # `referring to X` after a speech cue; a person's `attacks on X`
    q = only(quotes(nlp, body), meant)
    assert (q.kind, q.text, q.cue.text, q.speaker.text) == ("indirect", meant, cue, speaker)


@pytest.mark.parametrize(
    "body",
    [
        "The figures in the harbour report refer to last year, when the port was closed.",
        "Ruiz walked along the quay for an hour, referring to her notes.",
    ],
)
def test_refer_to_without_a_speech_cue_is_no_quote(nlp, body):
    assert not [
        q for q in quotes(nlp, body) if q.cue is not None and q.cue.text.startswith("refer")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The attacks on the embassy in Portavel killed three guards.",
        "Portavel's attacks on the rebels went on for a week.",
    ],
)
def test_attacks_without_a_person_owning_them_are_no_quote(nlp, body):
    assert quotes(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Asked at a briefing Monday in Portavel about the harbour plan, the mayor said the "
            "city would pay.",
            "the harbour plan",
        ),
        (
            "When asked at the business conference about the merger, she defended her decision.",
            "the merger",
        ),
    ],
)
def test_asked_about_a_topic_the_parse_hangs_further_on(nlp, body, topic):
    q = only(quotes(nlp, body), topic)
    assert q.text == topic
    assert q.cue.text.lower() == "asked"
    assert q.speaker is None


def test_asked_about_stops_at_a_comma(nlp):
    found = quotes(nlp, "Asked on Monday, about an hour after the vote, Ruiz said nothing.")
    assert not [q for q in found if q.cue is not None and q.cue.text == "Asked"]


def test_a_spaced_mark_ending_a_line_opens_a_quote_on_the_next_lines():
    text = (
        'Ruiz moved into the harbour office on Monday.\n"The office is safe right now, "Ilvane '
        'argued after a clerk objected to the rooms. "\nShe is in the office right now.\n'
        'Nothing bad is going to happen. "\nThe clerk said he was "completely blindsided".'
    )
    found = [text[q.start : q.end].strip() for q in find_quoted_spans(text)]
    assert found == [
        "The office is safe right now,",
        "She is in the office right now.\nNothing bad is going to happen.",
        "completely blindsided",
    ]


def test_a_spaced_mark_ending_a_line_with_no_closing_mark_opens_nothing():
    text = 'Ruiz moved into the office. "\nThe clerk objected.\nIlvane left for Portavel.'
    assert find_quoted_spans(text) == []


def test_a_quote_reopened_at_a_line_end_keeps_the_speaker(nlp):
    body = (
        '"The office is safe right now, "Ilvane argued after a clerk objected to the rooms. "\n'
        'She is in the office right now.\nNothing bad is going to happen. "\nThe clerk left.'
    )
    q = only(quotes(nlp, body), "Nothing bad")
    assert q.kind == "direct"
    assert q.speaker.text == "Ilvane"
