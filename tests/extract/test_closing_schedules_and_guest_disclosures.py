"""A bulletin's labelled schedule line may give a time of day (`Next update: Friday at 10:00
GMT.`), and a writer's disclosure may name them with a middle initial (`Ana M. Ruiz travelled
to ...`) or say they were a guest (`The author was a guest of ...`): furniture, in text and
HTML. Story sentences of those shapes stay. Text invented for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text, closing_credit, next_issue

PARAS = [
    "The ferry between Selm and Varn resumed on Tuesday after a three-week stop for repairs to "
    "its hull, the operator said in a statement.",
    "Tickets are on sale again at the harbour office, and the first crossing left at seven in "
    "the morning with forty cars and two lorries aboard.",
    "The operator said the winter timetable would start in November, with two crossings a day "
    "instead of four, and that fares would not change.",
]
HEAD = "Ferry to Selm resumes after repairs"


def _text(line: str, byline: str | None = "Ana M. Ruiz") -> str:
    by = f"By {byline}\n\n" if byline else ""
    return f"{HEAD}\n\n{by}" + "\n\n".join([*PARAS, line]) + "\n"


def _page(line: str, byline: str | None = "Ana M. Ruiz") -> str:
    by = f"<p>By {byline}</p>" if byline else ""
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, line])
    return (
        f"<html><head><title>{HEAD}</title></head><body><article><h1>{HEAD}</h1>{by}{paras}"
        "</article></body></html>"
    )


# -- 7: a labelled schedule line with a time of day -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Next update: Friday at 10:00 GMT.",
        "Next report: Monday, 14.30 local time",
        "Next bulletin: 3 December 2027 at 9am.",
        "Next briefing: Thursday at 11:00.",
        "Next update: 16:00 UTC",
    ],
)
def test_a_labelled_schedule_with_a_time_is_furniture(line):
    assert next_issue(line)
    got = clean_text(_text(line), select_body=True)
    assert line not in got.text
    assert any(r.text == line for r in got.removals)
    assert line not in extract_html(_page(line)).text


def test_the_schedule_line_is_removed_as_furniture():
    line = "Next update: Friday at 10:00 GMT."
    got = clean_text(_text(line), select_body=True)
    assert [r.reason for r in got.removals if r.text == line] == ["boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "The next briefing is expected on Monday at 10am.",
        "The next update will be issued on Friday at 10:00 GMT, when the count is complete.",
        "Next update: Friday at 10:00 when the minister speaks to the council.",
        "Next update: soon.",
    ],
)
def test_a_schedule_sentence_or_a_line_without_a_day_stays(line):
    assert not next_issue(line)
    assert line in clean_text(_text(line), select_body=True).text


# -- 8: the writer's disclosure: an initial, a guest ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ana M. Ruiz travelled to Selm with the assistance of the Harl Tourism Board.",
        "The author was a guest of the Harl Tourism Board.",
        "The writer travelled as a guest of the Harl Tourism Board.",
        "The writer was a guest of Selm Ferries.",
    ],
)
@pytest.mark.parametrize("byline", ["Ana M. Ruiz", None])
def test_the_writers_disclosure_is_a_sign_off(line, byline):
    got = clean_text(_text(line, byline), select_body=True)
    assert line not in got.text
    assert any(r.text == line and r.reason == "sign-off" for r in got.removals)
    assert line not in extract_html(_page(line, byline)).text


def test_initials_in_a_disclosure_name_the_bylined_person_only():
    line = "J. R. Lind travelled to Selm as a guest of the Harl Tourism Board."
    assert closing_credit(line, "J. R. Lind")
    assert closing_credit(line, None)
    assert not closing_credit(line, "Ana M. Ruiz")  # another person's trip: the story's


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Dorn was a guest of the Harl Tourism Board.",  # no byline says she wrote it
        "The writer was a guest of honour at the ferry's first crossing.",
        "President Ilse Dorn travelled to Selm at the invitation of the king.",
    ],
)
def test_a_story_sentence_about_a_guest_stays(line):
    assert line in clean_text(_text(line, None), select_body=True).text
    assert line in clean_text(_text(line), select_body=True).text
