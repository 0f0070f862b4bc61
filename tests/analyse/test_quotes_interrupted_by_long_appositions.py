"""A direct quote interrupted by its speaker and a long apposition (`"We are," said Dr Lena
Voss, the head of the X team, who flew in from Osk on Monday, "ready to work …"`, review 21
finding 11) is stored as the short interruption `"A," he said, "B."` is: two parts of one
quotation, the second `continues` the first, both the speaker's. Names invented."""

from __future__ import annotations

import pytest
from quote_support import quotes

_SHORT = '"The pumps," said Ivo Marrow, "arrived too late."\n'
_LONG = (
    '"We are," said Dr Lena Voss, the head of the Brellan team, who flew in from Osk on '
    'Monday, "ready to work around the clock."\n'
)
_LONGER = (
    '"This is," said Pera Lund, a nurse at the district hospital in Kell who has worked '
    'there for twenty years and who lost two colleagues last week, "the worst I have seen."\n'
)


@pytest.mark.parametrize(
    ("text", "first", "second", "name"),
    [
        (_SHORT, "The pumps", "arrived too late.", "Ivo Marrow"),
        (_LONG, "We are", "ready to work around the clock.", "Lena Voss"),
        (_LONGER, "This is", "the worst I have seen.", "Pera Lund"),
    ],
)
def test_an_interrupted_quote_is_two_linked_parts_of_its_speaker(nlp, text, first, second, name):
    text = "Flood water reached the clinic in Saltvik on Sunday.\n\n" + text
    found = quotes(nlp, text)
    assert [q.text for q in found] == [first, second]
    a, b = found
    assert a.speaker_name == b.speaker_name == name
    assert a.continues is None
    assert b.continues == (a.start, a.end, a.kind)
