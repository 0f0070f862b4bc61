"""Session 18's last read (invented text): every view word a section line may print is a
section; a headline ending in `International` or `Holdings` is no issuer (only a legal form
closes a company's line); bylines lose the new forms of address too."""

from __future__ import annotations

import pytest

from newsgraph.extract import genre
from newsgraph.extract.credits import without_honorific
from newsgraph.extract.outlets import issuer_name
from newsgraph.extract.textclean import clean_text

BODY = (
    "I have argued for years that a city which cannot maintain its tunnels cannot call itself "
    "modern. Last week the people of Osterby learned what that means: no trains, no buses and a "
    "ferry that could not dock.\n\n"
    "When I was minister, I asked twice for money to replace the tunnel's pumps. Twice the "
    "treasury said no.\n"
)


@pytest.mark.parametrize("section", ["Commentary", "Op-Ed", "Viewpoint"])
def test_every_view_word_is_a_section_line(section: str) -> None:
    got = clean_text(
        f"Tarnvik Review\n{section}\n12 March 2026\n\n"
        "The harbour tunnel is a warning we keep ignoring\n\nBy Sofie Lindqvist\n\n" + BODY
    )
    assert genre.section_view(got.removals) is not None


@pytest.mark.parametrize("line", ["FESTIVAL GOES INTERNATIONAL", "SHARES SLUMP AT KELMAR HOLDINGS"])
def test_a_headline_is_no_issuer(line: str) -> None:
    assert issuer_name(line) is None


def test_new_forms_of_address_leave_bylines() -> None:
    assert without_honorific("Smt. Kavita Rao; Engr. Tunde Bello") == "Kavita Rao; Tunde Bello"
