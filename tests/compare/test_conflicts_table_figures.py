"""A figure in a plain-text table (a results table in a press release) is a side of a number
conflict: a row that counts in its own words (`Turnout   58.4%`) or a figure under a column
headed by what it counts (`Votes`). Invented text."""

from __future__ import annotations

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

RELEASE = (
    "ESKBY, 3 June 2025 - The Election Board today announced the final results of the mayoral "
    "election held on Sunday.\n\n"
    "Candidate        List             Votes      Share\n"
    "Marta Lindqvist  Harbour Alliance  48,210     52.4%\n"
    "Oskar Brenn      Civic Front       43,790     47.6%\n\n"
    "Registered voters   130,400\n"
    "Turnout             70.6%\n\n"
    "The results will be published in the Official Record."
)
PROSE = (
    "With most ballots counted, the Election Board said Mayor Lindqvist had 46,950 votes and "
    "that turnout was 68.2 per cent.\n\nThe count resumes on Monday."
)
TURNOUT = "Turnout was 68.2 per cent, the Election Board said.\n\nThe count resumes on Monday."
VOTES = "Mayor Lindqvist won 46,950 votes, the Election Board said.\n\nThe count resumes on Monday."


def _numbers(*texts: str) -> list[tuple[str, list[tuple[str, str]]]]:
    arts = [_art("abcdefgh"[n], f"Outlet {n}", t) for n, t in enumerate(texts)]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, []))
    return [
        (c["about"], sorted((v["outlet"], v["text"]) for v in c["values"]))
        for c in d["conflicts"]
        if c["kind"] == "number"
    ]


def test_a_table_row_that_names_its_count_is_a_side():
    assert _numbers(RELEASE, TURNOUT) == [
        ("percent turnout", [("Outlet 0", "70.6%"), ("Outlet 1", "68.2 per cent")])
    ]


def test_a_figure_under_its_column_head_is_a_side_of_the_rows_subject():
    assert _numbers(RELEASE, VOTES) == [
        ("vote", [("Outlet 0", "48,210"), ("Outlet 1", "46,950 votes")])
    ]


def test_lines_of_words_apart_are_no_table():
    text = "Candidate        List\nMarta Lindqvist  Harbour Alliance\n\nThe count resumes."
    assert _numbers(text, VOTES) == []
