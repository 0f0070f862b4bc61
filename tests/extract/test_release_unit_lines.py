"""A release whose head names the institution over its unit (`Office of X` over `Press
Service` over `PRESS RELEASE`) is issued by the institution, not by the unit."""

from __future__ import annotations

from newsgraph.extract.outlets import release_issuer
from newsgraph.extract.textclean import clean_text

BODY = (
    "The harbour authority of Osterland reopened the northern quay on Monday after six weeks of "
    "repairs to its cranes and the sea wall behind it.\n\n"
    "Ships that had been sent to the southern quay during the works will return from Wednesday, "
    "the authority said, and the ferry timetable will be back to normal by the weekend.\n\n"
    "The repairs cost four million crowns, less than the first estimate.\n"
)


def test_institution_over_its_press_service_issues_the_release():
    text = (
        "Ministry of Ports and Shipping of Osterland\nPress Service\n\nPRESS RELEASE\n"
        "Kessel, 3 March 2026\n\nNorthern quay reopens after repairs\n\n" + BODY
    )
    got = clean_text(text)
    assert got.outlet == "Ministry of Ports and Shipping of Osterland"
    assert got.title == "Northern quay reopens after repairs"


def test_one_issuer_line_is_still_read():
    lines = ["Osterland Harbour Authority", "PRESS RELEASE", "Northern quay reopens"]
    assert release_issuer(lines) == (0, 1, "Osterland Harbour Authority")
