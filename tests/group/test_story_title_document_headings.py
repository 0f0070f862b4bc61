"""A story is titled by a news report's headline, not by an official record's heading: a
title that is a document heading (`Security Council, 9412th Meeting (AM)`, a document symbol
like `S/RES/2719 (2023)`) or the heading of a record whose opening cites a document symbol
(`the draft (document S/2031/512)`) says which paper it is, not what happened. Such a heading
titles the story only when no news report in it is titled (invented text and names)."""

from __future__ import annotations

import pytest

from newsgraph.group import StoryDoc
from newsgraph.group.stories import is_document_heading, story_title

_TRUCE = (
    "The Council of Ardenne failed on Tuesday to adopt a draft resolution demanding a 20-day "
    "truce in the Vessa valley after Castrova cast a veto; the draft won 12 votes in favour to "
    "1 against, with 2 abstentions. "
)
_MORL = (
    "Aid convoys cannot reach the besieged town of Morl, where 40,000 people wait for food. "
    "Elbrin and Tassa, who put the draft forward, said the veto left Morl without medicine. "
)
_VOTE = _TRUCE + _MORL
RECORD = StoryDoc(
    "a-record",
    "Council Fails to Adopt Resolution Demanding 20-Day Truce in Vessa Valley, Owing to Veto",
    "The draft (document S/2031/512) was put forward by Elbrin and Tassa.\n\n" + _VOTE,
    "2031-04-08",
    None,
)
NEWS = [
    StoryDoc(
        "b-wire",
        "Castrova vetoes Vessa truce at Council of Ardenne",
        "NEW ARDENNE - " + _TRUCE,
        "2031-04-08T17:00:00+00:00",
        "Tassa Wire",
    ),
    StoryDoc(
        "c-paper",
        "Morl left waiting as aid stays out of reach",
        "MORL - " + _MORL,
        "2031-04-08T19:00:00+00:00",
        "Elbrin Herald",
    ),
]


def test_an_official_record_is_not_the_title_when_a_news_report_is_titled() -> None:
    # the record says everything the reports say: on its words alone it is most central
    assert story_title([RECORD, *NEWS]) in {d.title for d in NEWS}


def test_a_meeting_heading_is_not_the_title() -> None:
    heading = StoryDoc("d-heading", "Council of Ardenne, 9412th Meeting (PM)", _VOTE, "2031-04-08")
    assert story_title([heading, *NEWS]) in {d.title for d in NEWS}


def test_a_story_of_records_only_keeps_a_record_heading() -> None:
    heading = StoryDoc("d-heading", "Council of Ardenne, 9412th Meeting (PM)", _VOTE, "2031-04-08")
    assert story_title([RECORD, heading]) == RECORD.title


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Security Council, 9412th Meeting (AM)", True),
        ("Resolution S/RES/2719 (2023)", True),
        ("General Assembly, 78th session, 45th plenary meeting", True),
        ("Press release SC/16031", True),
        ("Castrova vetoes Vessa truce at Council of Ardenne", False),
        ("Council to meet for 9th time on Vessa truce", False),
        ("AC/DC cancel 2031 tour", False),
        ("Twenty years after 9/11, a city remembers", False),
        ("Ardenne and Vessa leaders hold 2nd meeting in Selmont", False),
        ("Unions set for 3rd meeting with ministers over pay", False),
        ("Council of Ardenne, 12th & 13th Meetings (AM & PM)", True),
        ("A 24/7 watch on COVID-19 wards", False),
    ],
)
def test_document_headings(title: str, heading: bool) -> None:
    assert is_document_heading(title) is heading
