"""A labelled note in brackets (`[Interpreter's note: …]`, `(Editor's note: …)`) is the outlet's
or its translator's aside on the words around it: it is no claim of the report, nor of the
person quoted, whether it ends a sentence, stands alone or holds several sentences. An
unlabelled bracket inside a sentence (`[the ferry]`) is an editor's insertion and stays."""

from claims_support import claim_texts as _claims

TRANSLATED = (
    "The lock keeper of Osterby spoke to the Fenn Courier on Friday.\n\n"
    "We opened the upper gates at noon and the barges went through before the flood. "
    '[Translator\'s note: she used the word "compuerta", a sluice gate, not a lock.]\n\n'
    "Nobody told us the river would rise so fast. (Editor's note: The river authority says it "
    "sent a warning at nine. The keeper says it never arrived.)\n\n"
    "[Interpreter's note: the keeper asked that her name not be printed.]\n\n"
    "[The barge] was carrying grain for the mill at Osterby, she said."
)


def test_a_bracketed_note_is_no_claim_and_its_sentence_keeps_its_own_words():
    got = _claims(TRANSLATED)
    assert not [c for c in got if "note" in c.lower()]
    assert "We opened the upper gates at noon and the barges went through before the flood." in got
    assert "Nobody told us the river would rise so fast." in got
    assert not [c for c in got if "warning at nine" in c or "never arrived" in c]


def test_an_unlabelled_bracket_in_a_sentence_stays():
    got = _claims(TRANSLATED)
    assert "[The barge] was carrying grain for the mill at Osterby, she said." in got
