"""Documents as sources in investigative reporting: `according to documents seen by The X`
cites the documents (the outlet only holds them); `the minutes … record that …` and `a
leaked memo says` are the document's; `One of them, a Tolvane official …, said` is that
official, described and unnamed, not `One of them`."""

from quote_support import only, quotes

TEXT = (
    "Tolvane council paid the contractor twice.\n\n"
    "The council paid 3 million crowns in advance, according to documents seen by The "
    "Tolvane Ledger. The minutes, seen by The Tolvane Ledger, record that the treasurer "
    '"had no objection to the advance".\n\n'
    'A leaked memo says the second payment was "an error that nobody noticed". Several '
    "officials were questioned. One of them, a Tolvane official who spoke on condition of "
    'anonymity, said: "Everyone knew, and nobody stopped it."\n'
)


def test_documents_seen_by_an_outlet_are_not_the_outlets_words(nlp):
    q = only(quotes(nlp, TEXT), "3 million crowns")
    assert q.speaker is not None and q.speaker.text == "documents"
    assert q.speaker_name is None


def test_the_minutes_record_that_is_the_minutes(nlp):
    q = only(quotes(nlp, TEXT), "had no objection to the advance")
    assert q.speaker is not None and q.speaker.text == "The minutes"
    assert q.kind == "mixed"


def test_a_leaked_memo_says_is_the_memo(nlp):
    q = only(quotes(nlp, TEXT), "an error that nobody noticed")
    assert q.speaker is not None and q.speaker.text == "A leaked memo"


def test_one_of_them_with_a_description_is_the_described_official(nlp):
    q = only(quotes(nlp, TEXT), "Everyone knew")
    assert q.speaker is not None and q.speaker.text == "a Tolvane official"
    assert q.speaker_name is None


def test_record_without_a_document_subject_is_no_cue(nlp):
    text = "The port company recorded that its profits fell by a third in the first half.\n"
    assert not any(q.cue is not None and q.cue.text == "recorded" for q in quotes(nlp, text))
