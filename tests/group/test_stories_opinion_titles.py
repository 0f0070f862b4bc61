"""Session 13 (review 13): a seizure and the talks it led to are one story, and a story is
not titled by an opinion column's headline (invented text, invented names).

The seizure is reported by one outlet and by an agency text that two outlets carry (one
cuts its last sentence); a column argues about it; a ministry briefing announces talks, and
the talks and the deal are reported over the next two days. Every report names the same
ship, crew and countries. The briefing shares too little wording with the seizure reports to
join them, so the talks reports gather around it, and settling must merge the two stories.
Before session 13 the split test counted the agency text and its copy (cosine 0.9) as
evidence of the seizure part's cohesion, and kept the talks apart."""

from __future__ import annotations

import pytest

from newsgraph.group import Params, StoryDoc, rebuild
from newsgraph.group.stories import _part_ratio, is_view_headline, story_title

WIRE = (
    "Velmorian border guards impounded the Brannock Star, a refrigerated cargo ship flying the "
    "flag of Estrany, in the Halvard Sound on Monday and escorted it to the port of Tessin, the "
    "Velmorian interior ministry said. It accused the ship of carrying 600 tonnes of undeclared "
    "fish caught inside Velmorian waters. Estrany's foreign ministry said the Brannock Star had "
    "stayed in open sea and demanded the release of the ship and its 18 sailors. Velmorian "
    "spokesman Ardo Kleist said the crew were in good health and would stay on board. The owner, "
    "Sallis Reefer Lines, said it had not been told why the ship was stopped."
)
SEIZE = [
    StoryDoc(
        "s1",
        "Velmoria impounds Estrany cargo ship Brannock Star in Halvard Sound",
        "TESSIN — Velmorian border guards boarded the Brannock Star, an Estrany-flagged reefer "
        "with 18 sailors aboard, late on Monday and took it to Tessin. "
        "Estrany's foreign minister, Lidia Maron, called the boarding an act of theft and "
        "demanded that the ship and crew be freed at once. Velmoria accuses the crew of "
        "poaching. The ship's "
        "captain, Henrik Dole, told his family by radio that nobody was hurt.",
        "2027-03-09",
        "Estrany Courier",
    ),
    StoryDoc(
        "s2",
        "Estrany demands release of ship held by Velmoria",
        WIRE,
        "2027-03-09T12:00:00+00:00",
        "Coastal Post",
    ),
    StoryDoc(
        "s3",
        "Velmoria defends impounding of Brannock Star",
        WIRE.rsplit(". ", 1)[0] + ".",
        "2027-03-09T13:30:00+00:00",
        "Northern Mail",
    ),
    StoryDoc(
        "s4",
        "Opinion: Estrany cannot let the Brannock Star go quietly",
        "Velmoria chose a quiet week to seize the Brannock Star, and it chose well. Lidia Maron "
        "was right to call it theft; the sailors are the test of whether "
        "Estrany can protect the people who crew its ships. A country that pays to get its "
        "sailors back will be asked to pay again.",
        "2027-03-10T07:00:00+00:00",
        "Coastal Post",
    ),
]
TALKS = [
    StoryDoc(
        "t1",
        "Transcript: weekly press briefing by spokeswoman Ines Varga",
        "MS VARGA: Good afternoon. Lidia Maron spoke this morning with Pavo Renn, the foreign "
        "minister of Corvane, who has offered to host talks with Velmoria in Corvane on "
        "Thursday. Our delegation will be led by the deputy minister, Tomas Ebbe; Velmoria "
        "will send Osric Tallan. QUESTION: Has the consul seen the sailors of the Brannock "
        "Star? MS VARGA: Not yet. We have asked twice. QUESTION: Will you pay a fine? MS "
        "VARGA: We will not pay anything for sailors who did nothing wrong.",
        "2027-03-10",
        "Ministry of Foreign Affairs of Estrany",
    ),
    StoryDoc(
        "t2",
        "Velmoria and Estrany open talks in Corvane",
        "Negotiators from Estrany and Velmoria met in Corvane on Thursday, three days after "
        "Velmorian guards boarded the Brannock Star. Pavo Renn, Corvane's foreign minister, said "
        "both delegations had come in good faith. Velmoria's foreign minister, Osric Tallan, "
        "said the 600 tonnes of fish were proof of poaching. The crew remain on the ship in "
        "Tessin.",
        "2027-03-11",
        "Radio Meridia",
    ),
    StoryDoc(
        "t3",
        "Velmoria to free Brannock Star sailors after Corvane deal",
        "Velmoria will free 15 of the 18 sailors of the Brannock Star on Monday under a deal "
        "reached in Corvane late on Thursday, Estrany's foreign minister Lidia Maron said. "
        "Captain Henrik Dole and two officers will stay in Tessin to face charges of illegal "
        "fishing, Osric Tallan said. The ship stays impounded.",
        "2027-03-12",
        "Estrany Courier",
    ),
]


