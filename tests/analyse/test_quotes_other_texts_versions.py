"""An earlier version or a previous video of something else (a bill, a group's video) speaks for
its maker, not for the article: only the page's own old text is left out as self-reference.
Names invented."""

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
