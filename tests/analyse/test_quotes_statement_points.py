"""A statement quoted in full as numbered points after a lead-in ending with a colon (`The
statement reads:`, `X said in a joint statement:`): each point is a direct quote of the
statement's authors, not the outlet's own text."""

import pytest
from quote_support import only, quotes

LEAD = (
    "PORT ILSE - The energy ministers of Varnia, Osk and Delmar on Tuesday called the pipeline "
    "shutdown reckless.\n\n"
)
POINTS = (
    "1. We condemn the closure of the Delmar pipeline without notice.\n\n"
    "2. We call on the operator to restore supplies within ten days.\n\n"
    "3. We will ask the regional council to review the licence.\n\n"
    "Speaking later, one of the ministers said talks could start next week.\n"
)
POINT_WORDS = ("We condemn the closure", "We call on the operator", "We will ask the regional")


def _points(found):
    return [q for q in found if any(w in q.text for w in POINT_WORDS)]


def test_points_after_the_statement_reads_are_the_authors_quotes(nlp):
    text = (
        LEAD + "In a joint statement issued in Port Ilse, the three ministers set out three "
        "points. The statement reads:\n\n" + POINTS
    )
    points = _points(quotes(nlp, text))
    assert len(points) == 3, [q.text for q in points]
    for q, words in zip(points, POINT_WORDS, strict=True):
        assert q.kind == "direct"
        assert q.text.startswith(words)  # the number is no part of the words
        assert q.speaker is not None and "ministers" in q.speaker.text
        assert q.cue is not None and q.cue.text == "reads"


@pytest.mark.parametrize("cue", ["said in a joint statement", "told reporters"])
def test_points_after_said_in_a_statement_are_the_subjects(nlp, cue):
    """Who was told (`told reporters:`) is no content of the cue: the points are still quoted."""
    text = LEAD + f"The three ministers {cue}:\n\n" + POINTS
    points = _points(quotes(nlp, text))
    assert len(points) == 3, [q.text for q in points]
    assert all(q.kind == "direct" and "ministers" in q.speaker.text for q in points)


def test_a_numbered_list_that_quotes_no_one_is_no_quote(nlp):
    text = (
        "The plan has three parts:\n\n"
        "1. The bridge will close in May.\n\n"
        "2. Ferries will run every hour.\n\n"
        "3. The bridge will reopen in October.\n"
    )
    assert not [q for q in quotes(nlp, text) if q.speaker is not None]


def test_the_authors_named_in_an_apposition_of_three_stay_a_group(nlp):
    """`the three ministers — A of X, B of Y and C of Z — set out …`: the points are the
    three's, never the first name's alone."""
    text = (
        LEAD + "In a joint statement issued in Port Ilse, the Varnia capital, the three "
        "ministers \u2014 Ana Selby of Varnia, Piet Orlov of Osk and Mira Dahl of Delmar \u2014 "
        "set out three points. The statement reads:\n\n" + POINTS
    )
    points = _points(quotes(nlp, text))
    assert len(points) == 3, [q.text for q in points]
    for q in points:
        assert q.speaker is not None and "ministers" in q.speaker.text
        assert q.speaker_name not in ("Ana Selby", "Piet Orlov", "Mira Dahl")


def test_points_in_quotation_marks_are_quoted_inside_them(nlp):
    quoted = "".join(
        f"{n}. \u201c{w} the point of this paragraph.\u201d\n\n"
        for n, w in enumerate(("We condemn", "We call on", "We will ask"), start=1)
    )
    text = LEAD + "The three ministers said in a joint statement:\n\n" + quoted
    points = [q for q in quotes(nlp, text) if q.text.startswith("We")]
    assert len(points) == 3, [q.text for q in quotes(nlp, text)]
    assert all(q.text.endswith("paragraph.") and "ministers" in q.speaker.text for q in points)


def test_points_after_a_cue_that_already_says_its_content_are_the_outlets(nlp):
    """`The minister said the plan had three parts:`: `said` has its own clause, so the list
    after the colon is the outlet's account, like a list after `The plan has three parts:`."""
    text = (
        LEAD + "Ana Selby said the plan had three parts:\n\n"
        "1. The bridge will close in May.\n\n"
        "2. Ferries will run every hour.\n\n"
        "3. The bridge will reopen in October.\n"
    )
    found = quotes(nlp, text)
    assert not [q.text for q in found if any(w in q.text for w in ("bridge", "Ferries"))]


def test_a_description_apposed_to_two_names_is_both_of_them(nlp):
    """`The two leaders, A and B, said …`: the names together speak; only an apposition the
    name phrase cannot take whole (`— A of X, B of Y and C of Z —`) stays the description."""
    text = "The two leaders, Ana Selby and Piet Orlov, said they would meet again in May.\n"
    q = only(quotes(nlp, text), "meet again")
    assert q.speaker_name == "Ana Selby and Piet Orlov"


def test_a_point_ends_at_a_line_that_ends_its_sentence(nlp):
    """`2. … supplies.` then `Related: …` on the next line: the page's link is no part of the
    statement; a point wrapped mid-sentence over two lines stays whole."""
    text = (
        LEAD + "The three ministers said in a joint statement:\n\n"
        "1. We condemn the closure of the Delmar pipeline\nwithout notice.\n\n"
        "2. We call on the operator to restore supplies within ten days.\n"
        "Related: Pipeline shut for ten days as talks stall\n"
    )
    points = _points(quotes(nlp, text))
    assert [q.text for q in points] == [
        "We condemn the closure of the Delmar pipeline\nwithout notice.",
        "We call on the operator to restore supplies within ten days.",
    ]
