"""A joint news conference's leftovers (review 21 finding 1): quoted words inside a reporter's
`Q (Name, Outlet):` question are the words of whoever the question names as saying them, or
no quote; never an unattributed one, nor the floor's. A capitals label with a title
(`PRESIDENT HOPE:`) stands for the person the page writes with that title and surname
(`President Mara Hope`), even where the given name is an English word; the turn's speaker,
not its label, relays what a turn reports, and the speaker's own side (`Our engineers say`)
speaks in the turn. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only

from newsgraph.analyse.quotes import extract_quotes

_TITLE = "Joint news conference of President Mara Hope and Prime Minister Dana Young"
_TEXT = (
    "PRESIDENT HOPE: Good morning. We have agreed to open the border crossings next month.\n\n"
    "PRIME MINISTER YOUNG: Thank you, Madam President. The trade corridor will be ready by "
    "May.\n\n"
    'Q (Lars Pell, Harl Gazette): President Hope, the opposition here calls the corridor "a '
    'road to nowhere". Is it?\n\n'
    "PRESIDENT HOPE: Read the agreement before you judge it. Every clause was negotiated.\n\n"
    'Q (Ona Brik, Radio Selm): Prime Minister, you promised the tolls would be "gone by '
    'spring". When will they go?\n\n'
    "PRIME MINISTER YOUNG: In June. Our engineers say about 900 million crowns, and we will "
    "share it.\n"
)


def _quotes(nlp, text=_TEXT, title=_TITLE):
    found = [q for q in extract_quotes(nlp(text), title=title) if q.label == "quote"]
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("open the border crossings", "Mara Hope"),
        ("The trade corridor will be ready", "Dana Young"),
        ("Read the agreement", "Mara Hope"),
        ("In June", "Dana Young"),
    ],
)
def test_a_titled_label_is_the_person_the_title_names(nlp, fragment, name):
    q = only(_quotes(nlp), fragment)
    assert (q.kind, q.speaker_name) == ("direct", name)


def test_a_titled_label_takes_the_body_s_full_name_too(nlp):
    text = "President Mara Hope spoke in Selm on Friday.\n\n" + _TEXT
    q = only(_quotes(nlp, text, "Leaders take questions"), "Read the agreement")
    assert q.speaker_name == "Mara Hope"


def test_two_people_of_one_surname_leave_the_label_alone(nlp):
    title = "President Mara Hope and President Ana Hope meet in Selm"
    q = only(_quotes(nlp, title=title), "Read the agreement")
    assert q.speaker_name not in ("Mara Hope", "Ana Hope")


def test_words_a_question_quotes_are_its_named_source_s(nlp):
    hits = [q for q in _quotes(nlp) if "road to nowhere" in q.text]
    assert hits
    for q in hits:
        assert q.speaker is not None and q.speaker.text == "the opposition"
        assert q.speaker_name is None  # never the one asked (`President Hope`)


def test_words_a_question_gives_no_one_are_no_quote(nlp):
    found = _quotes(nlp)
    assert not [q for q in found if "gone by spring" in q.text]
    assert not [
        q for q in found if q.start < _TEXT.index("PRESIDENT HOPE: Read") and q.speaker is None
    ]


def test_a_speakers_own_side_speaks_in_the_turn(nlp):
    found = _quotes(nlp)
    turn = only(found, "Our engineers say")
    assert turn.speaker_name == "Dana Young"
    assert not [q for q in found if q.text.startswith("about 900 million")]


def test_a_named_third_party_in_a_turn_is_relayed_by_the_person_not_the_label(nlp):
    text = _TEXT + (
        "\nPRESIDENT HOPE: Minister Ivo Brandt told me on Friday that the bridge was safe.\n"
    )
    inner = [q for q in _quotes(nlp, text) if q.text == "the bridge was safe"]
    assert len(inner) == 1
    assert inner[0].via == "Mara Hope"


def test_a_question_the_parse_runs_into_its_label_keeps_its_named_source(nlp):
    # the parse makes `Q` the subject of `calls` and the rest of the question its appositions
    text = (
        "PRESIDENT MOKESH: Good evening. Our governments have signed a treaty on the river.\n\n"
        "Q (Teo Barran, Kessel Times): President Mokesh, the opposition here calls the reserve "
        '"a barn without a roof". Is it?\n\n'
        "PRESIDENT MOKESH: Read it before you judge it. Every clause was negotiated.\n"
    )
    title = "Transcript: news conference of President Ivar Mokesh"
    hits = [q for q in _quotes(nlp, text, title) if "barn without a roof" in q.text]
    assert hits
    for q in hits:
        assert q.speaker is not None and q.speaker.text == "the opposition"
        assert q.speaker_name is None
