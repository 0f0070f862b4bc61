"""A letter quoted paragraph by paragraph, from `"Dear X,` to a signature line (names
invented): its body is the signer's, addressed to X; the salutation and the signature are no
quotes of their own."""

from __future__ import annotations

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
