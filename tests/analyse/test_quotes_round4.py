"""Fourth round of quote rules (errors read on PolNeAR train 401-600 only), each on a sentence
written for it."""

from __future__ import annotations

from quote_support import INTRO, only
from quote_support import quotes as _quotes


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


def test_participle_cue_takes_the_subject_before_a_quoted_title(nlp):
    found = quotes(
        nlp,
        'Ruiz spoke on Portavel Radio\'s "Morning Tide," adding, "The cranes will be here '
        'before the storms come."',
    )
    q = only(found, "cranes")
    assert (q.cue.text, q.speaker.text, q.speaker_name) == ("adding", "Ruiz", "Ana Ruiz")


def test_parenthetical_cue_needs_a_clause_before_it(nlp):
    found = quotes(
        nlp,
        "But throughout the summer and the autumn, fishermen from both unions criticized "
        "the closure.",
    )
    assert not any(q.text.startswith("But throughout") for q in found)


def test_object_of_the_verb_speaks_its_infinitive(nlp):
    found = quotes(
        nlp,
        "The storm damage prompted Ruiz to declare that the port would stay closed until March.",
    )
    q = only(found, "port would stay closed")
    assert q.speaker.text == "Ruiz" and q.speaker_name == "Ana Ruiz"


def test_a_cue_word_with_an_object_does_not_end_the_reported_clause(nlp):
    found = quotes(
        nlp,
        "Ruiz has rebuilt the north quay and would continue her work on the south quay "
        "in the spring, she said.",
    )
    q = only(found, "north quay")
    assert "south quay" in q.text and q.speaker_name == "Ana Ruiz"


def test_blame_reports_its_object_and_reason(nlp):
    found = quotes(nlp, "Ruiz blamed the treasury for the long delays at the harbour.")
    q = only(found, "treasury")
    assert q.text == "the treasury for the long delays at the harbour"
    assert (q.kind, q.cue.text, q.speaker_name) == ("indirect", "blamed", "Ana Ruiz")
    assert not quotes(nlp, "The storm was blamed for the delays.")


def test_stress_and_lament_report_their_object(nlp):
    q = only(quotes(nlp, "Ruiz stressed her long experience with storm repairs."), "experience")
    assert (q.kind, q.cue.text, q.speaker_name) == ("indirect", "stressed", "Ana Ruiz")
    q = only(
        quotes(nlp, "Ilvane lamented the treasury's decision to delay the repairs."), "treasury"
    )
    assert (q.cue.text, q.speaker_name) == ("lamented", "Teodor Ilvane")


def test_asked_about_reports_the_topic_and_a_passive_ask_names_no_asker(nlp):
    q = only(quotes(nlp, "Ruiz asked about the budget for the new cranes."), "budget")
    assert (q.text, q.cue.text, q.speaker_name) == (
        "the budget for the new cranes",
        "asked",
        "Ana Ruiz",
    )
    q = only(quotes(nlp, "Ruiz was told that the cranes would arrive in March."), "cranes")
    assert q.speaker is None  # who told her is not said


def test_a_passive_cue_without_agent_names_no_speaker(nlp):
    q = only(quotes(nlp, "It was said that the harbour would never reopen after the storm."), "")
    assert q.speaker is None and q.cue.text == "said"
    # `'s` for `has` is not a passive
    q = only(quotes(nlp, "Ruiz's spoken out against the closure of the north quay."), "closure")
    assert q.speaker_name == "Ana Ruiz"


def test_inverted_ask_names_the_speaker_after_it(nlp):
    q = only(
        quotes(nlp, '"How deep is the new quay?" asked the boy, who was wearing a blue hat.'),
        "quay",
    )
    assert (q.cue.text, q.speaker.text) == ("asked", "the boy")


def test_opine_is_a_cue(nlp):
    q = only(quotes(nlp, '"The quay must be rebuilt," opined the Portavel Herald.'), "quay")
    assert (q.cue.text, q.speaker.text) == ("opined", "the Portavel Herald")


def test_according_to_a_record_names_who_gave_it(nlp):
    found = quotes(
        nlp,
        "The quay will reopen in March, according to interviews with a dozen harbour officials.",
    )
    q = only(found, "quay")
    assert q.speaker.text == "a dozen harbour officials"
    q = only(quotes(nlp, "The quay is safe, according to audio provided by Portavel Radio."), "")
    assert q.speaker.text == "Portavel Radio"
