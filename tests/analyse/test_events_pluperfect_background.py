"""A pluperfect clause tells background from before the news act, so it takes no date from
the sentence before, unless it is what a speaker said (`She said she had demanded ...`).
Sentences written for these tests (invented places); published 2031-03-13."""


def test_pluperfect_background_takes_no_date_from_the_news_act(events):
    found = events(
        "The Kessia army shelled the town of Orbe on Tuesday. Kessia had often threatened "
        "to shell the town."
    )
    assert [e.date for e in found if e.type == "threaten"] == [None]


def test_pluperfect_told_by_a_speaker_keeps_the_carried_date(events):
    """The docstring case of `_continues`: the speech verb carries the day into its clause."""
    found = events(
        "Mayor Lena Kolt met the strikers on Tuesday. She said she had demanded their release."
    )
    assert [e.date for e in found if e.type == "request"] == ["2031-03-11"]
