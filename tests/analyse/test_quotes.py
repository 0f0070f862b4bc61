"""Quote extraction on text written for these tests: every hard case from the issue."""

from __future__ import annotations

import random

import pytest

from newsgraph.analyse.quotemarks import find_quoted_spans
from newsgraph.analyse.quotes import extract_quotes


def quotes(nlp, text: str, *, label: str = "quote"):
    found = [q for q in extract_quotes(nlp(text)) if q.label == label]
    for q in found:  # provenance: every span points at its words
        assert text[q.start : q.end] == q.text
        for m in (q.speaker, q.cue, q.addressee):
            assert m is None or text[m.start : m.end] == m.text
    return found


def only(found, fragment: str):
    hits = [q for q in found if fragment in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


INTRO = (
    "Harbour master Ana Ruiz met Velorian President Teodor Ilvane in Portavel on Monday "
    "to discuss the damaged port.\n\n"
)


def test_speaker_after_the_quote(nlp):
    q = only(
        quotes(nlp, INTRO + '"We will rebuild the harbour before winter," Ruiz said.'), "rebuild"
    )
    assert (q.kind, q.speaker.text, q.speaker_name, q.cue.text) == (
        "direct",
        "Ruiz",
        "Ana Ruiz",
        "said",
    )
    assert q.text == "We will rebuild the harbour before winter"


def test_inverted_cue_and_apposition(nlp):
    text = INTRO + '"The cranes are still broken," said Jon Hale, the port\'s chief engineer.'
    q = only(quotes(nlp, text), "cranes")
    assert q.speaker_name == "Jon Hale"


def test_speaker_before_the_quote_with_addressee(nlp):
    text = INTRO + 'Ilvane told Ruiz, "Veloria will pay for the new quay."'
    q = only(quotes(nlp, text), "new quay")
    assert q.speaker_name == "Teodor Ilvane"
    assert q.addressee.text == "Ruiz" and q.addressee_name == "Ana Ruiz"


def test_speaker_inside_the_quote_and_pronoun(nlp):
    text = INTRO + '"This is a beginning," she said, "and beginnings matter to the fishermen."'
    found = quotes(nlp, text)
    first, second = only(found, "is a beginning"), only(found, "matter")
    assert first.speaker_name == second.speaker_name == "Ana Ruiz"


def test_colon_introduces_next_paragraph(nlp):
    text = INTRO + "Ruiz said:\n\n\u201cThe storm took everything we had built in ten years.\u201d"
    q = only(quotes(nlp, text), "storm took")
    assert q.speaker_name == "Ana Ruiz"


def test_multi_paragraph_quote(nlp):
    text = INTRO + (
        '"The first thing we need is power on the quays," Ruiz said. "Then cranes.\n\n'
        '"After that, the ferries can come back and the town can breathe again."'
    )
    found = quotes(nlp, text)
    assert only(found, "ferries").speaker_name == "Ana Ruiz"
    assert only(found, "Then cranes").speaker_name == "Ana Ruiz"


def test_two_quotes_in_one_sentence_two_speakers(nlp):
    text = INTRO + (
        '"The harbour will reopen in a month," Ruiz said, but Ilvane warned that '
        'the budget "cannot stretch that far this year."'
    )
    found = quotes(nlp, text)
    assert only(found, "reopen").speaker_name == "Ana Ruiz"
    mixed = only(found, "stretch")
    assert mixed.kind == "mixed" and mixed.speaker_name == "Teodor Ilvane"


def test_curly_and_straight_marks(nlp):
    for open_, close in (("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb")):
        text = INTRO + f"{open_}We are ready for the ships,{close} Ruiz said."
        assert only(quotes(nlp, text), "ready").speaker_name == "Ana Ruiz"


def test_odd_number_of_marks_keeps_the_rest(nlp):
    text = INTRO + (
        "The mayor's 5\" pipe plan was dropped.\n\n"
        '"We start again on Tuesday," Ruiz said.\n\n'
        'She called it "a fresh start.'
    )
    found = quotes(nlp, text)
    assert only(found, "start again").speaker_name == "Ana Ruiz"


def test_quote_split_by_a_line_break(nlp):
    text = INTRO + '"We will not\ngive up on this port," Ruiz said.'
    q = only(quotes(nlp, text), "give up")
    assert q.speaker_name == "Ana Ruiz" and "\n" in q.text


def test_scare_quotes_are_labelled_not_attributed(nlp):
    text = INTRO + 'The so-called "rescue fund" has not paid out yet.'
    assert quotes(nlp, text) == []
    [scare] = quotes(nlp, text, label="scare")
    assert scare.text == "rescue fund" and scare.speaker is None


def test_mixed_quote_with_evaluative_cue(nlp):
    text = INTRO + 'Ilvane praised the town\'s "remarkable patience" during the repairs.'
    q = only(quotes(nlp, text), "remarkable patience")
    assert q.kind == "mixed" and q.speaker_name == "Teodor Ilvane" and q.cue.text == "praised"


def test_indirect_speech_of_an_organisation(nlp):
    text = INTRO + "The Velorian foreign ministry said on Tuesday that the talks would resume."
    q = only(quotes(nlp, text), "talks would resume")
    assert q.kind == "indirect"
    assert q.speaker_name == "Velorian foreign ministry"


def test_description_resolves_to_the_named_person(nlp):
    text = INTRO + "The Velorian president said the port would get new funds within a month."
    q = only(quotes(nlp, text), "new funds")
    assert q.speaker_name == "Teodor Ilvane"


def test_unnamed_speaker_is_none_not_a_guess(nlp):
    text = INTRO + '"We have lost our boats and our nets," one fisherman said.'
    q = only(quotes(nlp, text), "lost our boats")
    assert q.speaker is not None and q.speaker_name is None


def test_channel_and_audience(nlp):
    text = INTRO + (
        "State news agency VENA quoted Ilvane as saying that Veloria would "
        '"never abandon" the port.\n\n'
        '"The quay will be ready by June," Ruiz told reporters.'
    )
    found = quotes(nlp, text)
    relayed = only(found, "never abandon")
    assert relayed.speaker_name == "Teodor Ilvane" and relayed.via == "State news agency VENA"
    told = only(found, "quay will be ready")
    assert told.addressee.text == "reporters" and told.addressee_name is None


def test_according_to(nlp):
    text = INTRO + "The repairs will cost twelve million crowns, according to Ruiz."
    q = only(quotes(nlp, text), "twelve million")
    assert q.kind == "indirect" and q.speaker_name == "Ana Ruiz"


def test_no_speech_no_quotes(nlp):
    text = INTRO + "The storm destroyed two cranes. Ships waited offshore for three days."
    assert quotes(nlp, text) == []


def test_quote_marks_never_raise_on_junk():
    rng = random.Random(7)
    alphabet = 'ab ,."\u201c\u201d\u00ab\u00bb\n'
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for span in find_quoted_spans(text):
            assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("text", ["", "\n\n", '"', '""""', "\u201c\u201c\u201d"])
def test_degenerate_inputs(nlp, text):
    for q in extract_quotes(nlp(text)):
        assert text[q.start : q.end] == q.text


def test_transcript_lines_name_their_speaker(nlp):
    text = (
        'Partial transcript:\n\n"HOST: Will the harbour reopen before winter?\n\n'
        '"RUIZ: It will, if the cranes arrive on time."'
    )
    found = quotes(nlp, text)
    assert only(found, "harbour reopen").speaker.text == "HOST"
    assert only(found, "cranes arrive").speaker.text == "RUIZ"


def test_subject_on_another_line_is_not_the_speaker(nlp):
    text = "9:15 a.m.\nThe harbour authority says the port will reopen on Friday after repairs."
    q = only(quotes(nlp, text), "reopen on Friday")
    assert q.speaker is None or "a.m." not in q.speaker.text


def test_honorific_and_role_prefixed_names_resolve(nlp):
    text = INTRO + (
        '"The quay is safe," Ms Ruiz said.\n\n'
        '"We will inspect it again," port spokesperson Lena Okafor said.\n\n'
        '"Nothing is decided," its harbour ministry said.'
    )
    found = quotes(nlp, text)
    assert only(found, "quay is safe").speaker_name == "Ana Ruiz"
    assert only(found, "inspect it").speaker_name == "Lena Okafor"
    assert only(found, "Nothing is decided").speaker_name is None


def test_quote_signed_with_a_dash(nlp):
    text = INTRO + (
        "\u201cThe port gave this town its life and we want it back.\u201d \u2015 Maria Solano\n\n"
    )
    q = only(quotes(nlp, text), "gave this town")
    assert q.speaker.text == "Maria Solano" and q.speaker_name == "Maria Solano"


def test_two_speakers_joined(nlp):
    text = INTRO + "Ruiz and Ilvane said the new quay would be finished by June."
    q = only(quotes(nlp, text), "new quay")
    assert q.speaker.text == "Ruiz and Ilvane"
    assert q.speaker_name == "Ana Ruiz and Teodor Ilvane"


def test_statement_noun_with_that_clause(nlp):
    text = INTRO + "Reporters checked Ilvane's claim that the port had lost two hundred jobs."
    q = only(quotes(nlp, text), "two hundred jobs")
    assert q.kind == "indirect" and q.speaker_name == "Teodor Ilvane" and q.cue.text == "claim"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Detokenised text puts a space before the closing mark: inside a quote it closes.
        (
            '"The ship turned and challenged them, "the officer said.',
            ["The ship turned and challenged them, "],
        ),
        ('"I am here, "she said, "and I stay."', ["I am here, ", "and I stay."]),
        # Outside a quote the same shape opens one.
        ('Putin added, "we adhere to one China." He left.', ["we adhere to one China."]),
    ],
)
def test_straight_mark_after_comma_space(text, expected):
    assert [text[s.start : s.end] for s in find_quoted_spans(text)] == expected
