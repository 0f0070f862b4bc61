# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""An explainer under statement headings (`The new rules`, `Those affected`) is one article:
its sections tell rules in common nouns, naming no one past a sentence's first word, where a
digest's items are reports that name who or where."""

from __future__ import annotations

import digest_support as ds

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem

EXPLAINER = """Pension reform explained

The government has unveiled the biggest change to state pensions in a generation. Here is what it means for you.

The new rules

The retirement age rises from 65 to 66 in January 2027 and to 67 in January 2030, under the bill published on Wednesday by the labour ministry.

Those affected

Anyone born after 1965 will retire later. People who have worked in heavy jobs for at least thirty years can still leave at 63, the minister said on Wednesday.

Early pensions

Early pensions will be cut by a smaller amount than today. Unions said on Thursday they would study the details before deciding whether to strike in December.
"""


def _split(text: str):
    return split_digest(extract(RawItem("t.txt", "text", text.encode())))


def test_explainer_sections_under_statement_headings_do_not_split():
    assert _split(EXPLAINER) is None


def test_explainer_without_its_lead_does_not_split_either():
    no_lead = EXPLAINER.replace(
        "The government has unveiled the biggest change to state pensions in a generation. Here is what it means for you.\n\n",
        "",
    )
    assert _split(no_lead) is None


def test_briefs_whose_names_open_their_sentences_still_split():
    # a name at a sentence's start is not counted, but every brief names a place further on
    items = _split(ds.BRIEFS)
    assert items is not None and len(items) == 4
