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


def test_a_reopened_paragraph_with_its_own_cue_starts_its_own(nlp):
    _, found = attributed(
        nlp,
        '"We will rebuild the harbour before the storms,\n\n'
        '"The cranes arrive in March," Ilvane said.',
    )
    assert all(q.continues is None for q in found if "cranes" in q.text)


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
