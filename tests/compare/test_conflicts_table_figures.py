"""A figure in a plain-text table (a results table in a press release) is a side of a number
conflict: a row that counts in its own words (`Turnout   58.4%`) or a figure under a column
headed by what it counts (`Votes`). Invented text."""

from __future__ import annotations

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import _table_facts
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


def test_a_figure_is_not_read_with_the_next_cells_words():
    # `1   Ivo Renn`: a place in the race, not one Renn
    text = "Place   Athlete      Time\n1       Ivo Renn     10.02\n\nThe final was run in Eskby."
    told = Sentence("a", "r", 0, len(text), text, [])
    got = [(text[f[2] : f[3]], f[1]) for _, f in _table_facts([told], {"a": {"text": text}})]
    assert [cell for cell, key in got if "renn" in key] == []


def test_a_column_head_names_the_count_of_a_two_cell_row():
    table = "Team            Points\nOrlan United    {}\nKessa Rovers    20\n\nRound ten is over."
    got = _numbers(table.format(23), table.format(26))
    assert [about for about, _ in got] == ["point"]


def test_a_clock_time_or_price_is_no_count_of_its_label():
    a = "Doors open       19.00\nCapacity         4,000\n\nThe concert is in Eskby."
    b = "Doors open       18.30\nCapacity         4,000\n\nThe concert is in Eskby."
    assert _numbers(a, b) == []


def test_a_lone_labelled_line_is_page_furniture_not_a_table():
    a = "The count in Eskby resumes on Monday.\n\nComments   48\n\nShare this article."
    b = "The count in Eskby resumes on Monday.\n\nComments   112\n\nShare this article."
    assert _numbers(a, b) == []
