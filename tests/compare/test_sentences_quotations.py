"""A sentence inside an open double quotation goes on to its closing mark: a quote of two
sentences and the words that attribute it are one sentence (one claim), up to
`MAX_QUOTED_SENTENCES`; an unclosed or overlong quotation is split as any text. Invented text."""

from __future__ import annotations

from newsgraph.compare.text import MAX_QUOTED_SENTENCES, sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_a_curly_two_sentence_quote_is_one_sentence():
    text = (
        "The mayor met the farmers. “Raising the dam will not stop a flood. It only moves it,” "
        "Orla Venn said on Friday. The vote is next week."
    )
    assert _texts(text) == [
        "The mayor met the farmers.",
        "“Raising the dam will not stop a flood. It only moves it,” Orla Venn said on Friday.",
        "The vote is next week.",
    ]


def test_a_straight_two_sentence_quote_is_one_sentence():
    text = (
        'Mr Dask said: "We never promised a new bridge. We promised a safer one," and left. '
        "Traffic resumed."
    )
    assert _texts(text)[0].endswith('a safer one," and left.')
    assert len(_texts(text)) == 2


def test_a_quote_closed_at_a_stop_still_ends_its_sentence():
    text = "“We will rebuild. We will stay.” The crowd cheered."
    assert len(_texts(text)) == 2
    assert _texts(text)[1] == "The crowd cheered."


def test_an_unclosed_quote_is_split_as_any_text():
    text = 'He wrote "the first line. Then a second line. A third.\n\nA new paragraph "here".'
    assert len(_texts(text)) == 4


def test_an_overlong_quote_is_split_at_its_sentences():
    inner = " ".join(f"Point {n} stands." for n in range(MAX_QUOTED_SENTENCES + 1))
    text = f"“{inner}” she said. Next."
    assert len(_texts(text)) == MAX_QUOTED_SENTENCES + 2


def test_single_quotes_are_not_read_as_open_quotations():
    text = "The farmers' union met. 'We are tired. We want answers,' a member said."
    assert len(_texts(text)) == 3


def test_the_closing_mark_of_a_split_overlong_quote_opens_nothing():
    # codereview21a #2: quote marks were counted from the sentence's start, so the sentence
    # holding an overlong quotation's closing mark read it as an opening one and swallowed
    # the next sentences up to the following quoted phrase.
    inner = " ".join(f"Pier {n} is shut." for n in range(MAX_QUOTED_SENTENCES + 1))
    text = (
        f'"{inner} We are sorry," the harbour master said. The ferry strike began on 3 May. '
        'Crew leaders called the offer "a bad joke."'
    )
    got = _texts(text)
    assert got[-3:] == [
        'We are sorry," the harbour master said.',
        "The ferry strike began on 3 May.",
        'Crew leaders called the offer "a bad joke."',
    ]


def test_a_curly_closing_mark_after_a_split_quote_opens_nothing():
    inner = " ".join(f"Gate {n} is closed." for n in range(MAX_QUOTED_SENTENCES + 1))
    text = f"“{inner} Stay home,” the warden said. Rain fell. Locals called it “a flood.”"
    assert _texts(text)[-3:] == [
        "Stay home,” the warden said.",
        "Rain fell.",
        "Locals called it “a flood.”",
    ]


def test_a_quote_opened_in_an_earlier_paragraph_does_not_count():
    text = 'He wrote "an open line.\n\nThe vote passed. Critics said "no more. Never," loudly.'
    assert _texts(text)[-2:] == ["The vote passed.", 'Critics said "no more. Never," loudly.']


def test_a_mark_left_open_on_an_earlier_single_line_paragraph_counts_for_nothing():
    text = (
        'The inspector said the crew "left the dock early.\n'
        "The pilot turned north and sailed a. 45 knot boat into the bay. The crew "
        'said later: "we were told to."'
    )
    assert _texts(text)[1:3] == [
        "The pilot turned north and sailed a.",
        "45 knot boat into the bay.",
    ]
