"""A paper's name over the day's date, with no menu line (a plain-text front: `Tamberg Gazette`
over `Saturday 21 November 2026`), is the outlet; a section's name there is not. Text written
for these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.textclean import clean_text

HEADLINE = "Harbour chief on the sea wall: the council waited too long"


def _outlet(top: str) -> str | None:
    return clean_text(f"{top}\nSaturday 21 November 2026\n\n{HEADLINE}\n\n{article()}").outlet


@pytest.mark.parametrize("name", ["Tamberg Gazette", "Harlow Times", "Isk Courier"])
def test_a_paper_name_over_the_date_is_the_outlet(name):
    assert _outlet(name) == name


@pytest.mark.parametrize(
    "name", ["Sport", "World News", "Weather", "Book Review", "Property News", "Farming Today"]
)
def test_a_section_over_the_date_is_no_outlet(name):
    """A section's or a programme's title over the date (`Book Review`) names no paper."""
    assert _outlet(name) is None
