"""A parliament's record (Hansard style): each labelled turn is its member's direct words,
whatever the label's length (`Office (Ms Name):`, `Ms Name (Seat) (Party):`); an office label
alone later is the same member; a question turn is the asker's, not reported speech of the
person asked; interjections printed inside a turn are cut out of it."""

import pytest
from quote_support import INTRO, only, quotes

RECORD = (
    "Lowmarsh Assembly\nOfficial Report\n\n"
    "Mr Jonas Brell (Westford) (Labour): To ask the Secretary of State for Health what plans "
    "she has for the clinics in Westford.\n\n"
    "The Secretary of State for Health (Ms Ilse Varro): The clinics will stay open until March "
    "and the staff will be paid in full.\n\n"
    "Mr Brell: The Secretary of State talks about March while patients wait for months. "
    "[Interruption.] Nurses in Westford are leaving every week.\n\n"
    "Mr Brell: Will the Secretary of State at least tell the House whether she met the nurses "
    "before the decision?\n\n"
    "The Secretary of State for Health: I met them on Monday, and I told them what I have told "
    'the House. [Hon. Members: "Resign!"] We will not close a single clinic this winter.\n\n'
    "Ms Dora Quill (Eastmere North) (Green): Does the Secretary of State accept that the "
    "clinics have lost a third of their nurses since May?\n\n"
    "Mr Speaker: Order. We now come to the next item of business.\n"
)


def test_an_office_label_with_a_bracketed_name_is_that_members_turn(nlp):
    q = only(quotes(nlp, RECORD), "clinics will stay open until March")
    assert q.kind == "direct"
    assert q.speaker_name == "Ilse Varro"


def test_a_label_with_seat_and_party_is_the_members_turn(nlp):
    q = only(quotes(nlp, RECORD), "lost a third of their nurses")
    assert q.kind == "direct"
    assert q.speaker_name == "Dora Quill"


def test_the_office_label_alone_later_is_the_same_member(nlp):
    q = only(quotes(nlp, RECORD), "I met them on Monday")
    assert q.speaker_name == "Ilse Varro"
    assert q.kind == "direct"


def test_a_question_turn_is_the_askers_direct_quote(nlp):
    found = quotes(nlp, RECORD)
    q = only(found, "whether she met the nurses")
    assert q.kind == "direct"
    assert q.speaker_name == "Jonas Brell"
    assert q.text.startswith("Will the Secretary of State")


def test_interjections_are_cut_out_of_the_turn(nlp):
    found = quotes(nlp, RECORD)
    assert not any("[" in q.text or "Resign" in q.text for q in found)
    before = only(found, "talks about March")
    after = only(found, "Nurses in Westford are leaving")
    assert before.speaker_name == after.speaker_name == "Jonas Brell"
    assert before.kind == after.kind == "direct"
    assert only(found, "single clinic this winter").speaker_name == "Ilse Varro"


def test_parenthesised_interjections_are_cut_out_too(nlp):
    text = RECORD.replace("[Interruption.]", "(Laughter)")
    found = quotes(nlp, text)
    assert not any("Laughter" in q.text for q in found)
    assert only(found, "Nurses in Westford").speaker_name == "Jonas Brell"


HEADLINES = (
    "Morning digest\n\n"
    "Ruiz: Port budget plan sinking as costs rise\n\n"
    "Ilvane: Harbour deal will go ahead despite the delay\n\n"
    "Ruiz: Council to vote on ferry fares next week\n"
)
#: Three labelled lines that end sentences, but no label gives a member's title.
MATCH_REPORT = (
    "Eastfold beat Norwick in the cup\n\n"
    "Eastfold (3): Tomas Brekke scored twice and Ivo Lund added a third.\n\n"
    "Norwick (1): Pavel Sand scored a late penalty after the break.\n\n"
    "Eastfold (3): The home side now meet Westmere in the final.\n"
)


@pytest.mark.parametrize(
    ("text", "lines"), [(HEADLINES, 3), (MATCH_REPORT, 0)], ids=["headlines", "match_report"]
)
def test_a_list_of_headlines_or_team_lines_is_no_debate(nlp, text, lines):
    """Headlines end no sentence; a match report's team lines (`Eastfold (3): …`) name no
    member: neither gives anyone's direct quote (a headline is still read as its label's; a
    team and its score label no speaker at all)."""
    found = quotes(nlp, text)
    assert len(found) == lines, [q.text for q in found]
    assert all(q.kind != "direct" for q in found)


def test_a_note_in_brackets_after_a_common_noun_is_no_speaker(nlp):
    """`Pros (short term): …`: a lower-case bracket is a note, not a member's seat or name."""
    text = (
        "Should you fix your rate now?\n\n"
        "Pros (short term): Prices are low and rates are falling this month.\n\n"
        "Cons (long term): Rates may rise again when the bank meets next year.\n\n"
        "Verdict (for most buyers): Wait until the spring figures are out.\n"
    )
    assert not [q.text for q in quotes(nlp, text) if q.speaker is not None]


def test_a_members_own_bracketed_words_stay_in_the_turn(nlp):
    """Only the record's stage words in round brackets are cut (`(Laughter)`); `We (Greens)`
    and `(and I mean this)` are the member's."""
    text = RECORD.replace(
        "Does the Secretary of State accept",
        "We (Greens) voted against the cuts. Does the Secretary of State (and I mean this) accept",
    )
    found = quotes(nlp, text)
    q = only(found, "voted against the cuts")
    assert q.text.startswith("We (Greens) voted")
    assert "(and I mean this)" in q.text
    assert q.speaker_name == "Dora Quill"


def test_a_bracketed_full_name_without_honorific_is_the_speaker(nlp):
    text = (
        INTRO + "Referee (Anthony Taylor): We sent off two players because the tackles were "
        "dangerous.\n"
    )
    q = only(quotes(nlp, text), "sent off two players")
    assert q.speaker_name == "Anthony Taylor"
