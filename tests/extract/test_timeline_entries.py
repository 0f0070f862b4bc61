"""A dated timeline ending an article (`1990: elected mayor`, one entry a line) is article text,
not a list of links the body ran into; short undated lines there still are. Text written for
these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS

from newsgraph.extract.textclean import clean_text

HEAD = "Home\nNews\nObituaries\nMara Quell, former harbour mayor, dies at 81\n\nBy Tomas Reed\n\n"
FOOT = "\n\nShare this\nFacebook\nTwitter\nRelated stories\n"
YEARS = [
    "1971: opened a law practice on the harbour front",
    "1982: elected to the town council",
    "1990: elected mayor",
    "1998: left office after the flood inquiry",
    "2004: founded the ferry trust",
]
DATES = [
    "March 1990 – elected mayor",
    "4 June 1998 – left office",
    "2004–2010: chaired the ferry trust",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("entries", [YEARS, DATES], ids=["years", "dates"])
def test_a_closing_timeline_is_kept(entries, sep):
    raw = HEAD + "\n\n".join(PARAS) + "\n\n" + sep.join(entries) + FOOT
    text = clean_text(raw).text
    assert [e for e in entries if e not in text] == []
    assert "Share this" not in text


def test_a_timeline_under_its_heading_is_kept():
    raw = HEAD + "\n\n".join(PARAS) + "\n\nKey dates\n" + "\n".join(YEARS) + FOOT
    text = clean_text(raw).text
    assert [e for e in YEARS if e not in text] == []


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_dated_links_newest_first_are_cut(sep):
    """Dated lines running newest first are the site's latest stories, not a timeline."""
    links = [
        "12 March 2026 – Ferry fares rise",
        "3 March 2026 – Pier closes for repairs",
        "1 March 2026 – Council sets its budget",
    ]
    raw = HEAD + "\n\n".join(PARAS) + "\n\n" + sep.join(links) + FOOT
    text = clean_text(raw).text
    assert PARAS[-1] in text
    assert [ln for ln in links if ln in text] == []


def test_short_undated_lines_closing_the_body_are_still_cut():
    links = ["Harbour news", "Ferry times", "Council minutes", "Weather"]
    raw = HEAD + "\n\n".join(PARAS) + "\n\n" + "\n".join(links) + FOOT
    text = clean_text(raw).text
    assert PARAS[-1] in text
    assert [ln for ln in links if ln in text] == []
