"""Quote and speaker defects found by the session-7 product review, each on text written for
its test (see docs/quotes.md, "Review fixes")."""

from __future__ import annotations

from quote_support import only, quotes

# -- a pronoun after a description subject ----------------------------------------------------


def test_she_after_a_description_subject_is_the_person_with_that_title(nlp):
    text = (
        "President Tomas Brenn and Chancellor Lena Ilvane of Norvik met on Monday in Portavel "
        "to discuss the damaged harbour.\n\n"
        "The chancellor, who chaired the meeting, sounded hopeful. "
        '"The harbour will be open again before the summer," she said.'
    )
    q = only(quotes(nlp, text), "open again")
    assert q.speaker.text == "she"
    assert q.speaker_name == "Lena Ilvane"


def test_she_after_a_named_subject_is_unchanged(nlp):
    text = (
        "President Tomas Brenn and Chancellor Lena Ilvane of Norvik met on Monday in Portavel "
        "to discuss the damaged harbour.\n\n"
        "Ilvane, who chaired the meeting, sounded hopeful. "
        '"The harbour will be open again before the summer," she said.'
    )
    assert only(quotes(nlp, text), "open again").speaker_name == "Lena Ilvane"


# -- descriptions that denote an office -------------------------------------------------------

_SUMMIT = (
    "PORTAVEL, March 6 - President Teodor Ilvane held talks with Norvik Prime Minister Ana "
    "Ruiz on Thursday in Portavel.\n\n"
)


def test_the_head_of_state_is_the_one_president(nlp):
    text = _SUMMIT + '"We came to this meeting with an open hand," the head of state said.'
    q = only(quotes(nlp, text), "open hand")
    assert q.speaker.text == "the head of state"
    assert q.speaker_name == "Teodor Ilvane"


def test_the_head_of_government_is_the_one_prime_minister(nlp):
    text = _SUMMIT + '"We expect the same in return," the head of government said after the talks.'
    assert only(quotes(nlp, text), "same in return").speaker_name == "Ana Ruiz"


def test_the_head_of_state_with_two_presidents_names_no_one(nlp):
    text = (
        "PORTAVEL, March 6 - President Teodor Ilvane held talks with Norvik President Ana "
        "Ruiz on Thursday in Portavel.\n\n"
        '"We came to this meeting with an open hand," the head of state said.'
    )
    assert only(quotes(nlp, text), "open hand").speaker_name is None


def test_the_countrys_leader_is_the_one_head_of_state_or_government(nlp):
    text = (
        "PORTAVEL, March 6 - President Teodor Ilvane opened the harbour fair on Thursday.\n\n"
        '"We came to this fair with an open hand," the country\'s leader said afterwards.'
    )
    assert only(quotes(nlp, text), "open hand").speaker_name == "Teodor Ilvane"
    # a president and a prime minister: `the leader` may be either
    two = text.replace(
        "President Teodor Ilvane", "President Teodor Ilvane and Prime Minister Ana Ruiz"
    )
    assert only(quotes(nlp, two), "open hand").speaker_name is None


def test_a_qualified_office_description_is_not_resolved_by_the_table(nlp):
    text = _SUMMIT + '"Nothing has been decided yet," the former head of state said on Friday.'
    assert only(quotes(nlp, text), "decided").speaker_name is None


# -- `what X called "Y"`: the speaker outside the quote -------------------------------------


def test_what_x_called_y_quotes_y_for_x(nlp):
    text = (
        "The Norvik navy escorted a Portavel frigate out of its waters on Monday after what "
        'the Ministry of Defence called a "deliberate incursion".'
    )
    q = only(quotes(nlp, text), "incursion")
    assert q.kind == "mixed"
    assert "called" not in q.text and "Ministry" not in q.text
    assert q.text.endswith('"deliberate incursion"')
    assert q.speaker.text == "the Ministry of Defence"
    assert q.cue.text == "called"


def test_what_x_called_a_whole_quoted_phrase_is_xs(nlp):
    text = (
        'In 2019, under what Tomas Brenn called "the old harbour plan," the port of Portavel '
        "charged a fee of ten thousand crowns for every berth."
    )
    q = only(quotes(nlp, text), "old harbour plan")
    assert "called" not in q.text
    assert q.speaker_name == "Tomas Brenn"


def test_talks_that_officials_described_as_y(nlp):
    text = (
        "Norvik President Tomas Brenn and Portavel President Ana Ruiz signed the agreement on "
        "Friday, after a morning of talks that officials described as businesslike."
    )
    q = only(quotes(nlp, text), "businesslike")
    assert q.text == "businesslike"
    assert q.speaker.text == "officials"
