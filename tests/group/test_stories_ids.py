"""A story's id names one of its own articles: when settling takes the article a story's id came
from out of it, that article takes the id along and the story left behind is named after its own
first article; and a two-article story broken in two counts each half as the other's stray, so
the one left behind can get back in once the story has grown (invented text)."""

from __future__ import annotations

from test_stories_release_tables import RELEASE, REPORTS

from newsgraph.group import Params, StoryDoc, StoryIndex

LIVE = StoryDoc(
    "L",
    "Live: Lindqvist mayoral count - latest",
    "Counting has begun in the Lindqvist mayoral race. Odile Marchetti of Harbour First and "
    "Tomas Brevik of Civic Union are level in the early districts, the election board said. "
    "Board chair Wilma Rusk said envelopes are opened in public.",
    "2026-03-08",
)


def _names_a_member(stories: dict[str, list[str]]) -> bool:
    """Whether every story id (`s-<article id>`, maybe `~n`) names one of its articles."""
    return all(sid[2:].split("~")[0] in members for sid, members in stories.items())


def _pair_broken() -> StoryIndex:
    """The live report and the release make one story (named after the live report, added
    first); then settling ejects the live report, as it does a first member that fits the
    story below the join threshold (`_reassign`)."""
    index = StoryIndex()
    index.add(LIVE)
    index.params.threshold = 0.0
    index.add(RELEASE)
    index.params.threshold = Params().threshold
    story = index._stories["s-L"]
    assert story.members == ["L", "r"]
    index._apply_moves([story], [(story, 0, None)])
    return index


def test_the_article_that_leaves_takes_the_id_along():
    index = _pair_broken()
    assert index.story_of("L") == "s-L"
    assert index.story_of("r") == "s-r"
    assert index.stories() == {"s-L": ["L"], "s-r": ["r"]}


def test_a_remnant_moved_into_another_story_is_renamed():
    index = StoryIndex(Params(settle=False))
    index.add(LIVE)
    index.params.threshold = 0.0
    index.add(RELEASE)
    index.add(REPORTS[0])
    index.params.threshold = 1.01
    index.add(REPORTS[1])  # a story of its own: s-b
    index.params.threshold = Params().threshold
    story, other = index._stories["s-L"], index._stories["s-b"]
    assert story.members == ["L", "r", "a"]
    index._apply_moves([story, other], [(story, 0, other)])
    assert index.story_of("L") == "s-b"
    assert index.story_of("r") == index.story_of("a") == "s-r"
    assert _names_a_member(index.stories())


def test_each_half_of_a_broken_pair_is_the_others_stray():
    index = _pair_broken()
    live, release = index.story_of("L"), index.story_of("r")
    assert live != release
    assert index._stories[release].left == live
    assert index._stories[live].left == release


def _after_first_report(strays: int) -> StoryIndex:
    index = _pair_broken()
    index.params.settle_strays = strays
    index.add(REPORTS[0])  # joins the live report's story, which now fits the release again
    return index


def test_the_half_left_behind_gets_back_in_once_the_story_grows():
    index = _after_first_report(Params().settle_strays)
    assert index.story_of("r") == index.story_of("a") == index.story_of("L") == "s-L"
    again = StoryIndex.from_json(index.to_json())
    for doc in REPORTS[1:]:
        index.add(doc)
        again.add(doc)
    assert again.stories() == index.stories()
    assert _names_a_member(index.stories())


def test_without_strays_the_half_left_behind_waits():
    index = _after_first_report(0)
    assert index.story_of("r") != index.story_of("a")


def test_a_pair_both_ejected_marks_each_as_the_others_stray():
    index = StoryIndex()
    index.add(LIVE)
    index.params.threshold = 0.0
    index.add(RELEASE)
    story = index._stories["s-L"]
    index._apply_moves([story], [(story, 0, None), (story, 1, None)])
    assert index.stories() == {"s-L": ["L"], "s-r": ["r"]}
    assert index._stories["s-L"].left == "s-r"
    assert index._stories["s-r"].left == "s-L"
