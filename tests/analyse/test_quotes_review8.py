"""Review 8 quote fixes, each on a sentence written for it: verbs that are not speech here
(a strike `called by` a union, an envoy `recalled`, `described them as`, `rejected the charge`),
a trailing `, she said` over an inner cue, and the channel of `quoted by X as saying:`."""

from __future__ import annotations

import pytest
from quote_support import quotes as _quotes

INTRO = (
    "Dock union leader Tomas Brenn met Velorian minister Anja Veldt in Portavel on Monday "
    "to discuss the harbour strike.\n\n"
)


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


@pytest.mark.parametrize(
    "body",
    [
        "The walkout was called by the Portavel Dockworkers' Union after talks collapsed.",
        "Ilvane did not recall its ambassador from Doravia, despite the dispute.",
        "Officials described them as tense.",
        "Brenn rejected the charge.",
    ],
)
def test_verbs_that_are_not_speech_here_make_no_quote(nlp, body):
    assert quotes(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue"),
    [
        (
            "Port officials described the talks as tense and slow.",
            "the talks as tense and slow",
            "Port officials",
            "described",
        ),
        (
            "Brenn recalled that the harbour had been closed twice before.",
            "the harbour had been closed twice before",
            "Brenn",
            "recalled",
        ),
    ],
)
def test_the_same_verbs_still_report_words(nlp, body, content, speaker, cue):
    found = quotes(nlp, body)
    q = next(q for q in found if content in q.text)
    assert (q.speaker.text, q.cue.text) == (speaker, cue)


def test_a_trailing_she_said_wins_over_an_inner_cue(nlp):
    body = "The ministry did not threaten to use the army against the strikers, she said."
    (q,) = quotes(nlp, body)
    assert q.text.startswith("The ministry did not threaten")
    assert (q.speaker.text, q.cue.text) == ("she", "said")


def test_quoted_by_an_agency_as_saying_gives_the_channel(nlp):
    body = (
        "Brenn was later quoted by the state news agency KPA as saying: "
        '"We will not go back to work until the wage offer is doubled."'
    )
    (q,) = quotes(nlp, body)
    assert (q.kind, q.speaker_name, q.via) == ("direct", "Tomas Brenn", "the state news agency KPA")


@pytest.mark.parametrize("prep", ["for", "of"])
def test_a_spokesman_for_an_organisation_speaks_for_it(nlp, prep):
    body = (
        '"We will not go back to work until the wage offer is doubled," said a spokesman '
        f"{prep} the Portavel Dockworkers' Union."
    )
    (q,) = quotes(nlp, body)
    assert q.speaker.text == f"a spokesman {prep} the Portavel Dockworkers' Union"
    assert q.speaker_name == "Portavel Dockworkers' Union"


def test_a_spokeswoman_for_a_person_is_not_that_person(nlp):
    body = "A spokeswoman for Anja Veldt said the minister would reply to the union next week."
    (q,) = quotes(nlp, body)
    assert q.speaker_name != "Anja Veldt"


def test_an_open_quote_paragraph_takes_the_attribution_ending_the_next(nlp):
    body = (
        '"We will not go back to work until the wage offer is doubled.\n\n'
        '"The ministry knows what it must do to end this," Brenn told reporters.\n\n'
        '"We will wait as long as it takes."'
    )
    first, second, third = quotes(nlp, body)
    assert first.text.startswith("We will not go back")
    assert [q.speaker_name for q in (first, second, third)] == ["Tomas Brenn"] * 3
    assert (first.cue.text, first.addressee.text) == ("told", "reporters")
    # one quotation over three paragraphs: the reopened paragraph that holds the attribution
    # continues the open one before it (`test_quotes_continues`); the third was closed after
    # the cue, so it is a quote of its own by the same speaker
    assert second.continues == (first.start, first.end, first.kind)
    assert third.continues is None


def test_a_closed_quote_paragraph_does_not_take_the_next_attribution(nlp):
    body = (
        '"We will not go back to work until the wage offer is doubled."\n\n'
        '"The ministry knows what it must do to end this," Brenn told reporters.'
    )
    first, second = quotes(nlp, body)
    assert first.speaker is None and second.speaker_name == "Tomas Brenn"
