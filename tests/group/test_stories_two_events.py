"""Two events of one kind in a dated stream: two rounds of fishing talks between the same two
ministers, in two cities a week apart, each reported by three outlets, are two stories; one
meeting reported in other words and a day later by one outlet stays one story (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.group import Params, StoryDoc, StoryIndex, rebuild
from newsgraph.group.run import group_new, regroup
from newsgraph.records import Article, RawItem
from newsgraph.store import Store

FIRST = [
    StoryDoc(
        "k1",
        "Quota talks in Brevik end with a joint patrol plan",
        "BREVIK — Fisheries ministers Oda Strand of Vallmark and Teodor Iliev of Karsland agreed "
        "on Tuesday to run joint patrols in the Mossel Sea, at talks in the port of Brevik. "
        "Strand said the patrols would stop the illegal trawling that has emptied the cod "
        'grounds. "We share one sea and one problem," Iliev told reporters. The ministers will '
        "meet again in Lunde to settle the quotas themselves.",
        "2025-09-09",
        "Coast Wire",
    ),
    StoryDoc(
        "k2",
        "Vallmark and Karsland to patrol Mossel Sea together",
        "Vallmark's fisheries minister Oda Strand and her Karsland counterpart Teodor Iliev met "
        "in Brevik on Tuesday and settled on shared patrols against illegal trawlers in the "
        "Mossel Sea. Cod catches there have fallen for years. Iliev called the sea a shared "
        "problem. A second round of talks, on the quotas, is planned in Lunde.",
        "2025-09-09",
        "Harbour Daily",
    ),
    StoryDoc(
        "k3",
        "Brevik meeting: ministers agree on Mossel Sea patrols",
        "The fisheries ministers of Vallmark and Karsland, Oda Strand and Teodor Iliev, used "
        "their meeting in Brevik on Tuesday to agree on joint patrols of the Mossel Sea, where "
        "illegal trawling has hit the cod stocks. Strand said the quotas would wait for the "
        "next round in Lunde.",
        "2025-09-10",
        "Northern Ledger",
    ),
]

SECOND = [
    StoryDoc(
        "l1",
        "Lunde round fixes Mossel Sea cod quotas",
        "LUNDE — Fisheries ministers Oda Strand of Vallmark and Teodor Iliev of Karsland fixed "
        "the cod quotas for the Mossel Sea on Wednesday, a week after their talks in Brevik "
        "set up joint patrols. Vallmark boats may land 40 percent of the catch. "
        '"The sea can breathe again," Strand told reporters in Lunde.',
        "2025-09-17",
        "Coast Wire",
    ),
    StoryDoc(
        "l2",
        "Strand and Iliev split the Mossel Sea cod",
        "Vallmark's Oda Strand and Karsland's Teodor Iliev signed a quota deal for Mossel Sea "
        "cod in Lunde on Wednesday. The fisheries ministers, who agreed on joint patrols in "
        "Brevik last week, gave Vallmark 40 percent of the catch. Iliev said the trawlers "
        "of both countries would share the sea.",
        "2025-09-17",
        "Harbour Daily",
    ),
    StoryDoc(
        "l3",
        "Ministers settle cod quotas at second Mossel Sea meeting",
        "The fisheries ministers of Vallmark and Karsland met in Lunde on Wednesday for the "
        "second round of their Mossel Sea talks and settled the cod quotas. Oda Strand and "
        "Teodor Iliev had agreed on joint patrols at their first meeting in Brevik.",
        "2025-09-18",
        "Northern Ledger",
    ),
]

TWO_MEETINGS = {frozenset(d.id for d in FIRST), frozenset(d.id for d in SECOND)}


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(m) for m in index.stories().values()}


def _run(docs: list[StoryDoc], params: Params | None = None) -> StoryIndex:
    index = StoryIndex(params)
    for d in docs:
        index.add(d)
    return index


def test_the_two_meetings_are_alike_enough_to_merge_on_similarity_alone():
    """The case the rule is for: without it (a story joinable for the whole window), the
    second meeting joins the first meeting's story."""
    assert _groups(_run(FIRST + SECOND, Params(gap_days=14))) == {
        frozenset(d.id for d in FIRST + SECOND)
    }


@pytest.mark.parametrize(
    "docs",
    [
        FIRST + SECOND,
        (FIRST + SECOND)[::-1],
        [SECOND[0], FIRST[0], SECOND[1], FIRST[1]]
        + [
            SECOND[2],
            FIRST[2],
        ],
    ],
    ids=["file-order", "reversed", "interleaved"],
)
def test_two_meetings_a_week_apart_are_two_stories(docs):
    assert _groups(_run(docs)) == TWO_MEETINGS
    assert _groups(rebuild(docs)) == TWO_MEETINGS


def test_two_meetings_through_the_store_and_rebuild(tmp_path):
    with Store(tmp_path / "meetings.db") as store:
        for d in (FIRST + SECOND)[::-1]:
            article = Article(
                d.id, "test", "text", d.text, title=d.title, published=d.published, language="en"
            )
            store.add_article(article, RawItem("test", "text", d.text.encode()))
            group_new(store, [d.id])
        assert {frozenset(s["articles"]) for s in store.story_records()} == TWO_MEETINGS
        regroup(store)
        assert {frozenset(s["articles"]) for s in store.story_records()} == TWO_MEETINGS


