"""Quote and speaker defects found by the product reviews (sessions 7 and 9), each on text
written for its test (see docs/quotes.md, "Review fixes")."""

from __future__ import annotations

import pytest
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


# -- review 9: a description named only after it ------------------------------------------------

_LEDE = (
    "VALDOR, May 4 (WNA) - The two parties agreed on Tuesday to resume talks next week, the "
    "Ostrian mediator said.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Marta Kovin, the mediator, announced the deal at a news conference in Valdor.",
        "Mediator Marta Kovin announced the deal at a news conference in Valdor.",
        "The talks lasted two days. Marta Kovin, the mediator, announced the deal on Tuesday.",
    ],
)
def test_a_description_in_a_lede_is_the_person_named_with_that_noun_just_after(nlp, after):
    q = only(quotes(nlp, _LEDE + after), "resume talks")
    assert q.speaker.text == "the Ostrian mediator"
    assert q.speaker_name == "Marta Kovin"


@pytest.mark.parametrize(
    "after",
    [
        # two people introduced with the noun: no guess
        "Marta Kovin, the mediator for the north, and Pavo Lind, a mediator from Ostria, "
        "announced the deal.",
        # a person named with another noun only
        "Foreign Minister Marta Kovin announced the deal at a news conference.",
        # named too far after
        "The talks lasted two days. Both sides sent ten delegates. The deal covers the port. "
        "Marta Kovin, the mediator, announced it.",
    ],
)
def test_a_description_named_after_takes_no_name_unless_one_person_fits_near(nlp, after):
    q = only(quotes(nlp, _LEDE + after), "resume talks")
    assert q.speaker_name is None


# -- review 9: the article speaking of itself ----------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this article said the flood wall was three metres "
        "high. It is four metres high.",
        "Correction: this story said the dam was built in 1960. It was built in 1966.",
        "A previous version of this story stated that the mayor of Valdor had resigned.",
        "This report said earlier that three people had died in the flood.",
    ],
)
def test_a_correction_notice_is_no_quote(nlp, notice):
    text = "The river Oster rose by two metres overnight, flooding the lower town.\n\n" + notice
    assert quotes(nlp, text) == []


def test_quotes_and_correction_notices_share_one_vocabulary_for_the_text_itself(nlp):
    """The nouns by which an article speaks of itself live in `analyse.selfref`, used by the
    quotes stage and by `compare.notices` alike; what each finds is unchanged."""
    from newsgraph.analyse import quotes as quotes_module
    from newsgraph.analyse.selfref import TEXT_PARTS, WHOLE_TEXT
    from newsgraph.compare.notices import about_the_text, corrections

    self_nouns = frozenset("article story report piece post version item column page".split())
    earlier = frozenset("earlier previous prior original older first".split())
    assert (self_nouns, earlier) == (quotes_module._SELF_NOUNS, quotes_module._EARLIER)
    lede = "The river Oster rose by two metres overnight, flooding the lower town.\n\n"
    for noun in WHOLE_TEXT:
        notice = f"Correction: this {noun} said the dam was built in 1960. It was built in 1966."
        assert quotes(nlp, lede + notice) == [], noun
        assert [n["kind"] for n in corrections(lede + notice)] == ["correction"], noun
    for noun in WHOLE_TEXT + TEXT_PARTS:
        assert about_the_text(f"This {noun} has been updated to add the mayor's reply."), noun
        [notice] = corrections(f"{lede}An earlier version of this {noun} misnamed the mayor.")
        assert notice["kind"] == "correction", noun
    for words in ("An older version of this story", "The first version of this article"):
        assert quotes(nlp, f"{lede}{words} said the dam was built in 1960.") == [], words
    assert not about_the_text("This dam has been updated to add a spillway.")


def test_a_report_by_someone_still_speaks_for_them(nlp):
    text = (
        "The river Oster rose by two metres overnight.\n\n"
        "A report by the Valdor Water Board said the flood wall was too low."
    )
    assert only(quotes(nlp, text), "too low").speaker_name == "Valdor Water Board"


# -- review 10: results are no speaker, a dateline is no quoted word ---------------------------

_LEAD = (
    "BRENNA FALLS \u2014 Mayor Tomas Vell took a narrow lead in the Ostrian mayoral race on "
    "Monday, according to {}, as his rival accused officials of fraud."
)


@pytest.mark.parametrize(
    "source", ["preliminary results", "official figures", "early estimates", "a partial count"]
)
def test_according_to_figures_is_a_claim_with_no_speaker(nlp, source):
    q = only(quotes(nlp, _LEAD.format(source)), "narrow lead")
    assert q.speaker is None
    assert q.text.startswith("Mayor Tomas Vell"), q.text


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("preliminary results released by the Valdor Election Board", "Valdor Election Board"),
        ("a tally by local officials", "local officials"),
    ],
)
def test_according_to_figures_by_someone_is_theirs(nlp, source, issuer):
    q = only(quotes(nlp, _LEAD.format(source)), "narrow lead")
    assert q.speaker is not None and issuer in q.speaker.text
    assert q.text.startswith("Mayor Tomas Vell"), q.text


def test_according_to_a_person_still_speaks_for_them(nlp):
    text = "The ferry will resume on Monday, according to Harbour master Ana Ruiz."
    assert only(quotes(nlp, text), "ferry will resume").speaker_name == "Ana Ruiz"


def test_according_to_interviews_with_someone_is_theirs(nlp):
    text = (
        "The pier was closed for weeks before the storm, according to interviews with "
        "harbour officials."
    )
    q = only(quotes(nlp, text), "pier was closed")
    assert q.speaker is not None and "officials" in q.speaker.text


def test_an_indirect_quote_never_takes_the_dateline(nlp):
    text = (
        "BRENNA FALLS \u2014 The ferry service will resume on Monday, according to Harbour "
        "master Ana Ruiz."
    )
    q = only(quotes(nlp, text), "ferry service")
    assert q.text.startswith("The ferry"), q.text
