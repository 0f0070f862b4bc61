"""After a clock's `a.m.` / `p.m.`, a figure + time unit goes on the sentence only as an
adverbial of its clause (`at 5 p.m. 2 hours after it began`, `at 10 p.m. 2 weeks after the
riots`); one that a verb, `of` or a bare `earlier` follows opens a new sentence (`12 hours
passed before …`, `3 hours of shelling followed`, `2 days earlier the talks had collapsed`).
Invented text."""

from __future__ import annotations

import pytest

from newsgraph.compare.text import sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The fire started at 5 a.m.", "12 hours passed before crews arrived."),
        ("The shelling began at 5 a.m.", "3 hours of shelling followed, residents said."),
        ("The ceremony opened at 5 a.m.", "30 seconds of silence was held at noon."),
        ("The meeting ended at 11 p.m.", "2 days earlier the talks had collapsed."),
        ("The vote closed at 8 p.m.", "24 hours earlier, 3,000 people had marched."),
        ("The polls opened at 7 a.m.", "3 weeks of campaigning ended on Sunday."),
    ],
)
def test_a_time_span_that_opens_a_clause_opens_a_sentence(first, second):
    assert _texts(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "The curfew began at 10 p.m. 2 weeks after the riots.",
        "The talks resumed at 9 a.m. 3 months after they had stalled.",
        "The strike began at 6 a.m. 2 hours into the morning shift.",
        "The train left at 8 p.m. 40 minutes earlier than planned.",
    ],
)
def test_a_time_span_that_is_the_clauses_adverbial_goes_on(text):
    assert _texts(text) == [text]
