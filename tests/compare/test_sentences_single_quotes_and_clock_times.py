"""Sentences of British/Irish/Australian copy: a straight single quote opening the next
sentence (`… after the storm. 'We need help now,' Mr Pell said.`) ends the one before, and a
bracket or figure after `a.m.` / `p.m.` goes on the sentence (`at 4:10 a.m. (0210 GMT) on
Monday`). Invented text."""

from __future__ import annotations

from newsgraph.compare.text import sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_an_opening_single_quote_starts_a_sentence():
    text = (
        "The fire chief said conditions were 'grim' after the storm. "
        "'We need help now,' Mr Pell said. 'Every hour counts,' he added."
    )
    assert _texts(text) == [
        "The fire chief said conditions were 'grim' after the storm.",
        "'We need help now,' Mr Pell said.",
        "'Every hour counts,' he added.",
    ]


def test_a_closing_single_quote_after_a_stop_ends_the_sentence():
    text = "She said: 'We will stay until the last road is open.' Crews left on Friday."
    curly = text.replace("'", "‘", 1).replace(".'", ".’")
    assert len(_texts(text)) == len(_texts(curly)) == 2
    assert _texts(text)[1] == "Crews left on Friday."


def test_a_bracketed_clock_time_after_am_stays_in_the_sentence():
    text = "The quake struck at 4:10 a.m. (0210 GMT) on Monday, 30 km from Delt. Ten died."
    assert _texts(text) == [
        "The quake struck at 4:10 a.m. (0210 GMT) on Monday, 30 km from Delt.",
        "Ten died.",
    ]


def test_a_capital_after_pm_still_opens_a_sentence():
    text = "The vote closed at 8 p.m. The count began at once."
    assert _texts(text) == ["The vote closed at 8 p.m.", "The count began at once."]


def test_an_apostrophe_inside_a_word_ends_nothing():
    text = "The team's leader spoke. The son's house fell."
    assert _texts(text) == ["The team's leader spoke.", "The son's house fell."]
