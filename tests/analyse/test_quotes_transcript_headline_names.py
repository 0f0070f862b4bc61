"""A transcript label's full name from a Title Case headline is the name only: role and
institution words before it (`Foreign Ministry Spokesperson`) are cut."""

import pytest

from newsgraph.analyse.quotes import extract_quotes

BODY = (
    "MS RENNICK: Good morning. The border crossing at Ulm Pass will reopen on Thursday for "
    "freight lorries only.\n\n"
    "QUESTION (Ostley Radio): Will private cars be allowed through before the summer?\n\n"
    "MS RENNICK: Private cars will have to wait until the new customs hall is finished."
)


@pytest.mark.parametrize(
    "title",
    [
        "Foreign Ministry Spokesperson Tova Rennick's Regular Press Conference",
        "Transcript: Government Spokesperson Tova Rennick Briefs Reporters",
        "Deputy Interior Minister Tova Rennick Holds Weekly Briefing",
        "Press briefing by spokesperson Tova Rennick",
    ],
)
def test_title_case_headline_gives_the_bare_name(nlp, title):
    found = [q for q in extract_quotes(nlp(BODY), title) if q.label == "quote"]
    assert {q.speaker_name for q in found} == {"Tova Rennick"}
