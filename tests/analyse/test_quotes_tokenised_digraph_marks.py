"""Quotation marks of tokenised TeX-style text (text and names invented): ```` `` … '' ````
with a space inside each mark (`hospital ''.`) is one quote, closed by its `''`, not a second
opening mark; the quote is the named agent's, never the `I` inside it."""

from __future__ import annotations

from quote_support import only, quotes

TEXT = (
    "The actress died on Thursday after a long illness.\n"
    "Her agent Tom Vey said: `` With deep sadness I must announce that my friend Ana Ruiz died "
    "this evening in a Portavel hospital ''.\n"
    "`` She captured the imagination of a generation with her free spirit...\n"
    "She is the embodiment of grace ''.\n"
    "Karl Weber was reported to be saddened."
)


def test_a_spaced_closing_digraph_closes_the_quote(nlp) -> None:
    found = quotes(nlp, TEXT)
    first = only(found, "With deep sadness")
    assert first.kind == "direct"
    assert first.text.endswith("in a Portavel hospital")
    assert first.speaker_name == "Tom Vey"
    assert all(q.speaker is None or q.speaker.text != "I" for q in found)
