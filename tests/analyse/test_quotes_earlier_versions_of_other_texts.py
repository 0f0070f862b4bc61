"""An earlier version, caption or video speaks for the text it belongs to: only the page's
own old words are left out as self-reference, another text's speak for their maker.

An earlier version or a previous video of something else (a bill, a group's video) is kept.
`the` with a name compound (`the Corvane Courier story`) names another outlet's text, not the
page itself, so an earlier caption in it is kept too. A caption placed on the page itself
(`An earlier caption on this page said ...`, `in this article`) is the page's own old words,
no other text, so no quote. Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_an_earlier_version_of_a_bill_is_kept(nlp):
    text = (
        "The Senate passed the farm bill on Friday. An earlier version, approved by the House "
        "in May, said that farmers would be exempt from the tax."
    )
    q = only(quotes(nlp, text), "farmers would be exempt")
    assert q.speaker is not None and "version" in q.speaker.text


def test_a_previous_video_from_a_group_is_kept(nlp):
    text = (
        "The hostages were taken in March. A previous video from the group said that the "
        "hostages were alive and well."
    )
    only(quotes(nlp, text), "alive and well")


def test_an_earlier_version_of_this_article_is_still_left_out(nlp):
    text = (
        "The council met on Monday.\n\nCorrection: An earlier version of this article said "
        "that the council met on Sunday."
    )
    assert not [q for q in quotes(nlp, text) if "met on Sunday" in q.text]


def test_an_earlier_caption_is_still_left_out(nlp):
    text = (
        "The bridge opened on Monday.\n\nAn earlier caption said that the bridge opened on Sunday."
    )
    assert not [q for q in quotes(nlp, text) if "opened on Sunday" in q.text]


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
