"""`According to a statement read by her lawyer, "…"`: a quotation after `according to` a
statement read out is the reader's, as the same phrase before reported speech already gives
(`According to a statement read by Ana Ruiz, the port …`); a plain source stays the speaker
(`According to the coroner: "…"`)."""

from quote_support import only, quotes

TEXT = (
    "The ferry crash killed Tomas Brenn on Monday. His partner, Ana Ruiz, did not attend the "
    "hearing.\n\n"
    'According to a statement read by her lawyer, "Ms Ruiz will not rest until the company '
    'is held to account."\n\n'
    'According to the coroner: "Mr Brenn died of cold, not of his injuries in the crash."\n'
)


def test_a_statement_read_out_is_the_readers(nlp):
    q = only(quotes(nlp, TEXT), "will not rest")
    assert q.kind == "direct" and q.speaker is not None
    assert q.speaker.text == "her lawyer"


def test_a_plain_source_stays_the_speaker(nlp):
    q = only(quotes(nlp, TEXT), "died of cold")
    assert q.speaker is not None and q.speaker.text == "the coroner"
