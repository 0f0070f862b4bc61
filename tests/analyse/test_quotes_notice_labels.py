"""`Corrections: An earlier version of this article said …`: the label the parse takes for
the subject stands beside the article speaking of itself, a notice and no quote (names
invented)."""

from __future__ import annotations

from quote_support import quotes


def test_a_correction_labelled_notice_is_no_quote(nlp) -> None:
    text = (
        "Fourteen dockers were hurt in the fire at the Portavel quay, the harbour office said "
        "on Monday.\n\nCorrections: An earlier version of this article, published at 18:20, "
        "said 16 dockers had been hurt, citing the union; the harbour office puts the number "
        "at 14.\n"
    )
    assert [q.text for q in quotes(nlp, text)] == [
        "Fourteen dockers were hurt in the fire at the Portavel quay"
    ]
