"""A broadcaster's name over a programme's title and its date is the outlet, never a byline;
a section after a feed's name (`The X Times — Region`) is no part of the outlet."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import site_name
from newsgraph.extract.textclean import clean_text, publication_name

TRANSCRIPT = (
    "Radio Osterby\n"
    "Harbour Hour — Episode 41: The quay reopens\n"
    "Broadcast: 3 March 2026\n"
    "Transcript\n\n"
    "HOST: Good evening. The northern quay in Kessel reopened on Monday after six weeks of "
    "repairs, and our reporter Lina Berg was there when the first ship came in.\n\n"
    "LINA BERG: The first ship tied up just after nine in the morning, and the crane drivers "
    "were cheering from their cabs. The authority says the ferries will be back on Wednesday.\n\n"
    "HOST: And what did the repairs cost in the end?\n\n"
    "LINA BERG: Four million crowns, which is less than the first estimate.\n"
)


def test_broadcaster_over_programme_title_is_the_outlet_not_the_byline():
    got = clean_text(TRANSCRIPT)
    assert got.byline is None
    assert got.outlet == "Radio Osterby"
    assert got.title == "Harbour Hour — Episode 41: The quay reopens"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Radio Osterby", True), ("Harlow Radio", True), ("Kessel TV", True), ("Mara Quist", False)],
)
def test_broadcaster_names(name, expected):
    assert publication_name(name) is expected


def test_region_section_after_a_feed_name():
    assert site_name("The Kessel Times — Region") == "The Kessel Times"
