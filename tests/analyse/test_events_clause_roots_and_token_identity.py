"""spaCy makes a new Token object on every access, so `tok.head is tok` never holds: the root of
a parse is found by index (`tok.head.i == tok.i`). A pronoun right under the main clause has
no clause above its own, so no frame subject (`The army attacked them`: not the army); a
subject pronoun in a reported clause is read as the same-gender subject above it; a whole
quoted sentence still takes its speaker from the frame before it. Text written for these
tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

from newsgraph.analyse.events import _frame_subject, _same_person


def test_a_pronoun_under_the_main_clause_has_no_frame_subject(nlp):
    doc = nlp("The army attacked them.")
    assert doc[3].lower_ == "them"
    assert _frame_subject(doc[3]) is None


def test_a_pronoun_in_a_reported_clause_takes_the_frame_subject(nlp):
    doc = nlp("The rebels said they would attack the convoy.")
    assert _frame_subject(doc[3]).lower_ == "rebels"


def test_a_subject_pronoun_is_read_as_the_same_gender_subject_above(nlp):
    doc = nlp("She said she would resign.")
    assert [doc[0].dep_, doc[2].dep_] == ["nsubj", "nsubj"]
    assert _same_person(doc[2]).i == 0


def test_a_whole_quoted_sentence_takes_the_speaker_of_the_frame_before(events):
    found = events(
        '"We are not at war," Defence Minister Ana Ruiz said. "I will lift the curfew on Monday."'
    )
    assert [(e.trigger, [a[1] for a in e.actors]) for e in found] == [("lift curfew", ["Ana Ruiz"])]


def test_between_on_a_verb_with_no_event_noun(events):
    # the event noun is compared by index only where there is one (`mediated` has none)
    found = events("Kestria mediated between the two sides on Monday.")
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("consult", ["Kestria"])]
