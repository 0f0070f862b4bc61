"""Quote extraction on text written for these tests: every hard case from the issue."""

from __future__ import annotations

import random

import pytest
from quote_support import INTRO, only, quotes

from newsgraph.analyse.quotemarks import find_quoted_spans
from newsgraph.analyse.quotes import _adjacent_noun, extract_quotes


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


def test_quoted_label_before_a_noun_is_a_scare_quote_not_the_speakers_words(nlp):
    """Review 10: `Officials defended the new "express" counting machines` gave a mixed quote,
    as if the officials had said `express`. A quoted word that only modifies a noun after it,
    in the object of a verb that does not assess that object, is a label: a scare quote."""
    text = INTRO + 'Ilvane defended the new "express" ferry services on the coast.'
    q = only(quotes(nlp, text), "ferry services")
    assert (q.kind, q.speaker_name, q.cue.text) == ("indirect", "Teodor Ilvane", "defended")
    [scare] = quotes(nlp, text, label="scare")
    assert scare.text == "express" and scare.speaker is None
    # Under a verb that is no speech cue at all, no quote either.
    text = INTRO + 'Ruiz opened the "express" lanes at the port on Monday.'
    assert quotes(nlp, text) == []
    assert [q.text for q in quotes(nlp, text, label="scare")] == ["express"]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        # A cue that assesses its object reports the quoted modifier as its judgement.
        ('Ilvane praised the town\'s "balanced" approach to the repairs.', '"balanced" approach'),
        ('Ruiz called it a "reckless" plan for the port.', '"reckless" plan'),
        # Inside the clause a speech verb reports, quoted words are the speaker's.
        ('Ruiz said the new "express" lanes were a success.', '"express" lanes'),
        # Announcing, promising or warning of something in quoted words reports those words
        # (review 11: `announced a "temporary" pause` was a scare quote plus an indirect quote).
        ('Ilvane announced a "temporary" halt to the dredging.', '"temporary" halt'),
        ('Ruiz pledged a "complete" review of the harbour contracts.', '"complete" review'),
        ('Ilvane vowed a "swift" end to the strike at the port.', '"swift" end'),
    ],
)
def test_quoted_modifier_stays_the_speakers_where_a_cue_reports_it(nlp, sentence, fragment):
    q = only(quotes(nlp, INTRO + sentence), fragment)
    assert q.kind == "mixed" and q.speaker_name in ("Ana Ruiz", "Teodor Ilvane")
    assert quotes(nlp, INTRO + sentence, label="scare") == []


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


# -- rules added with the PolNeAR train error analysis (sentences written for these tests) ---


def test_time_stamp_line_is_not_part_of_the_speaker(nlp):
    text = INTRO + "___.\n\n4:43 p.m.\n\nPortavel dock officials say the cranes were not damaged."
    q = only(quotes(nlp, text), "cranes")
    assert q.speaker.text == "Portavel dock officials"


def test_short_quote_with_its_own_cue_opens_a_speaker_run(nlp):
    text = INTRO + '"We are harbour people," Ruiz said. "The sea has never beaten this town."'
    found = quotes(nlp, text)
    assert only(found, "harbour people").kind == "direct"
    assert only(found, "never beaten").speaker_name == "Ana Ruiz"


def test_evaluative_cue_object_and_reason(nlp):
    text = INTRO + "Ruiz praised the dock workers for rebuilding the quay in a week."
    q = only(quotes(nlp, text), "dock workers")
    assert q.kind == "indirect" and q.speaker_name == "Ana Ruiz"
    assert "rebuilding the quay" in q.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz and her husband welcomed a second daughter in May.",  # not a speech act
        "Blasting the old harbour plan would be easy for anyone.",  # no one says it
    ],
)
def test_evaluative_cue_without_speech(nlp, sentence):
    assert quotes(nlp, INTRO + sentence) == []


def test_line_labelled_with_a_speaker(nlp):
    text = "Ruiz: Harbour Will Reopen Before The Winter Storms\n\n" + INTRO
    q = only(quotes(nlp, text), "Harbour Will Reopen")
    assert (q.kind, q.cue.text, q.speaker_name) == ("indirect", ":", "Ana Ruiz")


