"""A letter quoted paragraph by paragraph, from `"Dear X,` to a signature line (names
invented): its body is the signer's, addressed to X; the salutation and the signature are no
quotes of their own."""

from __future__ import annotations

import time

from quote_support import quotes

LETTER = (
    "Harbour master Ana Ruiz wrote to the mayor after the vote. I quote it in full.\n\n"
    '"Dear Mayor Okafor,\n\n'
    '"You are right that the quay is old. You are wrong that it is unsafe, and I would rather '
    "be called stubborn than close a port that feeds this town.\n\n"
    '"Ana Ruiz"\n\n'
    "The mayor did not reply."
)


def test_the_letter_body_is_the_signers_to_the_addressee(nlp) -> None:
    found = quotes(nlp, LETTER)
    assert [q.text[:20] for q in found] == ["You are right that t"]
    body = found[0]
    assert body.speaker_name == "Ana Ruiz"
    assert body.addressee is not None and "Okafor" in body.addressee.text
    # the salutation is no part of the addressee's name
    assert body.addressee_name is not None and "Dear" not in body.addressee_name


def test_quoted_paragraphs_without_a_signature_stay_unattributed(nlp) -> None:
    text = LETTER.replace('"Ana Ruiz"\n\n', "")
    texts = [q.text[:12] for q in quotes(nlp, text)]
    assert "Dear Mayor O" in texts


def test_a_long_capitalised_run_after_dear_is_read_in_linear_time(nlp) -> None:
    text = LETTER.replace("Dear Mayor Okafor,", "Dear " + "A" * 250 + "!")
    started = time.perf_counter()
    quotes(nlp, text)
    assert time.perf_counter() - started < 2.0


def test_a_salutation_to_no_one_named_still_opens_a_letter(nlp) -> None:
    found = quotes(nlp, LETTER.replace("Dear Mayor Okafor,", "Dear colleagues,"))
    assert [(q.text[:20], q.speaker_name) for q in found] == [("You are right that t", "Ana Ruiz")]


def test_a_capitalised_closing_is_no_signature(nlp) -> None:
    found = quotes(nlp, LETTER.replace('"Ana Ruiz"', '"Yours Sincerely,\n\n"Ana Ruiz"'))
    assert [(q.text[:20], q.speaker_name) for q in found] == [("You are right that t", "Ana Ruiz")]
