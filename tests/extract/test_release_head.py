"""An institution's release: its issuer line names the publisher, its `PRESS RELEASE` line is a
document label (never a byline), and its dateline gives its day (invented text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("PRESS RELEASE", "press release"),
        ("PRESS RELEASE - FOR IMMEDIATE RELEASE", "press release"),
        ("News release", "news release"),
        ("FOR IMMEDIATE RELEASE", "for immediate release"),
        ("Statement | Media advisory", "statement"),
        ("The press release said the port would reopen", None),
        ("Press Office", None),
        ("Mara Press", None),
    ],
)
def test_document_label(line, label):
    from newsgraph.extract.genre import document_label

    assert document_label(line) == label


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("NATIONAL HARBOUR AUTHORITY OF TESSLAND", "National Harbour Authority of Tessland"),
        ("Ministry of Ports and Shipping", "Ministry of Ports and Shipping"),
        ("VARLEN WATER BOARD (VWB)", "Varlen Water Board (VWB)"),
        ("PRESS RELEASE", None),
        ("Harbour reopens after storm", None),  # a headline: not capitalised throughout
        ("Mara Lindqvist", None),  # a person's name: no institution noun
        ("Board approves 2026 budget", None),
    ],
)
def test_issuer_name(line, name):
    from newsgraph.extract.outlets import issuer_name

    assert issuer_name(line) == name


def test_release_issuer_over_its_label():
    from newsgraph.extract.outlets import release_issuer

    lines = [
        "NATIONAL HARBOUR AUTHORITY OF TESSLAND",
        "PRESS RELEASE - FOR IMMEDIATE RELEASE",
        "",
        "Authority confirms reopening of the north quay",
    ]
    assert release_issuer(lines) == (0, 1, "National Harbour Authority of Tessland")


def test_release_issuer_under_its_label():
    from newsgraph.extract.outlets import release_issuer

    lines = ["News release", "Ministry of Ports and Shipping", "Quay reopens"]
    assert release_issuer(lines) == (1, 0, "Ministry of Ports and Shipping")


def test_no_issuer_without_a_label():
    from newsgraph.extract.outlets import release_issuer

    # a kicker naming a ministry over a report's headline is not a release's head
    lines = ["MINISTRY OF PORTS AND SHIPPING", "Quay reopens after storm", "By Mara Lindqvist"]
    assert release_issuer(lines) is None


@pytest.mark.parametrize(
    ("paragraph", "iso"),
    [
        ("TESSPORT, 17 November 2026 - The authority today reopened the quay.", "2026-11-17"),
        ("TESSPORT, 17 November 2026 \u2014 The authority today reopened the quay.", "2026-11-17"),
        ("TESSPORT, 17 November 2026 \u2013 The authority today reopened the quay.", "2026-11-17"),
        ("NORTH BAY, November 17, 2026 - The authority reopened the quay.", "2026-11-17"),
        ("TESSPORT, Nov 17 (TNA) - The authority reopened the quay.", None),  # no year
        ("The quay reopened on 17 November 2026 - a week early.", None),  # no dateline
    ],
)
def test_dateline_date(paragraph, iso):
    from newsgraph.extract.dates import dateline_date

    assert dateline_date(paragraph) == iso
