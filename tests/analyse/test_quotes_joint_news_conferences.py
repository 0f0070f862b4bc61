"""A joint news conference printed as a transcript: two leaders answer questions put from the
floor as `Q (Name, Outlet):` (review 21 finding 1). Names invented.

Each leader's turn is a direct quote of the leader, named in full from the title when the
page names them nowhere else; `Q` is never a speaker and a question is no leader's quote;
what a turn reports (`Our engineers say …`) is no new speaker of the whole turn."""

from __future__ import annotations

from quote_support import only

from newsgraph.analyse.quotes import extract_quotes

_TITLE = "Transcript: joint news conference of President Ivar Mokesh and Prime Minister Dalia Feron"
_TEXT = (
    "PRESIDENT MOKESH: Good evening. Our two governments have signed a treaty that ends forty "
    "years of quarrels over the river.\n\n"
    "PRIME MINISTER FERON: Thank you, Mr President. Farmers on both banks will have water in "
    "every season from now on.\n\n"
    'Q (Teo Barran, Kessel Times): President Mokesh, the opposition here calls the treaty "a '
    'gift to the south". Is it?\n\n'
    "PRESIDENT MOKESH: Read it before you judge it. Every clause was negotiated line by line.\n\n"
    "Q (Ria Sondh, Radio Palen): Prime Minister, when will the first canal be dug, and how much "
    "will it cost?\n\n"
    "PRIME MINISTER FERON: Digging starts in March. Our engineers say about 900 million euros, "
    "and we will share it.\n"
)


def _quotes(nlp):
    found = extract_quotes(nlp(_TEXT), title=_TITLE)
    for q in found:
        assert _TEXT[q.start : q.end] == q.text
    return [q for q in found if q.label == "quote"]


def test_each_leaders_turn_is_a_direct_quote_of_the_leader(nlp):
    found = _quotes(nlp)
    for fragment, name in [
        ("ends forty years", "Ivar Mokesh"),
        ("Farmers on both banks", "Dalia Feron"),
        ("Read it before you judge it", "Ivar Mokesh"),
    ]:
        q = only(found, fragment)
        assert (q.kind, q.speaker_name) == ("direct", name)


def test_a_turn_that_reports_others_stays_whole(nlp):
    q = only(_quotes(nlp), "Digging starts in March")
    assert (q.kind, q.speaker_name) == ("direct", "Dalia Feron")
    assert "we will share it" in q.text


def test_the_floor_is_no_speaker_and_a_question_no_leaders_quote(nlp):
    found = _quotes(nlp)
    assert not [q for q in found if q.speaker is not None and q.speaker.text.startswith("Q")]
    assert not [
        q
        for q in found
        if ("gift to the south" in q.text or "first canal" in q.text)
        and q.speaker_name in ("Ivar Mokesh", "Dalia Feron")
    ]


def test_one_answering_label_is_still_a_briefing(nlp):
    text = (
        "Government spokeswoman Lina Marsh briefed reporters in Kessel on Monday.\n\n"
        "MS MARSH: The cabinet approved the budget this morning. It goes to parliament next "
        "week.\n\n"
        "Q (Teo Barran, Kessel Times): Will taxes rise?\n\n"
        "MS MARSH: No. Not one tax will rise this year.\n"
    )
    q = only([q for q in extract_quotes(nlp(text)) if q.label == "quote"], "Not one tax")
    assert (q.kind, q.speaker_name) == ("direct", "Lina Marsh")


def test_a_question_quoting_critics_has_no_floor_speaker(nlp):
    text = (
        "PRESIDENT MOKESH: Good evening. Our two governments have signed a treaty that ends "
        "forty years of quarrels.\n\n"
        'Q (Teo Barran, Kessel Times): President Mokesh, the opposition here calls the wall "a '
        'fence without posts". When will the first tonne actually be stored?\n\n'
        "PRESIDENT MOKESH: Digging starts in March. Every clause was negotiated line by line.\n"
    )
    found = [q for q in extract_quotes(nlp(text), title=_TITLE) if q.label == "quote"]
    assert [q for q in found if "fence" in q.text]
    assert not [q for q in found if q.speaker is not None and q.speaker.text == "Q"]
