"""An op-ed's `I` is its byline's one author only when the byline names a person: a newsroom
job, an outlet or an agency printed as the byline is nobody's name (code review of 3cf032c).
Invented names."""

from __future__ import annotations

import pytest

from newsgraph.analyse.quotes import sole_author


@pytest.mark.parametrize(
    "byline",
    ["Special Correspondent", "Political Editor", "BBC News", "Associated Press", "Talsen Herald"],
)
def test_a_job_an_outlet_or_an_agency_is_no_author(byline: str) -> None:
    assert sole_author(byline) is None


@pytest.mark.parametrize("byline", ["Marit Hovde", "Ana Ruiz", "Jon Berg-Aas"])
def test_one_persons_name_is_the_author(byline: str) -> None:
    assert sole_author(byline) == byline