@pytest.mark.parametrize("label", ["Related", "Update", "The Latest"])
def test_section_labels_are_not_speakers(nlp, label):
    assert quotes(nlp, f"{label}: Harbour Will Reopen Before The Winter Storms\n\n") == []


#: The paragraphs under a headline quote: the speaker is named in full in the body.
HEADLINE_BODY = (
    "\n\nPolice held 40 people overnight in Dorvel, Interior Minister Karl Ostby said on "
    "Tuesday. Mira Sandal, the challenger, told supporters the count had been stolen.\n"
)


@pytest.mark.parametrize(
    ("headline", "kind", "content"),
    [
        ('Opposition leader Mira Sandal: "We will not accept this count"', "direct", None),
        ("Sandal: \u2018We will not accept this count\u2019", "direct", None),
        ("Sandal: 'We will not accept this count'", "direct", None),
        (
            'Former harbour minister Mira Sandal: We will not accept a "stolen" count',
            "mixed",
            'We will not accept a "stolen" count',
        ),
    ],
)
def test_headline_quote_names_its_speaker_before_the_colon(nlp, headline, kind, content):
    """Review 10: `Name: "…"` as a headline was a quote with no speaker (a description
    before the name), an indirect one (single marks) or the words of `We` (quoted words)."""
    q = only(quotes(nlp, headline + HEADLINE_BODY), "accept")
    assert (q.kind, q.cue.text, q.speaker_name) == (kind, ":", "Mira Sandal")
    assert q.text == (content or "We will not accept this count")


@pytest.mark.parametrize(
    "headline",
    [
        "Former harbour minister Mira Sandal: a life at sea",
        "Opposition leader Mira Sandal: the long road to the capital",
        "Sandal: the making of a challenger",
    ],
)
def test_profile_headline_with_a_name_label_is_no_quote(nlp, headline):
    """Review 11: `Former interior minister X: a life in politics` (a profile headline) was an
    indirect quote of X. A labelled line whose body has no verb and no quote marks names a
    topic, not anyone's words."""
    assert [q for q in quotes(nlp, headline + HEADLINE_BODY) if q.cue.text == ":"] == []


def test_headline_quote_with_no_speaker_stays_unattributed(nlp):
    q = only(quotes(nlp, '"We will not accept this count"' + HEADLINE_BODY), "accept")
    assert (q.kind, q.speaker, q.speaker_name, q.cue) == ("direct", None, None, None)


def test_as_the_paper_reported(nlp):
    text = INTRO + (
        "As the Portavel Herald reported, the harbour lost half of its fishing fleet in the storm."
    )
    q = only(quotes(nlp, text), "fishing fleet")
    assert q.speaker.text == "the Portavel Herald" and q.text.startswith("the harbour lost")


def test_relative_clause_cue(nlp):
    text = INTRO + (
        "Ilvane promised a new quay at the river mouth, which he said the treasury would pay for."
    )
    q = only(quotes(nlp, text), "treasury")
    assert q.cue.text == "said" and q.text == "the treasury would pay for"


def test_time_clause_inside_the_content_is_kept(nlp):
    text = INTRO + (
        "The Portavel Herald reported the quay collapsed hours after Ilvane announced the repairs."
    )
    q = only(quotes(nlp, text), "quay collapsed")
    assert q.text.endswith("announced the repairs")


def test_asked_if_has_no_speaker_and_a_one_word_answer(nlp):
    text = INTRO + "Asked if she would stay in the job, Ruiz said no."
    found = quotes(nlp, text)
    assert only(found, "stay in the job").speaker is None
    answer = only(found, "no")
    assert answer.text == "no" and answer.speaker_name == "Ana Ruiz"


def test_gerund_clause_after_said(nlp):
    text = INTRO + "Ruiz said dredging the channel could bring the big ships back to Portavel."
    q = only(quotes(nlp, text), "dredging")
    assert q.speaker_name == "Ana Ruiz"


def test_quoted_title_in_a_sentence_is_a_scare_quote(nlp):
    text = INTRO + 'Ruiz is now the host of "The Morning Harbour Hour with Ana Ruiz" on radio.'
    assert quotes(nlp, text) == []
    assert only(quotes(nlp, text, label="scare"), "Morning Harbour Hour")


