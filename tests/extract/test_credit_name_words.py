"""A photo credit whose words look like a clause's only in part stays a credit: a capitalised
source named like a verb ("Northgate Boat Show", "Capture Magazine"), a second credit after a
comma ("graphics by Tom Hale"), a plural closing it ("Northgate Museum archives") and a licence
("licensed under", "used with permission"). A positive control keeps a real clause after the
name. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text


def _with(line: str) -> str:
    return f"{article(PARAS[:2])}\n\n{line}\n\n{article(PARAS[2:])}"


@pytest.mark.parametrize(
    "credit",
    [
        "Photos by Jane Doe, graphics by Tom Hale",
        "Credit: Northgate Boat Show",
        "Photo by Jane Doe for Capture Magazine",
        "Courtesy of Northgate Museum archives",
        "The ferry pier in 1952. Courtesy of Northgate Museum archives.",
        "Photo by Tom Hale licensed under CC BY 2.0",
        "Image by Jane Doe used with permission",
    ],
)
def test_a_credit_is_removed(credit):
    ext = clean_text(_with(credit))
    assert ext.text == article()
    assert credit in [r.text for r in ext.removals]


@pytest.mark.parametrize(
    "line",
    [
        "Photos by Tom Hale sparked outrage in the town.",
        "Photos by Tom Hale circulated widely on Monday.",
    ],
)
def test_a_verb_after_the_name_still_makes_a_sentence(line):
    assert line in clean_text(_with(line)).text