def _groups(index) -> set[frozenset[str]]:
    return {frozenset(m) for m in index.stories().values()}


def test_a_seizure_and_the_talks_it_led_to_are_one_story():
    """Four reports of a seizure (two of them one agency text) and three of the talks over
    the same ship and crew, within four days: one story."""
    assert _groups(rebuild(SEIZE + TALKS)) == {frozenset(d.id for d in SEIZE + TALKS)}


def test_copies_counted_as_cohesion_kept_the_talks_apart():
    """`split_copy=None` (pairs of copies add to a part's cohesion, as before session 13)
    leaves the talks in a story of their own: the change is what merges them."""
    assert len(_groups(rebuild(SEIZE + TALKS, Params(split_copy=None)))) == 2


def test_a_copy_pair_adds_nothing_to_its_parts_cohesion():
    """Part a = a report, its wire copy (0.92 alike) and a third article; without the copy
    pair a is as cohesive as its other pairs (0.4), and the parts are one event (ratio
    0.22 / sqrt(0.4 * 0.3) > 0.55); counting the pair, a looks far tighter (0.57)."""
    gram = [
        [1.0, 0.92, 0.4, 0.22, 0.22, 0.22],
        [0.92, 1.0, 0.4, 0.22, 0.22, 0.22],
        [0.4, 0.4, 1.0, 0.22, 0.22, 0.22],
        [0.22, 0.22, 0.22, 1.0, 0.3, 0.3],
        [0.22, 0.22, 0.22, 0.3, 1.0, 0.3],
        [0.22, 0.22, 0.22, 0.3, 0.3, 1.0],
    ]
    a, b = [0, 1, 2], [3, 4, 5]
    assert _part_ratio(gram, a, b, 0.8) == pytest.approx(0.22 / (0.4 * 0.3) ** 0.5)
    assert _part_ratio(gram, a, b, None) < 0.55 < _part_ratio(gram, a, b, 0.8)


def test_a_part_of_copies_only_counts_as_cohesive_as_the_other_part():
    gram = [
        [1.0, 0.95, 0.3, 0.3],
        [0.95, 1.0, 0.3, 0.3],
        [0.3, 0.3, 1.0, 0.5],
        [0.3, 0.3, 0.5, 1.0],
    ]
    assert _part_ratio(gram, [0, 1], [2, 3], 0.8) == pytest.approx(0.3 / 0.5)


COLUMN = SEIZE[3]


@pytest.mark.parametrize(
    "label", ["Opinion: ", "Comment: ", "Analysis: ", "Editorial: ", "Column: ", "COMMENT | "]
)
def test_a_story_is_titled_by_a_report_not_by_a_view_piece(label):
    """The column is the most central member of this story (it names the ship, the seizure,
    the minister and the sailors): its headline was the story's title."""
    headline = label + COLUMN.title.split(": ", 1)[1]
    column = StoryDoc(COLUMN.id, headline, COLUMN.text, COLUMN.published, COLUMN.outlet)
    for story in ([SEIZE[0], column, TALKS[0]], [SEIZE[1], column, TALKS[2]]):
        title = story_title(story)
        assert title != headline
        assert title in {d.title for d in story}


def test_a_story_of_view_pieces_only_takes_one_of_their_headlines():
    other = StoryDoc("v2", "Analysis: what Velmoria wants", COLUMN.text, "2027-03-11", "Radio")
    assert story_title([COLUMN, other]) == COLUMN.title


@pytest.mark.parametrize(
    ("title", "view"),
    [
        ("Opinion: the port must reopen", True),
        ("Analysis - why the talks stalled", True),
        ("Op-ed: a fair deal", True),
        ("Editorial | Pay nothing", True),
        ("Analysis of water samples finds lead", False),
        ("Comment-free zone opens at the library", False),
        ("Columnists gather in Corvane", False),
        (None, False),
    ],
)
def test_view_labels(title, view):
    assert is_view_headline(title) is view