def test_next_sentence_is_not_the_cue_of_a_finished_quote(nlp):
    text = INTRO + (
        'Ilvane said, "I never promised a new quay." Asked about the letter, Ruiz replied, '
        '"He did."'
    )
    q = only(quotes(nlp, text), "never promised")
    assert q.speaker_name == "Teodor Ilvane"


def test_quote_after_a_sentence_ending_with_its_attribution(nlp):
    text = INTRO + (
        'The plan is a "fair deal," Ruiz said. "The port needs every ship it can get back."'
    )
    q = only(quotes(nlp, text), "every ship")
    assert q.speaker_name == "Ana Ruiz"


def test_call_for_with_an_infinitive_clause(nlp):
    text = INTRO + "Ruiz is calling for the government to pay for the new quay."
    q = only(quotes(nlp, text), "government to pay")
    assert q.speaker_name == "Ana Ruiz"


def test_quoted_fragment_in_the_object_of_any_verb(nlp):
    text = INTRO + (
        'Ruiz also bemoaned a climate in which sailors "no longer trust the harbour" at all.'
    )
    q = only(quotes(nlp, text), "no longer trust")
    assert (q.kind, q.speaker_name, q.cue.text) == ("mixed", "Ana Ruiz", "bemoaned")


def test_scare_quote_with_no_named_subject_stays_a_scare_quote(nlp):
    text = INTRO + 'The so-called "harbour fund" failed last year.'
    assert quotes(nlp, text) == []


def test_content_never_runs_over_a_paragraph_break(nlp):
    text = INTRO + "Harbour closes\n\nThe quay will stay shut until spring, according to Ruiz."
    q = only(quotes(nlp, text), "stay shut")
    assert "Harbour closes" not in q.text and q.speaker_name == "Ana Ruiz"


def test_passive_is_not_a_parenthetical_cue(nlp):
    text = INTRO + "With 40 ships at stake, Ruiz is assured of keeping the harbour open."
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Hale then addressed the crew again: "Here is what I regret about the quay."', "Hale"),
        ('According to the Portavel Herald: "The harbour lost half of its fleet."', "Herald"),
    ],
)
def test_verb_or_source_beside_a_colon_gives_the_speaker(nlp, text, speaker):
    q = only(quotes(nlp, INTRO + text), "Here is" if "Here" in text else "lost half")
    assert speaker in q.speaker.text


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The crews cheered Ruiz's call to reopen the harbour before winter.", "to reopen"),
        ("Ilvane angered the crews with his comments on the harbour fees.", "harbour fees"),
        (
            "Crews were furious about his warning that Portavel would lose the ferry line.",
            "would lose the ferry",
        ),
    ],
)
def test_statement_nouns_with_infinitive_or_prepositional_content(nlp, sentence, content):
    q = only(quotes(nlp, INTRO + sentence), content)
    assert q.kind == "indirect" and q.speaker is not None


def test_object_of_say_is_what_was_said(nlp):
    text = INTRO + "Six in 10 sailors praised the plan, and the dock crews said the same of Ruiz."
    q = only(quotes(nlp, text), "the same")
    assert q.text == "the same of Ruiz" and q.cue.text == "said"


def test_dateline_is_not_the_speaker(nlp):
    text = "PORTAVEL (AP) — Ana Ruiz said Thursday that the harbour would reopen in the spring."
    q = only(quotes(nlp, text), "reopen")
    assert q.speaker.text == "Ana Ruiz"


def test_cue_after_a_preposition_takes_the_main_subject(nlp):
    text = INTRO + "Ruiz pivoted to arguing that the storm was one more reason to dredge the port."
    q = only(quotes(nlp, text), "one more reason")
    assert (q.cue.text, q.speaker_name) == ("arguing", "Ana Ruiz")


def test_direct_quote_right_after_reported_speech_continues_its_speaker(nlp):
    text = INTRO + (
        "Ruiz said she would stay in the job if the council asked her.\n\n"
        '"I am going to support this harbour for as long as it needs me."'
    )
    q = only(quotes(nlp, text), "support this harbour")
    assert q.speaker_name == "Ana Ruiz"


