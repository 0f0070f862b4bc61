"""Fifth round of quote rules (speakers; errors read on PolNeAR train 401-600 only), each on a
sentence written for it."""

from __future__ import annotations

from quote_support import INTRO, only
from quote_support import quotes as _quotes
from spacy.tokens import Doc

from newsgraph.analyse.quotes import _speaker_of


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


def test_name_opening_a_paragraph_speaks_its_cue(nlp):
    # The small model sometimes hangs a name that opens a paragraph on the previous
    # paragraph's tree, leaving the cue with no subject; the parse is built here by hand.
    words = ["They", "lack", "a", "plan", ".", "\n\n", "Ilvane", ",", "for", "example", ","]
    words += ["said", "he", "would", "ask", "for", "funds", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 11, 11, 8, 11, 11, 14, 14, 11, 14, 15, 11]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "dep", "dobj", "punct", "prep", "pobj"]
    deps += ["punct", "ROOT", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PUNCT", "SPACE", "PROPN", "PUNCT", "ADP", "NOUN"]
    pos += ["PUNCT", "VERB", "PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT"]
    spaces = [True, True, True, False, False, False, False, True, True, False, True]
    spaces += [True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert _speaker_of(doc[11]).text == "Ilvane"
    # the same name inside its own paragraph's parse is left to the parse
    assert _speaker_of(doc[1]).text == "They"


def test_participle_after_the_closing_mark_is_not_an_inverted_cue(nlp):
    found = quotes(
        nlp,
        'Ruiz answered sharply: "If they close the harbour, they will lose the vote," '
        "referencing the large number of fishermen in the town.",
    )
    q = only([q for q in found if q.kind == "direct"], "close the harbour")
    assert q.speaker is not None and q.speaker.text == "Ruiz"
    assert q.speaker_name == "Ana Ruiz"


def test_speaker_name_stops_at_a_paragraph_break(nlp):
    found = quotes(
        nlp,
        "The fishermen say it is time for Plan B.\n\n"
        "Ruiz has said that she will ask the council for more funds.",
    )
    q = only(found, "more funds")
    assert q.speaker.text == "Ruiz" and q.speaker_name == "Ana Ruiz"


def test_next_sentence_cue_with_its_own_clause_is_not_the_quotes(nlp):
    found = quotes(
        nlp,
        'Ruiz met the fishermen and said she "will not close the harbour before the storms '
        'come." The harbour master said the council would pay for the repairs.',
    )
    q = only(found, "close the harbour")
    assert q.speaker.text == "Ruiz" and q.speaker_name == "Ana Ruiz"


def test_cue_joined_to_the_reported_clause_takes_the_reporting_subject(nlp):
    # The small model hangs `urged` on `was`, inside what the mayor said.
    found = quotes(
        nlp,
        "Ilvane met the mayor of Portavel.\n\n"
        "The mayor on Monday said the harbour was safe and urged that boats stay in port.",
    )
    q = only(found, "boats stay")
    assert q.speaker.text == "The mayor"


def test_expletive_it_is_no_speaker(nlp):
    found = quotes(
        nlp,
        "It is worth pointing out that the harbour has been closed for a month.\n\n"
        "It means admitting that the cranes were never ordered.\n\n"
        "The port authority met on Monday. It went on to say that the storms were over.",
    )
    assert only(found, "closed for a month").speaker is None
    assert only(found, "never ordered").speaker is None
    assert only(found, "storms were over").speaker.text == "It"  # an organisation's `it`


def test_speaker_found_up_a_long_chain_of_conjuncts(nlp):
    # saying -> by -> surprised -> was -> opposed: four steps up to the subject.
    found = quotes(
        nlp,
        "Ruiz opposed the closure, was cautious about new cranes and surprised the council "
        "by saying she would resign in the spring.",
    )
    q = only(found, "resign")
    assert q.speaker.text == "Ruiz" and q.speaker_name == "Ana Ruiz"