ONE_MEETING = [
    FIRST[0],
    StoryDoc(
        "m2",
        "Mossel Sea trawlers face shared patrol boats",
        "Illegal trawlers in the Mossel Sea will meet patrol boats from two countries: at a "
        "meeting in Brevik, Karsland's Teodor Iliev and Vallmark's Oda Strand chose to pool their "
        "coastguards. Fishermen say the cod has all but gone.",
        "2025-09-09",
        "Harbour Daily",
    ),
    StoryDoc(
        "m3",
        "Analysis: why Brevik's patrol deal matters for cod",
        "A day after the fisheries ministers of Karsland and Vallmark agreed in Brevik to patrol "
        "the Mossel Sea together, fishermen in both countries asked when the cod quotas would "
        "follow. Oda Strand has said they will be settled in Lunde; Teodor Iliev has not named "
        "a date.",
        "2025-09-10",
        "Northern Ledger",
    ),
]


@pytest.mark.parametrize("reverse", [False, True])
def test_one_meeting_in_other_words_and_a_day_later_is_one_story(reverse):
    docs = ONE_MEETING[::-1] if reverse else ONE_MEETING
    assert _groups(_run(docs)) == {frozenset(d.id for d in ONE_MEETING)}
    assert _groups(rebuild(docs)) == {frozenset(d.id for d in ONE_MEETING)}


def test_undated_articles_are_not_held_apart_by_the_gap():
    """The gap is between publication days: without them the text alone decides."""
    undated = [StoryDoc(d.id, d.title, d.text, None) for d in ONE_MEETING]
    assert _groups(_run(undated)) == {frozenset(d.id for d in ONE_MEETING)}


FIRE = [
    StoryDoc(
        "p1",
        "Fire at Harrowgate paint works, 1,200 workers evacuated",
        "HARROWGATE — A fire broke out at the Lenz paint works in Harrowgate on March 4, and "
        "1,200 workers were led out of the plant, the fire service said. Chief officer Rasmus "
        "Quell said the blaze started in a solvent store. The company put the damage at "
        "450,000 crowns.",
        "2025-03-04",
        "Coast Wire",
    ),
    StoryDoc(
        "p2",
        "Lenz plant stays shut after solvent store blaze",
        "The Lenz paint works in Harrowgate stayed shut on Wednesday, a day after a fire in its "
        "solvent store forced 1,200 workers out. Rasmus Quell of the fire service said the "
        "building was safe to enter. Lenz said the damage came to 450,000 crowns.",
        "2025-03-05",
        "Harbour Daily",
    ),
]

#: Six quiet days later: the inquiry's finding, restating the fire's day and figures.
FIRE_FINDING = StoryDoc(
    "p3",
    "Faulty wiring caused Harrowgate paint works fire, inquiry finds",
    "Faulty wiring in a solvent store caused the March 4 fire at the Lenz paint works in "
    "Harrowgate, an inquiry found on Tuesday. The fire forced 1,200 workers out and did "
    "450,000 crowns of damage. Fire chief Rasmus Quell said the plant had passed an "
    "inspection in January.",
    "2025-03-11",
    "Northern Ledger",
)

#: Eight days after the first: a second fire at the same works, with its own day and figures.
SECOND_FIRE = [
    StoryDoc(
        "q1",
        "Second fire in two weeks at Harrowgate paint works",
        "HARROWGATE — Fire broke out again at the Lenz paint works in Harrowgate on March 12, "
        "in a drying shed this time, and 300 night-shift workers were evacuated. Rasmus Quell "
        "of the fire service said the shed was not linked to the solvent store fire. Nobody "
        "was hurt.",
        "2025-03-12",
        "Coast Wire",
    ),
    StoryDoc(
        "q2",
        "Lenz drying shed burns, 300 workers led out",
        "A drying shed at the Lenz paint works burned on Wednesday night, the second fire at "
        "the Harrowgate plant this month. The fire service's Rasmus Quell said 300 workers of "
        "the night shift got out unhurt. Lenz said production would stop for a week.",
        "2025-03-12",
        "Harbour Daily",
    ),
]


def test_a_follow_up_after_a_quiet_gap_that_restates_the_event_joins_its_story():
    """Six days after the story's latest article, beyond `gap_days`: the finding repeats the
    fire's day and two of its figures, and joins (`gap_evidence`). Without the exception it
    opened a story of its own."""
    docs = [*FIRE, FIRE_FINDING]
    one = {frozenset(d.id for d in docs)}
    assert _groups(_run(docs)) == one
    assert _groups(rebuild(docs[::-1])) == one
    assert len(_run(docs, Params(gap_evidence=0)).stories()) == 2


def test_a_second_fire_at_the_same_works_stays_its_own_story():
    """The second fire names the works, the town and the fire officer, and comes 8 days later,
    but states its own day and figures: no exception. (With the finding of day 11 in the
    story, the second fire of day 12 is within `gap_days` of it and joins: docs/stories.md,
    Limits.)"""
    docs = [*FIRE, *SECOND_FIRE]
    want = {frozenset(d.id for d in FIRE), frozenset(d.id for d in SECOND_FIRE)}
    assert _groups(_run(docs)) == want
    assert _groups(rebuild(docs[::-1])) == want
