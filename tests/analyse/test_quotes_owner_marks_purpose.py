"""Session 13 quote fixes, on text written for them: a name's own period before an owner mark
(`Tomas Brenn Sr.'s lawyer`) does not end the speaker's words; an infinitive of purpose
(`came to talk about …`) is what someone meant to speak about, not reported speech."""

from __future__ import annotations

import pytest
from quote_support import quotes

# -- a suffix's period inside the speaker's words ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The ruling was unfair," said Tomas Brenn Sr.\'s lawyer.',
        'Tomas Brenn Sr.\'s lawyer said: "The ruling was unfair."',
        '"The ruling was unfair," said Edvin Marl Jr.\'s lawyer.',
    ],
)
def test_an_owner_after_a_suffix_period_keeps_the_owned_speaker(nlp, text):
    (q,) = quotes(nlp, text)
    assert q.speaker is not None
    assert q.speaker.text.endswith("'s lawyer")
    assert q.speaker_name is None  # the lawyer is not named; the owner is not who spoke


def test_a_sentence_end_after_a_suffix_still_ends_the_window(nlp):
    found = quotes(
        nlp, 'The tax is fair, said Tomas Brenn Sr. "We will pay it gladly," Ilsa Varn said.'
    )
    assert {q.speaker_name for q in found if "gladly" in q.text} == {"Ilsa Varn"}


# -- infinitives of purpose -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister came to talk about the new fuel tax.",
        "The senator held a meeting in Portavel to talk about the fuel tax.",
        "Mayor Ana Ruiz travelled to Portavel to speak about the harbour.",
    ],
)
def test_an_infinitive_of_purpose_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He went on to say that the tax was fair.",
        "The minister came forward to say that the tax was unfair.",
        "The minister talked about the new fuel tax.",
    ],
)
def test_reported_content_or_a_plain_cue_stays_a_quote(nlp, text):
    assert len(quotes(nlp, text)) == 1


# -- a place after `from` in a clause is no label --------------------------------------------


def test_a_place_after_a_clauses_from_is_no_speaker_label(nlp):
    found = quotes(
        nlp,
        "Tomas Vey returned to the subject at last week's rally, where he wrongly suggested "
        'Ana Ruiz was from Norland: "The judge, who happens to be, we believe, Norlandic, is '
        'fine. I think that is fine."',
    )
    q = next(q for q in found if q.text.startswith("The judge"))
    assert q.speaker is not None and q.speaker.text == "he"


def test_more_from_a_name_still_labels_the_speaker(nlp):
    found = quotes(nlp, 'Poll numbers are in.\n\nMore from Jones: "The race is close and closer."')
    assert [q.speaker.text for q in found if q.speaker] == ["Jones"]
