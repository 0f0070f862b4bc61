"""Tables and numbered lists inside an article body: kept as content (texts written for these tests)."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

from newsgraph.extract.textclean import clean_text

HEAD = """Home
World
Business

Harbour towns rank their tram lines

By Maria Lindqvist

March 3, 2021

The regional transport board published its yearly ranking of tram lines on Tuesday, scoring every town on punctuality, comfort and the share of residents who live near a stop.

"""

CELLS = [
    ("Oslo Harbour", "84.7"),
    ("Bergen North", "83.4"),
    ("Tromsø Quay", "69.0"),
    ("Malmö Docks", "68.6"),
    ("Aarhus Bay", "65.2"),
    ("Gdańsk Port", "65.0"),
    ("Kiel Canal", "64.8"),
    ("Turku Marina", "64.4"),
    ("Riga Pier", "64.0"),
    ("Tallinn Gate", "62.6"),
]

TAIL = """
The board said the towns at the bottom of the table had all cut their maintenance budgets in recent years, and that it would publish a full report with the data for each line in the spring.

Copyright 2021 Example Wire
"""


def test_table_of_figures_between_paragraphs_is_kept():
    table = "Town\n\nScore\n\n" + "".join(f"{town}\n\n{score}\n\n" for town, score in CELLS)
    ext = clean_text(HEAD + table + TAIL)
    assert "Oslo Harbour" in ext.text and "84.7" in ext.text
    assert "Tallinn Gate" in ext.text and "62.6" in ext.text
    assert "full report with the data" in ext.text
    assert "Copyright" not in ext.text and "World" not in ext.text.split("\n")


def test_numbered_list_of_title_case_items_is_kept():
    items = "".join(f"{k}. {town}, Norway\n\n" for k, (town, _) in enumerate(CELLS, 1))
    ext = clean_text(HEAD + "The ten best lines this year:\n\n" + items + TAIL)
    assert "1. Oslo Harbour, Norway" in ext.text
    assert "10. Tallinn Gate, Norway" in ext.text
    assert "full report with the data" in ext.text


def test_date_line_is_not_a_table_cell():
    # a date and a name beside it are the article's meta lines, not a row of figures
    raw = (
        "Menu\n\nTrams return to the old town\n\nMaria Lindqvist\n\n03.03.2021\n\n" + TAIL.lstrip()
    )
    raw += "\n" + HEAD.split("\n\n", 5)[-1]
    ext = clean_text(raw)
    assert ext.published == "2021-03-03"
    assert ext.byline == "Maria Lindqvist"
    assert "03.03.2021" not in ext.text and "Maria Lindqvist" not in ext.text
