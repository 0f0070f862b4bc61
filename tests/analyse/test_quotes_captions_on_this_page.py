"""An earlier caption placed on the page itself (`An earlier caption on this page said ...`)
is the page's own old words, no other text, so no quote; a caption or video from someone
else still speaks for its maker. Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_an_earlier_caption_on_this_page_is_left_out(nlp):
    text = (
        "Ruiz won the runoff on Sunday.\n\nAn earlier caption on this page said that Ruiz won "
        "41 per cent of the vote."
    )
    assert not [q for q in quotes(nlp, text) if "41 per cent" in q.text]


def test_an_earlier_caption_in_the_article_is_left_out(nlp):
    text = (
        "The bridge opened on Monday.\n\nAn earlier caption in this article said that the "
        "bridge opened on Sunday."
    )
    assert not [q for q in quotes(nlp, text) if "opened on Sunday" in q.text]


def test_a_previous_video_from_a_group_is_still_kept(nlp):
    text = (
        "The hostages were taken in March. A previous video from the group on its website "
        "said that the hostages were alive and well."
    )
    only(quotes(nlp, text), "alive and well")
