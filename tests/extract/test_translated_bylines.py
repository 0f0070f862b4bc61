"""An interview's credit line names its interviewer as the byline and stops at the translator's
credit (`Interview by X. Translated from the Spanish by Y.`). Text written for these tests."""

from __future__ import annotations

from extract_support import article

from newsgraph.extract.textclean import clean_text


def test_the_translators_credit_is_not_part_of_the_byline():
    raw = (
        'Harbour chief on the sea wall: "We waited too long"\n\n'
        "Interview by Lucia Ferran. Translated from the Spanish by Tom Adair.\n\n"
        f"{article()}"
    )
    assert clean_text(raw).byline == "Lucia Ferran"
