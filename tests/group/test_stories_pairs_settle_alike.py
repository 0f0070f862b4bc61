"""A report that joins a one-article story stays in it: the pair's fit is the same both ways
(the cosine of its two members), not a leave-one-out fit that still holds the joining report's
own minor features (a piece led by its own cast of people, sharing the event's places and
figures, joined at 0.247 and was ejected at 0.233). And two one-article stories that each fit
the other merge instead of trading places (and ids, `~2`) round after round. Invented text."""

from __future__ import annotations

from newsgraph.group import Params, StoryDoc, StoryIndex

WIRE = StoryDoc(
    "a" * 16,
    "Quake toll in Morvia passes 200",
    "The death toll from the magnitude 6.9 earthquake that struck southern Morvia on Monday "
    "rose to 214 on Tuesday, the emergencies ministry in Drelle said. Rescue teams from Osk "
    "and Tarn joined the search in the town of Velk, where 40 buildings collapsed. Aftershocks "
    "of up to 5.1 shook the region. More than 900 people were injured. Prime Minister Ana Korr "
    "visited Velk and declared three days of mourning. The Seismic Institute in Drelle said the "
    "quake was 12 km deep.",
    "2031-03-04T10:00:00+00:00",
    "Wire One",
)
RESCUER = StoryDoc(
    "b" * 16,
    "'We heard her voice': a rescuer's night in Velk",
    "A rescuer from Tarn has described how her team pulled a girl alive from a collapsed block "
    "in Velk, in southern Morvia, two days after the earthquake. Ciara Doyle, 34, from "
    "Glenmore, said the team of 48 worked through the night. Her team leader, Owen Brady, said "
    "conditions were very dangerous because of the aftershocks. Another member, Rory Keane, a "
    "paramedic from Ballyvane, said the girl asked for her mother. Doyle's husband, Liam Doyle, "
    "and her sister, Aoife Walsh, followed the rescue from Glenmore. Father Sean Duffy said "
    "prayers for the team at St Brigid's church on Tuesday. The Tarn Foreign Office said the "
    "team would stay in Morvia for a week. The toll in Morvia stood at 214.",
    "2031-03-05T20:00:00+00:00",
    "Tarn Evening Post",
)
#: Between the pair's cosine (0.237) and the rescuer's old leave-one-out fit (0.233); the
#: rescuer scores 0.247 against the wire's story when it comes.
THRESHOLD = 0.235


def test_a_report_that_joined_a_story_of_one_stays():
    index = StoryIndex(Params(threshold=THRESHOLD))
    index.add(WIRE)
    assert index.add(RESCUER) == "s-" + WIRE.id
    assert index.stories() == {"s-" + WIRE.id: [WIRE.id, RESCUER.id]}


def test_two_stories_of_one_moving_into_each_other_merge():
    from newsgraph.group.stories import _no_swaps, _Story

    a, b = _Story("s-a"), _Story("s-b")
    a.members, b.members = ["a"], ["b"]
    kept = _no_swaps([(a, 0, b), (b, 0, a)])
    assert len(kept) == 1
    assert _no_swaps([(b, 0, a), (a, 0, b)]) == kept
