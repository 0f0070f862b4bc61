"""An institution's name may go on after its noun with the place it serves ("Police
Scotland", "Bank Negara Malaysia", "University Hospitals Birmingham"): such a line over a
`PRESS RELEASE` label is the release's issuer, as is a name ending in an acronym in brackets.
A menu line with an institution noun and an everyday or function word after it ("Office
Coffee", "Trust Our ...") names no issuer, nor a town named by an everyday word ("Date").
Text written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import issuer_name, release_issuer


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("POLICE SCOTLAND", "Police Scotland"),
        ("Bank Negara Malaysia", "Bank Negara Malaysia"),
        ("University Hospitals Birmingham", "University Hospitals Birmingham"),
        ("Police Scotland (PS)", "Police Scotland (PS)"),
        ("Harbour Data Services (HDS)", "Harbour Data Services (HDS)"),
    ],
)
def test_an_institution_named_with_its_place_is_an_issuer(line: str, name: str) -> None:
    assert issuer_name(line) == name


def test_the_place_named_issuer_over_the_label_is_found() -> None:
    lines = [
        "POLICE SCOTLAND",
        "PRESS RELEASE",
        "14 March 2025",
        "Officers in Tessbridge were called to a disturbance on the quay on Friday.",
    ]
    assert release_issuer(lines) == (0, 1, "Police Scotland")


@pytest.mark.parametrize(
    "line",
    [
        "Office Coffee",
        "Program Strategy",
        "Why Trust Harbourlab",
        "Council Members Vote on Harbour Budget",
        "Police Seek Witnesses in Birmingham",
        "Customer Service Booking Date",
        "Trust Our Birmingham",
    ],
)
def test_a_menu_line_or_headline_is_no_issuer(line: str) -> None:
    assert issuer_name(line) is None


def test_a_plural_noun_after_the_institution_is_no_verb() -> None:
    """Only an `-ies` plural is read back to a `-y` verb ("Applies"): "Halls" is no "Hay"."""
    assert issuer_name("University Halls Birmingham") == "University Halls Birmingham"
    assert issuer_name("University Applies Rules") is None
