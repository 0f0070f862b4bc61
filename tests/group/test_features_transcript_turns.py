"""A transcript's turn labels (`HOST NAME:` at each turn) and an episode's number (`Ep. 48`) are
no features of its story: printed once per turn, the host's name led the vector of a podcast
page and kept it apart from the reports of its event. An undated text's `24/7` is round the
clock, no 24 July: without a publication date, a yearless figure pair is a day only after a
word that dates it (`on 27/11`, `from 27/11`, `Friday 27/11`). Text invented."""

from __future__ import annotations

from newsgraph.group.features import article_features

TRANSCRIPT = (
    "Host Lina Fosk speaks to Harbour Minister Ivo Marek about the ferry strike.\n\n"
    "LINA FOSK: Minister, how long will the strike last?\n\n"
    "MINISTER MAREK: We expect the crews back by Monday.\n\n"
    "LINA FOSK: And the islands?\n\n"
    "MINISTER MAREK: The navy will carry food and medicine."
)


def test_turn_labels_are_no_names_of_the_story():
    feats = article_features("The Harbour Hour, Ep. 48: the ferry strike", TRANSCRIPT)
    # the host, named once in the introduction, is the show's, not the story's (session 21)
    assert "n:fosk" not in feats and "p:lina fosk" not in feats
    assert feats["n:marek"] == 1  # the introduction's mention, not one per turn
    assert "p:minister marek" not in feats
    assert "d:48" not in feats


def test_round_the_clock_in_an_undated_text_is_no_date():
    feats = article_features(None, "The shelter in Carrow stays open 24/7 for the homeless.")
    assert not [k for k in feats if k.startswith("m:")]
    assert feats["d:24"] == 1 and feats["d:7"] == 1


def test_a_dated_figure_pair_in_an_undated_text_is_still_a_day():
    for text in ("The curfew starts on 27/11 in Carrow.", "A curfew from Friday 27/11 in Carrow."):
        feats = article_features(None, text)
        assert feats["m:11-27"] == 1 and "d:27" not in feats, text


def test_a_dateline_in_capitals_is_no_turn_label():
    feats = article_features(None, "PORT ALVA: The harbour minister met Kavita Rao on Monday.")
    assert feats["n:alva"] == 1
