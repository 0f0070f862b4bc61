"""`declared herself ready to govern` reports what the speaker claimed to be, no words of
theirs, like `declared herself the winner`; a finite clause under it (`satisfied that the
count had been fair`) still reports some (code review 20c suspicion). Names invented."""

from __future__ import annotations

from quote_support import quotes


def test_declared_herself_ready_to_govern_is_no_quote(nlp):
    text = "Opposition leader Dana Korr declared herself ready to govern on Sunday night.\n"
    assert quotes(nlp, text) == []


def test_declared_herself_ready_keeps_the_said_clause_after_it(nlp):
    text = "Dana Korr declared herself ready to govern and said the count was fair.\n"
    assert [q.text for q in quotes(nlp, text)] == ["the count was fair"]


def test_declared_herself_satisfied_that_keeps_the_reported_clause(nlp):
    text = "Opposition leader Dana Korr declared herself satisfied that the count had been fair.\n"
    assert [q.speaker_name for q in quotes(nlp, text) if "count had been fair" in q.text] == [
        "Dana Korr"
    ]
