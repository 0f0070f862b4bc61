"""`did not say so` reports that nothing was said: no quote whose content is `so` (names
invented); `said so` still is one."""

from __future__ import annotations

from quote_support import quotes


def test_did_not_say_so_is_no_quote(nlp) -> None:
    text = (
        "Ana Ruiz claimed the count was rigged. Her statement did not say so, and Tomas Okafor "
        "said the count was fair."
    )
    assert [q.text for q in quotes(nlp, text)] == ["the count was rigged", "the count was fair"]


def test_said_so_is_still_a_quote(nlp) -> None:
    text = "Even Tomas Okafor agrees the harbour must close. Okafor said so on Monday."
    assert any(q.text == "so" for q in quotes(nlp, text))
