# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""What is not a digest, though it has short dated sections: a Q&A or explainer under question
headings, and a text whose lead tells news before its first heading (a digest whose first
heading was read as its title would otherwise lose that first item as 'preamble')."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem

QA = """Pension reform: your questions answered

The government unveiled its pension reform on Wednesday. We answer readers' questions.

When does the retirement age change?

The retirement age rises from 65 to 66 in January 2027 and to 67 in January 2030, under the bill published on Wednesday by the labour ministry.

Who is affected?

Anyone born after 1965 will retire later. People who have worked in heavy jobs for at least thirty years can still leave at 63, the minister said on Wednesday.

What happens to early pensions?

Early pensions will be cut by a smaller amount than today. Unions said on Thursday they would study the details before deciding whether to strike in December.
"""

#: Four briefs under headings, with no masthead line: the first heading becomes the title.
BRIEFS_NO_MASTHEAD = """Brenland court blocks mining licence

A court in Brenland suspended a mining licence on Monday after farmers argued that the open pit would drain their wells. The company said it would appeal to the supreme court within a month.

Brenland wins relay gold

Brenland's women won the 4x400 metres relay at the continental championships on Sunday evening, setting a championship record of three minutes twenty seconds in heavy rain.

Ferry strike in Ostmark

Ferry crews in Ostmark walked out on Tuesday over pay, stranding thousands of travellers on the islands. Talks between the union and the operator are set to resume on Thursday.

Flood warning lifted in Kessel

The weather service lifted its flood warning for the Kessel valley on Wednesday as the river fell below its banks for the first time in a week, allowing farmers to return to their fields.
"""


def _split(text: str):
    return split_digest(extract(RawItem("t.txt", "text", text.encode())))


def test_questions_and_answers_do_not_split():
    assert _split(QA) is None


def test_a_news_lead_before_the_first_heading_is_never_dropped_as_preamble():
    items = _split(BRIEFS_NO_MASTHEAD)
    kept = "\n".join(i.text for i in items) if items else ""
    assert items is None or "suspended a mining licence" in kept