# -- third round (rules written from PolNeAR train errors) ---------------------------------------


def test_clause_after_the_cue_wins_over_the_sentence_before_it(nlp):
    text = INTRO + (
        "Ilvane has ripped the council on social media because it is paying off: He said he "
        "has raised about $100,000 in the 72 hours since the storm."
    )
    q = only(quotes(nlp, text), "$100,000")
    assert q.text.startswith("he has raised") and q.cue.text == "said"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "In a statement, the Velorian president on Tuesday dismissed Ruiz's actions to more "
            "tightly regulate harbour fees.",
            "Ruiz's actions to more tightly regulate harbour fees",
        ),
        (
            "Advocates in the port cite his voting record against the dockers in the council.",
            "his voting record against the dockers in the council",
        ),
    ],
)
def test_object_content_takes_the_phrases_after_the_object(nlp, sentence, content):
    q = only(quotes(nlp, INTRO + sentence), content.split()[-1])
    assert q.text == content


def test_object_content_stops_at_a_circumstance(nlp):
    text = INTRO + (
        "In a statement, the Velorian president on Tuesday dismissed Ruiz's actions to more "
        "tightly regulate harbour fees during his meeting with the dockers."
    )
    q = only(quotes(nlp, text), "regulate")
    assert q.text == "Ruiz's actions to more tightly regulate harbour fees"


def test_unattached_cue_after_a_long_subject(nlp):
    text = INTRO + (
        "But while crews are happily supporting the delay as a blow to the council, several "
        "sources privy to the talks say it is the harbour unions who have insisted on acting now."
    )
    q = only(quotes(nlp, text), "harbour unions")
    assert q.cue.text == "say" and q.speaker is not None and "sources" in q.speaker.text


def test_cue_before_the_quote_wins_when_the_one_after_has_no_speaker(nlp):
    text = INTRO + (
        'Ruiz celebrated with the crews, and she declared "What a day for the harbour!" and said '
        "that the port would reopen soon."
    )
    q = only(quotes(nlp, text), "What a day")
    assert (q.speaker.text, q.cue.text) == ("she", "declared")


def test_colon_paragraph_with_a_verb_outside_the_lexicon_introduces_the_quote(nlp):
    text = INTRO + (
        "The dock foreman Jon Hale echoed:\n\n"
        '"We need someone who is going to cut through the delays and bring people together."\n\n'
        "Wait, it gets better:\n\n"
        '"The council has never once paid for the repairs on time."'
    )
    found = quotes(nlp, text)
    assert "foreman" in only(found, "cut through").speaker.text
    assert only(found, "never once paid").speaker is None  # `it gets better:` is nobody


def test_passive_cue_with_its_agent(nlp):
    found = quotes(
        nlp,
        INTRO + "Ruiz's resignation was first reported by the Portavel Herald.\n\n"
        "Ruiz has been criticized by some of her rivals for failing to spend enough time in the "
        "port.",
    )
    q = only(found, "resignation")
    assert (q.text, q.speaker.text) == ("Ruiz's resignation", "the Portavel Herald")
    q = only(found, "failing to spend")
    assert q.speaker.text == "some of her rivals"


def test_passive_ask_keeps_the_question_and_the_asker(nlp):
    text = INTRO + "Ruiz was asked by the radio host Bill Maher whether the port would reopen."
    found = quotes(nlp, text)
    assert not [q for q in found if q.text == "Ruiz"]  # the one asked is not what was said
    q = only(found, "port would reopen")
    assert "host" in q.speaker.text


def test_call_with_a_quoted_two_word_complement(nlp):
    text = INTRO + 'On Twitter, Velorian President Teodor Ilvane called Ruiz "unhinged."'
    q = only(quotes(nlp, text), "unhinged")
    assert q.kind == "mixed" and q.text.startswith("Ruiz") and q.speaker_name == "Teodor Ilvane"


def test_speaker_through_an_adjective_before_the_cue(nlp):
    text = INTRO + (
        "The council is right to note, however, that the harbour fees would fall on smaller "
        "boats as well."
    )
    q = only(quotes(nlp, text), "smaller boats")
    assert q.speaker.text == "The council"


