"""`continues`: the later part of a quotation split by its cue points at the earlier part.

Text written for these tests."""

from __future__ import annotations

from quote_support import INTRO, quotes

from newsgraph.records import Quote


def attributed(nlp, body: str) -> tuple[str, list[Quote]]:
    text = INTRO + body
    return text, quotes(nlp, text)


def key(q: Quote) -> tuple[int, int, str]:
    return (q.start, q.end, q.kind)


def test_split_by_the_cue_across_a_sentence_end(nlp):
    _, (a, b) = attributed(
        nlp, '"We will rebuild the harbour," Ruiz said. "The cranes arrive in March."'
    )
    assert a.continues is None
    assert b.continues == key(a)
    assert (b.speaker_name, b.cue.text) == ("Ana Ruiz", "said")


def test_split_by_the_cue_inside_one_sentence(nlp):
    _, (a, b) = attributed(
        nlp, '"We will rebuild the harbour," Ruiz said, "and the cranes arrive in March."'
    )
    assert a.text == "We will rebuild the harbour"
    assert b.text.startswith("and the cranes") and b.continues == key(a)


def test_a_paragraph_that_reopens_the_quote_continues_the_chain(nlp):
    _, (a, b, c) = attributed(
        nlp,
        '"We will rebuild the harbour," Ruiz said. "The cranes arrive in March.\n\n'
        '"Nobody will lose a job over this winter."',
    )
    assert (a.continues, b.continues, c.continues) == (None, key(a), key(b))
    assert c.speaker_name == "Ana Ruiz"


def test_a_new_paragraph_closed_before_is_a_quote_of_its_own(nlp):
    _, (a, b) = attributed(
        nlp, '"We will rebuild the harbour," Ruiz said.\n\n"The cranes arrive in March."'
    )
    assert b.speaker_name == "Ana Ruiz" and b.continues is None


def test_a_reopened_paragraph_with_another_speakers_cue_starts_its_own(nlp):
    _, found = attributed(
        nlp,
        '"We will rebuild the harbour," Ruiz said. "The money is there.\n\n'
        '"The cranes arrive in March," Ilvane said.',
    )
    assert all(q.continues is None for q in found if "cranes" in q.text)


# A quotation over several paragraphs: each paragraph but the last is left open and the next
# reopens it; the attribution may stand in any of them (invented text, curly marks as in
# the wire copy that showed the defect).
_GATE = "Dock workers gathered at the gate of Marrow Bay on Friday.\n\n"
_LEADER = "Ostra union leader Pell Varnik addressed the dock workers at Marrow Bay on Friday.\n\n"


def _chain(found: list[Quote]) -> list[tuple[int, int, str] | None]:
    return [q.continues for q in found]


def test_multi_paragraph_quote_attributed_in_its_last_paragraph(nlp):
    text = (
        _GATE + "\u201cWe will not move. We have stood here for nine days.\n\n"
        "\u201cThe port stays shut until the offer changes,\u201d said Pell Varnik, "
        "the union\u2019s leader."
    )
    a, b = quotes(nlp, text)
    assert _chain([a, b]) == [None, key(a)]
    assert a.speaker_name == b.speaker_name == "Pell Varnik"


def test_multi_paragraph_quote_over_three_paragraphs_attributed_in_the_last(nlp):
    text = (
        _GATE + "\u201cWe will not move. We have stood here for nine days.\n\n"
        "\u201cWe can stand here for ninety.\n\n"
        "\u201cThe port stays shut until the offer changes,\u201d said Pell Varnik, "
        "the union\u2019s leader."
    )
    a, b, c = quotes(nlp, text)
    assert _chain([a, b, c]) == [None, key(a), key(b)]
    assert {q.speaker_name for q in (a, b, c)} == {"Pell Varnik"}


def test_multi_paragraph_quote_attributed_in_a_middle_paragraph(nlp):
    text = (
        _GATE + "\u201cWe will not move. We have stood here for nine days.\n\n"
        "\u201cThe port stays shut until the offer changes,\u201d Varnik told reporters. "
        "\u201cNobody goes back to work.\n\n"
        "\u201cNot one crane will turn.\u201d"
    )
    a, b, c, d = quotes(nlp, text)
    assert _chain([a, b, c, d]) == [None, key(a), key(b), key(c)]
    assert {q.speaker.text for q in (a, b, c, d)} == {"Varnik"}


def test_multi_paragraph_quote_attributed_in_its_first_paragraph(nlp):
    text = (
        _GATE + "\u201cWe will not move,\u201d said Pell Varnik, the union\u2019s leader. "
        "\u201cWe have stood here for nine days.\n\n"
        "\u201cThe port stays shut until the offer changes.\u201d"
    )
    a, b, c = quotes(nlp, text)
    assert _chain([a, b, c]) == [None, key(a), key(b)]
    assert {q.speaker_name for q in (a, b, c)} == {"Pell Varnik"}


def test_multi_paragraph_quote_attributed_in_no_paragraph(nlp):
    text = (
        _LEADER + "\u201cWe will not move. We have stood here for nine days.\n\n"
        "\u201cThe port stays shut until the offer changes.\u201d"
    )
    a, b = quotes(nlp, text)
    assert _chain([a, b]) == [None, key(a)]
    assert a.speaker is None and b.speaker is None  # never a guess


def test_multi_paragraph_quote_in_straight_marks_attributed_in_the_last(nlp):
    text = (
        _GATE + '"We will not move. We have stood here for nine days.\n\n'
        '"The port stays shut until the offer changes," Varnik said.'
    )
    a, b = quotes(nlp, text)
    assert _chain([a, b]) == [None, key(a)]
    assert a.speaker.text == b.speaker.text == "Varnik"


def test_cue_before_both_quotes_is_no_split(nlp):
    _, (a, b) = attributed(
        nlp, 'Ruiz said: "We will rebuild the harbour." "The cranes arrive in March."'
    )
    assert a.continues is None and b.continues is None


def test_reported_speech_then_a_quote_is_no_split(nlp):
    _, found = attributed(
        nlp,
        'Ruiz said she would help the fishermen. "We will rebuild the harbour before winter."',
    )
    assert all(q.continues is None for q in found)


def test_a_mixed_sentence_split_by_its_cue(nlp):
    _, found = attributed(
        nlp,
        'The port is a "symbol of the nation," Ruiz said. '
        '"We will rebuild the harbour before winter."',
    )
    first, second = found
    assert first.kind == "mixed" and second.continues == key(first)


def test_two_speakers_are_never_linked(nlp):
    _, (a, b) = attributed(
        nlp,
        '"We will rebuild the harbour," Ruiz said. "The treasury will pay for it," Ilvane said.',
    )
    assert b.speaker_name == "Teodor Ilvane" and b.continues is None


def test_continues_id_is_the_earlier_parts_id():
    a = Quote("direct", "We will rebuild", 10, 25)
    b = Quote("direct", "The cranes arrive", 40, 57, continues=(10, 25, "direct"))
    assert a.continues_id("art1") is None
    assert b.continues_id("art1") == a.id_for("art1")
    assert b.continues_id("art2") == a.id_for("art2") != a.id_for("art1")
    stored = Quote("direct", "The cranes arrive", 40, 57, continues=a.id_for("art1"))
    assert stored.continues_id("art1") == a.id_for("art1")
