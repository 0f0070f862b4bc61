"""A chamber's record (`X House of Assembly` over `Official Report (Hansard)` over a date) is
titled by its debate's heading, not by its masthead, and has no byline."""

from __future__ import annotations

import pytest

from newsgraph.extract.genre import document_label, transcript_label
from newsgraph.extract.textclean import clean_text

TURNS = (
    "Mr Alder Voss (Westmere) (Labour): To ask the Minister for Transport if she will make a "
    "statement on the closure of the northern rail line after the floods last week.\n\n"
    "The Minister for Transport (Ms Ilse Brandt): The northern line was closed on Monday after "
    "water undermined the track near Kessel, and engineers expect to reopen it within a month. "
    "Replacement buses are running every half hour.\n\n"
    "Mr Voss: Will the Minister tell the House what the repairs will cost and who will pay?\n\n"
    "Ms Brandt: The first estimate is twelve million, and the Government will pay all of it.\n"
)


@pytest.mark.parametrize(
    "label", ["Official Report (Hansard)", "Verbatim Record", "HANSARD", "Parliamentary Debates"]
)
def test_record_masthead_is_no_title(label):
    head = f"Osterland National Assembly\n{label}\nTuesday 3 March 2026\n\n"
    text = head + f"Northern Rail Line: Closure\n\nUrgent Question\n\n{TURNS}"
    got = clean_text(text)
    assert got.title == "Northern Rail Line: Closure"
    assert got.byline is None
    assert got.text.startswith("Mr Alder Voss (Westmere)")


def test_transcript_labels():
    assert transcript_label("Official Report (Hansard)")
    assert document_label("Official Report (Hansard)") == "official report (hansard)"
    assert not transcript_label("PRESS RELEASE")
    assert not transcript_label("The official report was published on Monday.")
