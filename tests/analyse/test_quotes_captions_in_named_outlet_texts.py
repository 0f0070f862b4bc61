"""`the` with a name compound (`the Corvane Courier story`) names another outlet's text, not
the page itself, so an earlier caption in it still speaks and is kept. Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_an_earlier_caption_in_a_named_outlets_story_is_kept(nlp):
    text = (
        "Lind won the runoff on Sunday.\n\nAn earlier caption in the Corvane Courier story "
        "said that Lind won 38 per cent of the vote."
    )
    only(quotes(nlp, text), "38 per cent")


def test_an_earlier_caption_in_the_story_is_still_left_out(nlp):
    text = (
        "Lind won the runoff on Sunday.\n\nAn earlier caption in the story said that Lind won "
        "38 per cent of the vote."
    )
    assert not [q for q in quotes(nlp, text) if "38 per cent" in q.text]
