"""Story lines shaped like a bulletin's or a paper's furniture stay: a headline holding a series
label's words (`... After Weekly Update`), a closing sentence on an official's trip or a body's
contribution, a schedule sentence that goes on, a body paragraph a pull quote holds; an
all-caps `Mc` name keeps its inner capital (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import byline_case
from newsgraph.extract.genre import document_label
from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

PARAS = [
    "Storm surges flooded the fishing quarter of Port Selm overnight, sinking a dozen boats at "
    "their moorings and cutting power to several hundred homes near the harbour.",
    "The council said it would open the school hall as a shelter and asked residents not to "
    "drive through the flooded streets until the water had gone down.",
    "Farmers' groups said the compensation offered for land taken by the works was too low, and "
    "promised to raise the matter at the next meeting of the regional council.",
]


def _page(last: str, head: str = "", before: str = "") -> str:
    body = before + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (
        f"<html><head><title>Storm floods Port Selm</title>{head}</head><body><article>"
        f"<h1>Storm floods Port Selm</h1>{body}</article></body></html>"
    )


# -- 4: a series label is a line that is the label ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Markets Rally After Weekly Update",
        "Deaths Double In Latest Situation Report",
        "Kessel Daily Bulletin",
    ],
)
def test_a_headline_holding_a_series_labels_words_is_no_label(line):
    assert document_label(line) is None


def test_a_headline_under_an_issuer_line_stays_the_title():
    head = "Ministry of Health\nDeaths Double In Latest Situation Report\n\n"
    got = clean_text(head + "\n\n".join(PARAS), select_body=True)
    assert got.title == "Deaths Double In Latest Situation Report"
    assert got.outlet != "Ministry of Health"


# -- 5: a travel disclosure's subject is the writer ---------------------------------------------

OFFICIALS_TRIPS = [
    "President Ilse Dorn travelled to Varn at the invitation of the Orvia government.",
    "The Minister travelled to Selm on a trip paid for by the Orvia Fishing Board.",
]


@pytest.mark.parametrize("line", OFFICIALS_TRIPS)
def test_an_officials_trip_closing_a_page_stays(line):
    got = extract_html(_page(line))
    assert line in got.text
    assert not any(r.reason == "sign-off" for r in got.removals)


@pytest.mark.parametrize("line", OFFICIALS_TRIPS)
def test_an_officials_trip_closing_a_text_stays(line):
    got = clean_text("\n\n".join([*PARAS, line]), select_body=True)
    assert line in got.text


def test_a_disclosure_among_the_first_paragraphs_of_a_page_stays():
    line = "Kate Brannigan travelled to Varn with the assistance of the Harl Tourism Board."
    got = extract_html(_page("The water had gone down by the evening.", before=f"<p>{line}</p>"))
    assert line in got.text


def test_a_disclosure_by_someone_other_than_the_bylined_writer_stays():
    line = "Ana Lint travelled to Varn as a guest of the Orvia Tourism Board."
    got = extract_html(_page(line, head='<meta name="author" content="Bo Kerr">'))
    assert line in got.text


@pytest.mark.parametrize(
    "line",
    [
        "Bo Kerr travelled to Varn as a guest of the Orvia Tourism Board.",
        "I travelled to Varn as a guest of the Orvia Tourism Board.",
        "This writer travelled to Varn as a guest of the Orvia Tourism Board.",
    ],
)
def test_the_writers_own_disclosure_is_a_sign_off(line):
    got = extract_html(_page(line, head='<meta name="author" content="Bo Kerr">'))
    assert line not in got.text
    assert any(r.reason == "sign-off" and r.text == line for r in got.removals)


# -- 6: a tagline names the paper's people --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The Orvia Red Cross and the Selm Fishing Board contributed.",
        "The Orvia Red Cross and the Selm Fishing Board contributed to this report.",
        "Volunteers from Selm contributed.",
    ],
)
def test_a_bodys_contribution_closing_a_page_stays(line):
    got = extract_html(_page(line))
    assert line in got.text


def test_a_bodys_contribution_closing_a_text_stays():
    line = "The Orvia Red Cross and the Selm Fishing Board contributed."
    got = clean_text("\n\n".join([*PARAS, line]), select_body=True)
    assert line in got.text


# -- 7: a schedule line is a labelled day and nothing else ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The next report is due on Friday, when the central bank will publish inflation figures.",
        "The next briefing is expected on Monday at 10am.",
        "Next issue: whether the council can pay for the barrier by 2029.",
    ],
)
def test_a_schedule_sentence_that_goes_on_stays(line):
    assert line in clean_text("\n\n".join([*PARAS, line]), select_body=True).text
    assert line in extract_html(_page(line)).text


# -- 8: only the pull quote's own copy goes -------------------------------------------------------


def test_a_body_paragraph_whose_words_a_pull_quote_holds_stays():
    pull = '<aside class="pullquote"><p>"The water is not safe to drink, the council said on '
    pull += 'Tuesday"</aside>'
    short = "The water is not safe to drink."
    body = f"<p>{PARAS[0]}</p>{pull}<p>{short}</p>"
    body += "<p>Officials repeated that the water is not safe to drink.</p>"
    got = extract_html(_page(PARAS[2], before=body))
    assert short in got.text.split("\n\n")
    assert not any(r.text == short for r in got.removals)


# -- 9: Mc names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "cased"),
    [
        ("DAVID MCALLISTER", "David McAllister"),
        ("JEAN-LUC MCDONALD", "Jean-Luc McDonald"),
        ("MARY O'BRIEN", "Mary O'Brien"),
        ("MARY MACLEAN", "Mary Maclean"),
        ("ANA MCKAY-LINT", "Ana McKay-Lint"),
    ],
)
def test_a_capitals_byline_keeps_a_names_inner_capitals(printed, cased):
    assert byline_case(printed) == cased


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "Reuters contributed to this report.",
        "Ana Lint contributed reporting from Selm.",
    ],
)
def test_an_agencys_or_a_persons_tagline_is_still_a_sign_off(line):
    got = extract_html(_page(line))
    assert line not in got.text
    assert any(r.reason == "sign-off" and r.text == line for r in got.removals)
