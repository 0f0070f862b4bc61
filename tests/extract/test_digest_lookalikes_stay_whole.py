# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""Texts shaped like a digest (short, dated sections under headings) that are one article or no
news roundup: a timeline, a diary feature, an article's related links, a letters page. None
splits; a digest proper still does (`test_digest_split.py`)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem

#: A timeline whose entries open with their dates (`12 March 2019 - ...`, `2020: ...`).
TIMELINE = """Timeline: key moments in the Portavel port dispute

The dispute over the Portavel container terminal has run for five years. Here are the key moments.

12 March 2019 - The harbour board signs a lease with a shipping company from Ostmark for the new container terminal, promising two thousand jobs.

4 June 2019 - Fishermen block the harbour mouth with their boats for two days, saying the dredging will destroy the breeding grounds of the local cod.

2020: The regional court halts the dredging after an environmental group files a complaint, and the shipping company threatens to leave.

January 2021 - Brenland's transport minister visits and promises state money to finish the terminal if the harbour board agrees to new limits.

November 2023 - The first container ship docks at the terminal, three years late and at twice the planned cost, the auditors say.
"""

#: A timeline whose dates are heading lines over short entries.
TIMELINE_HEADED = """Timeline: key moments in the Portavel port dispute

12 March 2019

The harbour board signs a lease with a shipping company from Ostmark for the new container terminal, promising two thousand jobs in the town.

4 June 2019

Fishermen block the harbour mouth with their boats for two days, saying the dredging will destroy the breeding grounds of the local cod.

2020

The regional court halts the dredging in May after an environmental group files a complaint, and the shipping company threatens to leave.

January 2021

Brenland's transport minister visits on a Monday and promises state money to finish the terminal if the harbour board agrees to new limits.

November 2023

The first container ship docks at the terminal on Friday, three years late and at twice the planned cost, the auditors say.
"""

#: A long feature told as a diary under dated subheadings.
DIARY_FEATURE = """A year on the ward

Monday, 3 January

The first shift of the year starts at seven. Two nurses are off sick and the night staff stay an extra hour to cover the gap until the agency sends help.

Friday, 18 March

A flu outbreak fills every bed on the ward by lunchtime. Patients wait on trolleys in the corridor while porters search for spare mattresses elsewhere.

Tuesday, 12 July

The hottest day of the summer. The windows do not open more than a crack and fans are passed from room to room to keep elderly patients cool.

Saturday, 24 December

Carols in the day room, paper hats and a visit from the mayor. Three patients go home in time for dinner with their families on Sunday.
"""

#: An article followed by a `Related:` list of three dated links.
RELATED_LINKS = """Flood defences fail in Kessel valley

By Mara Quist

KESSEL, Nov 20 (NWS) - The river Kessel burst its banks on Thursday for the second time this month, flooding more than two hundred homes in the lower town after a temporary barrier gave way under the pressure of the water. The regional government said it would send soldiers to help with the clean-up and promised an inquiry into why the barrier failed.

Residents said the water rose within an hour. "We had no warning at all," said Jonas Fell, whose bakery was flooded.

Related:

Kessel barrier ordered after October floods (12 October)

Engineers warn of weak river banks (3 November)

Farmers count the cost of a wet autumn (15 November)
"""

#: A letters page: short letters under headings, each signed with a name and a town.
LETTERS_PAGE = """Letters to the editor

Bus cuts hurt the elderly

The council's decision on Tuesday to cut the number 12 bus leaves many older people in the hill villages with no way to reach the surgery or the shops in town.
Edda Marr, Brackley

Parking charges

I was shocked to read last Friday that parking at the hospital will cost four pounds an hour from January. Patients and visitors have no choice but to pay.
Jonas Fell, Portavel

Well done, Rovers

Congratulations to Harlow Rovers on reaching the cup final on Saturday. The whole town is proud of the young players and their manager.
Anja Terhune, Harlow
"""


@pytest.mark.parametrize(
    "text",
    [TIMELINE, TIMELINE_HEADED, DIARY_FEATURE, RELATED_LINKS, LETTERS_PAGE],
    ids=["timeline", "timeline under headings", "diary feature", "related links", "letters page"],
)
def test_digest_lookalikes_stay_one_text(text):
    assert split_digest(extract(RawItem("t.txt", "text", text.encode()))) is None
