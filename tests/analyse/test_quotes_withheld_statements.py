"""A negated reporting verb reports nothing: `He did not say whether …`, `did not confirm
that …`, `declined to say`, `would not say`, `refused to comment on whether …` put the
reporter's question, not the speaker's words; a quotation of the speaker's own words in
the same sentence stays."""

from quote_support import quotes

TEXT = (
    "Tolvane city council met on Monday to discuss the ferry contract.\n\n"
    "The finance director, Olaf Brenner, was asked about the audit. He did not say whether "
    "the audit was being reviewed.\n\n"
    "The mayor, Ida Semmel, did not confirm that the toll would be scrapped. Her deputy "
    "declined to say whether the ferry would run in winter.\n\n"
    "Brenner would not say when the contract had been signed. The harbour office refused "
    "to comment on whether the pier was safe.\n\n"
    'Semmel did not say whether she would stand again, but added: "We will finish the pier '
    'first."\n\n'
    "Semmel did not deny that the pier had cost twice the estimate.\n"
)


def _texts(nlp) -> list[str]:
    return [q.text for q in quotes(nlp, TEXT)]


def test_did_not_say_whether_is_no_quote(nlp):
    assert not any("audit was being reviewed" in t for t in _texts(nlp))
    assert not any("she would stand again" in t for t in _texts(nlp))


def test_did_not_confirm_that_is_no_quote(nlp):
    assert not any("toll would be scrapped" in t for t in _texts(nlp))


def test_declined_refused_and_would_not_say_are_no_quotes(nlp):
    texts = _texts(nlp)
    assert not any("ferry would run in winter" in t for t in texts)
    assert not any("contract had been signed" in t for t in texts)
    assert not any("pier was safe" in t for t in texts)


def test_quoted_words_in_the_same_sentence_stay(nlp):
    found = [q for q in quotes(nlp, TEXT) if "finish the pier first" in q.text]
    assert len(found) == 1
    assert found[0].kind == "direct" and found[0].speaker_name == "Ida Semmel"


def test_a_negated_denial_still_reports(nlp):
    assert any("cost twice the estimate" in t for t in _texts(nlp))