def test_quoted_show_title_in_an_object_is_not_a_quote(nlp):
    text = INTRO + (
        "But he told ABC's \u201cGood Morning America\u201d that he agrees the council is a "
        "\u201ctotal mess\u201d and said \u201cthe record is quite clear.\u201d"
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "Good Morning America" in q.text]
    assert only(found, "total mess").cue.text == "told"


def test_final_cue_with_its_own_object(nlp):
    text = INTRO + (
        "Despite a series of costly defeats on Tuesday night, Ruiz remains committed to seeing "
        "the harbour plan through to the vote, her top aide, Jon Hale, told the Portavel Herald."
    )
    q = only(quotes(nlp, text), "remains committed")
    assert q.cue.text == "told" and q.speaker_name == "Jon Hale"  # through the apposition


def test_told_takes_the_speaker_before_it_not_the_addressee(nlp):
    text = INTRO + (
        "\u201cWe were tremendously wrong to not have confronted him from the beginning,\u201d "
        "Ruiz, 58, told AFP in an interview in Portavel on Monday."
    )
    q = only(quotes(nlp, text), "tremendously wrong")
    assert q.speaker_name == "Ana Ruiz"
    # The fallback when the parse gives `told` no subject: the name after `told` is who was
    # told; the speaker is the name before it, past an age set off by commas.
    doc = nlp("Ruiz, 58, told AFP in an interview.")
    cue = next(t for t in doc if t.lower_ == "told")
    assert _adjacent_noun(cue, list(doc)).text == "Ruiz"


def test_short_quote_right_after_a_speech_verb(nlp):
    text = INTRO + (
        "Supporters held signs high above their heads. Some chanted \u201cPort! Port!\u201d\n\n"
        "When someone in the audience shouted, \u201cHale,\u201d Ruiz laughed."
    )
    found = quotes(nlp, text)
    assert only(found, "Port!").cue.text == "chanted"
    assert only(found, "Hale").speaker.text == "someone in the audience"


def test_name_label_before_a_quote(nlp):
    text = INTRO + (
        "Media shares blame in port overhype - Jon Hale: \u201cPilots are taking a lot of heat "
        "from the public for not anticipating the storm.\u201d\n\n"
        "Her message to Portavel: \u201cWe will rebuild the harbour before winter.\u201d"
    )
    found = quotes(nlp, text)
    assert only(found, "Pilots").speaker.text == "Jon Hale"
    assert only(found, "rebuild").speaker is None  # `to Portavel:` is no label


def test_statement_noun_after_a_light_verb_takes_its_subject(nlp):
    text = INTRO + "Ruiz has recently made comments about the possibility of fraud in the vote."
    q = only(quotes(nlp, text), "possibility of fraud")
    assert q.speaker_name == "Ana Ruiz"


def test_framing_verb_with_quoted_words_and_a_common_noun_subject(nlp):
    text = INTRO + (
        "Long before harbour officials started to portray the apparent arson as a "
        "\u201cworkplace\u201d or \u201cinsurance\u201d issue, the crews knew."
    )
    q = only(quotes(nlp, text), "apparent arson")
    assert (q.kind, q.speaker.text, q.cue.text) == ("mixed", "harbour officials", "portray")


def test_a_bracketed_aside_between_the_name_and_its_cue(nlp):
    # The parse leaves `says` without a subject after the aside: the name before the bracket.
    text = (
        "Few politicians would ever admit this, but Sen. Tomas Brenn (an Ostra Democrat so "
        "boyish he has been mistaken for a junior staffer) says he was unfocused in the weeks "
        "after his election."
    )
    q = only(quotes(nlp, text), "unfocused")
    assert (q.speaker.text, q.speaker_name) == ("Sen. Tomas Brenn", "Tomas Brenn")


def test_a_fragment_in_ascii_digraph_marks_keeps_its_whole_closing_mark(nlp):
    # `''…,''` (two apostrophes a mark): the content takes in the closing mark, both characters.
    text = (
        "The harbour plans are ''profoundly irresponsible,'' said Tomas Brenn, senior director "
        "of policy at the Ostra Centre."
    )
    q = only(quotes(nlp, text), "irresponsible")
    assert q.text == "The harbour plans are ''profoundly irresponsible,''"
