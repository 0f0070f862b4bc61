"""Which sentences only ask (`claims.only_asks`, no claim): a quoted question followed by its
attribution is a claim of the report whatever form its verb of saying or asking takes (the
forms come from `text.inflections`, the asking verbs from `wordlists.ASKING_VERBS`), and a
statement that ends on a question of its own (`…, but who will pay for it?`) still states."""

from __future__ import annotations

import pytest

from newsgraph.compare.claims import only_asks


def _asks(line: str) -> bool:
    # the sentence splitter ends the sentence at the question mark
    return only_asks(line, 0, line.index("?") + 1)


@pytest.mark.parametrize(
    "line",
    [
        '"Who will pay for the new bridge?" the union is arguing.',
        '"Who will pay for the new bridge?" the mayor asked.',
        '"Who will mend the sea wall now?" councillor Anna Brisk wondered.',
        '"Is the ferry really safe?" a reader queried on Sunday.',
        '"When will the school reopen?" parents inquired at the meeting.',
    ],
)
def test_an_attributed_quoted_question_is_no_bare_question(line: str):
    assert not _asks(line)


@pytest.mark.parametrize(
    "line",
    [
        "The board raised the harbour toll to 12 euros on Friday, but who will pay it?",
        "Season passes for the lido will cost 90 euros from June (who has that much to spare?)",
        "Police say 41 people were held overnight; is that the whole story?",
    ],
)
def test_a_statement_ending_on_a_question_still_states(line: str):
    assert not only_asks(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        '"Who will pay for the new bridge?" The bridge opened a year later.',
        "Why a toll, and why only on the north bridge?",
        "Will you lift the toll before the summer?",
        "So, is this about the vote?",
        "You will lift the toll before the summer, then?",
    ],
)
def test_a_bare_question_still_only_asks(line: str):
    assert _asks(line)
