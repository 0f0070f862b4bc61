"""A release's Title Case headline next to its `PRESS RELEASE` label is its title, not its
issuer: an issuer line is an organisation's name and ends there (`of X`, an acronym, a legal
form). Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import article

from newsgraph.extract.outlets import issuer_name, release_issuer
from newsgraph.extract.textclean import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Council Approves Sea Wall Repairs",
        "Tessland Port Authority Reopens North Quay",
        "HARBOUR BOARD NAMES NEW CHAIR",
        "Council Approves Budget for Harbour Authority",
    ],
)
def test_a_headline_holding_an_institution_is_no_issuer(line):
    assert issuer_name(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Police Service of Tessland", "Police Service of Tessland"),
        ("Department for Ports and Coasts", "Department for Ports and Coasts"),
        ("Varlen Harbour Group Ltd", "Varlen Harbour Group Ltd"),
        ("TESSLAND WATER AUTHORITY (TWA)", "Tessland Water Authority (TWA)"),
        (
            "Varlen Safety Foundation International (VSFI)",
            "Varlen Safety Foundation International (VSFI)",
        ),
        (
            "Tessland Ports Authority (Harbour Division)",
            "Tessland Ports Authority (Harbour Division)",
        ),
        ("Harbour Workers' Union", "Harbour Workers' Union"),
    ],
)
def test_an_organisation_name_is_an_issuer(line, name):
    assert issuer_name(line) == name


def test_the_headline_under_the_label_is_the_title():
    raw = "PRESS RELEASE\n\nHarbour Council Approves Sea Wall Repairs\n\n" + article()
    ext = clean_text(raw)
    assert ext.outlet != "Harbour Council Approves Sea Wall Repairs"
    assert ext.title == "Harbour Council Approves Sea Wall Repairs"


def test_the_issuer_over_the_label_wins_over_the_headline_under_it():
    lines = ["TESSLAND HARBOUR COUNCIL", "PRESS RELEASE", "Harbour Council Approves Repairs"]
    assert release_issuer(lines) == (0, 1, "Tessland Harbour Council")
