"""Sixth round of quote rules (extraction recall; errors read on PolNeAR train 601-800 only),
each on a sentence written for it."""

from __future__ import annotations

import pytest
from quote_support import INTRO, only
from quote_support import quotes as _quotes

from newsgraph.analyse.quotemarks import find_quoted_spans


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


@pytest.mark.parametrize(
    "body",
    [
        "As reported by the Portavel Courier, the harbour authority spent twice its budget on "
        "dredging last year.",
        "The harbour authority spent twice its budget on dredging last year, as first reported "
        "by the Portavel Courier.",
    ],
)
def test_as_reported_by_gives_the_agent(nlp, body):
    q = only(quotes(nlp, body), "spent twice its budget")
    assert q.kind == "indirect"
    assert q.speaker.text.endswith("Portavel Courier")
    assert "reported" not in q.text


def test_as_expected_by_is_not_a_report(nlp):
    found = quotes(nlp, "As expected by most traders, the harbour authority spent its budget.")
    assert found == []


def test_asked_about_a_topic_names_no_speaker(nlp):
    found = quotes(nlp, "Asked about the harbour plan, Ruiz said the city would pay for it.")
    topic = only(found, "harbour plan")
    assert topic.cue.text == "Asked" and topic.speaker is None
    said = only(found, "would pay")
    assert said.speaker.text == "Ruiz"


@pytest.mark.parametrize(
    ("body", "content", "cue"),
    [
        ("Ruiz recalled the long nights of the storm.", "long nights of the storm", "recalled"),
        (
            "The minister acknowledged the limits of the new harbour law.",
            "limits of the new harbour law",
            "acknowledged",
        ),
        (
            "The port authority reported a sharp drop in cargo traffic.",
            "sharp drop in cargo traffic",
            "reported",
        ),
    ],
)
def test_statement_verbs_report_their_object(nlp, body, content, cue):
    q = only(quotes(nlp, body), content)
    assert (q.kind, q.cue.text) == ("indirect", cue)


@pytest.mark.parametrize(
    ("body", "target", "speaker"),
    [
        ("Ilvane blasted Ruiz on Tuesday.", "Ruiz", "Ilvane"),
        ("At the meeting, she defended the engineers.", "the engineers", "she"),
        ("Ilvane attacked Ruiz in a radio interview.", "Ruiz", "Ilvane"),
    ],
)
def test_verdict_on_a_short_target(nlp, body, target, speaker):
    q = only(quotes(nlp, body), target)
    assert q.text == target and q.speaker.text == speaker


def test_attack_needs_a_named_speaker(nlp):
    # `attack` is a cue only with a name or a personal pronoun as subject
    assert quotes(nlp, "The storm attacked the pier on Tuesday.") == []


def test_quote_running_over_single_line_breaks():
    # One sentence a line: the quote opened on the first line closes on the third.
    text = 'Hale spoke.\n"We met the skipper.\nTrust me.\nIt is over," Hale said.\nThen he left.'
    (span,) = find_quoted_spans(text)
    assert text[span.start : span.end] == "We met the skipper.\nTrust me.\nIt is over,"


@pytest.mark.parametrize(
    "text",
    [
        # a blank line ends it (the multi-paragraph convention needs the reopening mark)
        'Hale spoke.\n\n"We met the skipper.\n\nIt is over, he said.',
        # the next line reopens a quote: not a run-on
        'Hale spoke.\n"We met the skipper.\n"It is over," Hale said.',
    ],
)
def test_no_run_on_across_a_paragraph_or_a_reopening(text):
    assert all(
        "It is over" not in text[s.start : s.end] or "\n" not in text[s.start : s.end]
        for s in find_quoted_spans(text)
    )


def test_run_on_quote_gets_its_cue(nlp):
    text = INTRO + '"We met the skipper.\nAfter that, it seems clear we lost," Ruiz said.'
    q = only(_quotes(nlp, text), "We met the skipper")
    assert q.kind == "direct" and q.speaker.text == "Ruiz"
    assert q.text.endswith("we lost")


def test_spaced_closing_mark_before_a_capital():
    # Text detokenised with a space before the closing mark: `…, "Hale said.`
    text = 'The crowd sang.\n"Ortiz is very hard to hit, "Hale said.\nThe round was quick.'
    (span,) = find_quoted_spans(text)
    assert text[span.start : span.end] == "Ortiz is very hard to hit, "


def test_run_on_quote_closed_by_a_spaced_mark(nlp):
    text = INTRO + '"She was not just a clerk.\nShe was our mom, "said Lena Ortiz, her sister.'
    q = only(_quotes(nlp, text), "not just a clerk")
    assert q.text.endswith("our mom") and q.speaker.text == "Lena Ortiz"


@pytest.mark.parametrize(
    "body",
    [
        "Ruiz said the council ignored the warnings and attacked the mayor.",
        "Ruiz said Ilvane had ignored the crews and attacked their families.",
    ],
)
def test_attack_joined_to_a_reported_clause(nlp, body):
    # `attack` asks for its subject, whose search asks whether a coordinated verb is a cue:
    # this once recursed without end and failed the whole article.
    q = only(quotes(nlp, body), "ignored")
    assert (q.kind, q.speaker.text, q.cue.text) == ("indirect", "Ruiz", "said")
    assert q.text.endswith("attacked the mayor") or q.text.endswith("their families")
