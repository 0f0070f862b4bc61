"""A profile of a story's central figure joins the story on the names and sums it shares.

An interview tells the minister's life and views in words no report of the event uses, but
names the people, the sums and the places the reports name (`StoryIndex._held`). Texts
written for these tests.
"""

from newsgraph.group.stories import StoryDoc, StoryIndex

DAY = "2031-03-04"
REPORTS = [
    (
        "r1",
        "Minister Petra Ulm's budget taxes insurers to fund new hospitals",
        "Corvania's finance minister Petra Ulm presented the 2032 budget in Sorvik on Tuesday. A "
        "levy on insurers will raise 640 million crowns a year for hospitals. The central bank "
        "governor, Tomas Brink, warned that the deficit forecast was too hopeful. The opposition "
        "leader Edda Skov said her party would vote against the budget on 19 March.",
    ),
    (
        "r2",
        "Corvania budget: insurers' levy to raise 640 million crowns",
        "The insurers' levy in Petra Ulm's budget will raise 640 million crowns, the finance "
        "ministry said in Sorvik. Tomas Brink of the central bank said growth would be weaker "
        "than the budget assumes. Edda Skov called the levy a tax on every family's policy. The "
        "vote is due on 19 March.",
    ),
    (
        "r3",
        "Opposition vows to fight Ulm's insurance levy",
        "Edda Skov, who leads the opposition, said on Tuesday her party would vote against Petra "
        "Ulm's budget and its 640 million crown levy on insurers. Central bank governor Tomas "
        "Brink repeated his warning on the deficit. Parliament in Sorvik votes on 19 March.",
    ),
]
PROFILE_TITLE = "Petra Ulm: 'I learnt thrift from my grandmother's orchard'"
PROFILE = (
    "Petra Ulm grew up on an apple farm outside Hallow, the youngest of five children. She "
    "studied mathematics, taught in a village school for nine years and kept bees. Her "
    "grandmother, she says, wrote every coin of the orchard's takings in a green notebook.\n\n"
    '"I still have that notebook," Ulm says. "Thrift is not meanness. It is respect for work."\n\n'
    "She walks to the ministry in Sorvik every morning. On the insurers' levy she is calm. "
    '"Six hundred and forty million is what they earned from a rule we wrote," she says of the '
    '640 million crowns. "Tomas Brink is a careful man, and Edda Skov will have her say."\n\n'
    "Her harshest critic is her brother, Jens Ulm, a potter in Hallow, who says she works too hard."
)


def _index() -> tuple[StoryIndex, str]:
    index = StoryIndex()
    sids = {index.add(StoryDoc(i, t, x, DAY)) for i, t, x in REPORTS}
    assert len(sids) == 1
    return index, sids.pop()


def test_profile_of_the_central_figure_joins_her_story() -> None:
    index, sid = _index()
    copy = StoryIndex.from_json(index.to_json())
    vec = copy.vectorise(StoryDoc("p1", PROFILE_TITLE, PROFILE, DAY))
    # below the join threshold on its words: only the shared names and sums hold it
    assert copy.score(vec, copy._stories[sid]) < copy.params.threshold
    assert index.add(StoryDoc("p1", PROFILE_TITLE, PROFILE, DAY)) == sid


def test_profile_sharing_only_her_name_stays_apart() -> None:
    index, sid = _index()
    text = PROFILE.replace(" Sorvik", " her town").replace("640 million crowns", "the sum")
    text = text.replace("Six hundred and forty million", "It")
    text = text.replace("Tomas Brink is a careful man, and Edda Skov", "The bank")
    assert index.add(StoryDoc("p2", PROFILE_TITLE, text, DAY)) != sid


def test_profile_whose_title_names_nobody_of_the_story_stays_apart() -> None:
    index, sid = _index()
    assert index.add(StoryDoc("p3", "Lessons from a green notebook", PROFILE, DAY)) != sid


def test_profile_stays_through_later_reports_and_a_saved_state() -> None:
    index, sid = _index()
    index.add(StoryDoc("p1", PROFILE_TITLE, PROFILE, DAY))
    again = StoryIndex.from_json(index.to_json())
    later = (
        "r4",
        "Ulm's levy on insurers passes first reading in Sorvik",
        "Petra Ulm's 640 million crown levy on insurers passed its first reading in Sorvik. Edda "
        "Skov's party voted against it; Tomas Brink said nothing. The final vote is on 19 March.",
    )
    for ix in (index, again):
        ix.add(StoryDoc(*later, "2031-03-05"))
        assert ix.story_of("p1") == ix.story_of("r1") == ix.story_of("r4")
    assert again.stories() == index.stories()
