"""A body's name where a byline goes (a meeting's coverage: `Harbour Council, 412th Meeting`
under the headline) is no byline; a person credited with an agency still is."""

from __future__ import annotations

import pytest

from newsgraph.extract.textclean import clean_text, organisation_name

BODY = (
    "The Security Council today failed to adopt a draft resolution on the ceasefire in the "
    "northern province, after one permanent member voted against the text.\n\n"
    "The draft received twelve votes in favour, one against and two abstentions, and its "
    "sponsors said they would bring a new text to the Council next week.\n\n"
    "Speaking after the vote, the representative of the sponsors said the Council had failed "
    "the people of the province at the moment they most needed it.\n"
)
HEAD = "Council Fails to Adopt Ceasefire Resolution for Northern Province\n\n"


def test_meeting_label_under_headline_is_no_byline():
    got = clean_text(HEAD + "Security Council, 9912th Meeting (PM)\n\n" + BODY)
    assert got.byline is None
    assert "9912th Meeting" not in got.text


def test_person_credited_with_an_agency_keeps_the_byline():
    got = clean_text(HEAD + "Ilse Marten, Northern Press Service\n\n" + BODY)
    assert got.byline == "Ilse Marten, Northern Press Service"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Security Council", True),
        ("Harbour Board", True),
        ("Margaret Court", False),
        ("Ilse Marten, Northern Press Service", False),
    ],
)
def test_organisation_names(name, body):
    assert organisation_name(name) is body
