"""Product review 12: a story is titled by its most central report, not its first one.

A story often begins with a report of how things started (an inquiry hears a witness) and
grows with reports of what it became (the inquiry's finding). The title is the headline of
the member most like all the others together, so it says what most reports say.
"""

from __future__ import annotations

from story_support import store_docs

from newsgraph.group import StoryDoc
from newsgraph.group.run import group_new
from newsgraph.group.stories import story_title
from newsgraph.store import Store

_PLACE = "SELBY - "
_FINDING = (
    "The public inquiry into the collapse of the Selby river bridge found on Thursday that the "
    "Selby city council had ignored eleven warnings about corroded cables, and blamed chief "
    "engineer Maren Tollak's department for the collapse that killed four people in March. "
    "Inquiry chair Oskar Wendt said the council had been negligent. The council said it "
    "accepted the findings of the inquiry and would rebuild the bridge."
)
HEARING = StoryDoc(
    "a-hearing",
    "Engineer tells Selby bridge inquiry she raised the alarm in 2024",
    _PLACE + "Chief engineer Maren Tollak told the public inquiry into the collapse of the "
    "Selby river bridge on Monday that she had warned the city council about corroded cables "
    "in 2024. Inquiry chair Oskar Wendt said the inquiry would report on Thursday.",
    "2026-05-04",
    "Selby Courier",
)
FINDINGS = [
    StoryDoc(
        "b-finding",
        "Inquiry finds Selby council negligent over bridge collapse",
        _PLACE + _FINDING,
        "2026-05-07T10:00:00+00:00",
        "Riverside Post",
    ),
    StoryDoc(
        "c-finding",
        "Selby council ignored eleven warnings before bridge collapse, inquiry finds",
        _PLACE + _FINDING.replace("found on Thursday", "concluded on Thursday"),
        "2026-05-07T12:00:00+00:00",
        "Northern Wire",
    ),
    StoryDoc(
        "d-finding",
        "Council blamed for deadly Selby bridge collapse",
        _PLACE + _FINDING.replace("blamed", "faulted"),
        "2026-05-07T15:00:00+00:00",
        "Evening Ledger",
    ),
]
VIGIL = StoryDoc(
    "e-vigil",
    "Families hold vigil at Selby bridge",
    _PLACE + "Families of the four people killed in the Selby river bridge collapse held a "
    "vigil on Thursday evening as the public inquiry found the city council negligent.",
    "2026-05-07T19:00:00+00:00",
    "Riverside Post",
)
STORY = [HEARING, *FINDINGS, VIGIL]


def test_the_title_is_a_finding_not_the_first_report() -> None:
    title = story_title(STORY)
    assert title in {d.title for d in FINDINGS}, title


def test_the_title_does_not_depend_on_member_order() -> None:
    assert story_title(STORY) == story_title(list(reversed(STORY)))


def test_two_reports_keep_the_earliest_headline() -> None:
    """Two reports are always equally central: the first one's headline, as before."""
    assert story_title([FINDINGS[1], HEARING]) == HEARING.title


def test_untitled_members_count_but_are_never_the_title() -> None:
    untitled = StoryDoc("f-untitled", None, _PLACE + _FINDING, "2026-05-08", "Wire")
    assert story_title([HEARING, untitled]) == HEARING.title
    assert story_title([untitled]) is None


def test_the_stored_story_is_titled_by_its_central_report(tmp_path) -> None:
    with Store(tmp_path / "titles.db") as store:
        for d in STORY:
            store_docs(store, [d])
            group_new(store, [d.id])
        (story,) = store.story_records()
        assert sorted(story["articles"]) == sorted(d.id for d in STORY)
        assert story["title"] in {d.title for d in FINDINGS}, story["title"]
