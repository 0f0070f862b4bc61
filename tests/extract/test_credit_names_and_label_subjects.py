"""A contributors' tagline names people of any name (not only given names the lists know) or a
sister paper the outlets table does not know; a travel disclosure by the writer matches the
byline loosely, takes any person's name with no byline, and `The writer` atop a page goes too;
a series label's subject may hold nouns spaCy counts as stop words (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.genre import document_label
from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text, closing_credit

PARAS = [
    "The ferry to Kessel ran again on Tuesday after a week of gales kept the boats in harbour, "
    "and the first crossing carried mail, medicine and forty passengers.",
    "Shopkeepers on the quay said trade had fallen by half while the island was cut off, and "
    "asked the county to delay the rates due at the end of the month.",
    "The harbour master said the breakwater had held but that two of the old mooring posts would "
    "have to be replaced before the summer season began.",
]


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Storm floods Port Selm</title>{head}</head><body><article>"
        f"<h1>Storm floods Port Selm</h1>{body}</article></body></html>"
    )


# -- a tagline's people and papers ----------------------------------------------------------------

TAGLINES = [
    "Oluwaseun Adeyemi in Lagos contributed to this report.",
    "Siobhán Ní Bhriain contributed to this report.",
    "Tendai Moyo and Keziah Wanjiru contributed reporting.",
    "The Orsa Herald contributed to this report.",
]


@pytest.mark.parametrize("line", TAGLINES)
def test_a_tagline_of_any_persons_name_or_an_unknown_paper_is_a_credit(line):
    assert closing_credit(line)


@pytest.mark.parametrize("line", TAGLINES)
def test_a_tagline_of_any_persons_name_closing_a_text_goes(line):
    got = clean_text("\n\n".join([*PARAS, line]), select_body=True)
    assert line not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "The Orvia Red Cross contributed to this report.",
        "The Selm Fishing Board contributed to this report.",
        "The Orsa Herald contributed.",
    ],
)
def test_a_bodys_tagline_or_a_bare_one_stays(line):
    assert not closing_credit(line)


# -- a travel disclosure by the writer ------------------------------------------------------------

GUEST = "travelled to Orsa as a guest of the Orsa Tourism Board."


@pytest.mark.parametrize(
    ("who", "byline"),
    [
        ("Ana Ruiz", "By Ana M. Ruiz"),
        ("Ana", "By Ana Ruiz"),
        ("Ana Ruiz", "By Ana Maria Ruiz"),
        ("Sarah-Jane O'Neill", None),
        ("Oluwaseun Adeyemi", None),
    ],
)
def test_the_writers_disclosure_is_matched_loosely(who, byline):
    assert closing_credit(f"{who} {GUEST}", byline, True)


@pytest.mark.parametrize(
    ("who", "byline"),
    [("Bo Kerr", "By Ana Ruiz"), ("Bo", "By Ana Ruiz"), ("Ana Kerr", "By Ana Ruiz")],
)
def test_someone_elses_disclosure_stays(who, byline):
    assert not closing_credit(f"{who} {GUEST}", byline, True)


def test_the_writers_disclosure_atop_a_page_goes():
    line = f"The writer {GUEST}"
    body = "<p class='byline'>By Ana Ruiz</p>" + f"<p>{line}</p>"
    body += "".join(f"<p>{p}</p>" for p in PARAS)
    got = extract_html(_page(body))
    assert line not in got.text
    assert any(r.reason == "sign-off" and r.text == line for r in got.removals)


def test_a_named_disclosure_atop_a_page_stays():
    line = f"Kate Brannigan {GUEST}"
    got = extract_html(_page(f"<p>{line}</p>" + "".join(f"<p>{p}</p>" for p in PARAS)))
    assert line in got.text


# -- a series label's subject ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "East Side Situation Report",
        "Top End Situation Report",
        "Front Line Situation Report",
        "Whole of Government Situation Report",
        "Back Country Flash Update",
    ],
)
def test_a_label_subject_of_place_words_is_a_label(label):
    assert document_label(label) == label.lower()


@pytest.mark.parametrize(
    "line",
    [
        "Deaths Double In Latest Situation Report",
        "Cases Rise After Situation Report",
        "Why It Matters Situation Report",
    ],
)
def test_a_headline_holding_a_label_is_none(line):
    assert document_label(line) is None
