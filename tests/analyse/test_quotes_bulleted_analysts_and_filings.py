"""Analysts quoted in a bulleted list (`- Name, Firm: "…"`) and an exchange filing's own words:
the name before `, Firm:` speaks (never the next bullet's name); a filing's defined term
(`Harlow Foods plc ("Harlow" or "the Company")`) names the company when it speaks; a duty to
announce (`must … announce`, `has to confirm`) reports nothing said. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

BULLETS = (
    "Harlow Foods said on Friday its profit rose 12 per cent.\n\n"
    "Analysts welcomed the figures:\n\n"
    '- Marta Quill, Bexley Partners: "This is a clean beat and the dividend looks safe."\n'
    '- Omar Fenn, Tallis Research: "Margins are still under pressure in the north."\n'
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BULLETS, id="dashed_bullets"),
        pytest.param(BULLETS.replace("- ", ""), id="plain_lines"),
        pytest.param(
            BULLETS.replace(", Bexley Partners", "").replace(", Tallis Research", ""),
            id="bullets_without_firms",
        ),
    ],
)
def test_each_bullet_is_its_own_analysts(nlp, text):
    found = quotes(nlp, text)
    assert only(found, "clean beat").speaker_name == "Marta Quill"
    assert only(found, "Margins").speaker_name == "Omar Fenn"


def test_one_word_before_the_comma_is_no_name(nlp):
    text = 'Analysts were split.\n\nHolm, Brenn Partners: "Margins will fall."\n'
    assert all(q.speaker_name != "Holm" for q in quotes(nlp, text))


def test_a_filings_defined_term_is_the_company(nlp):
    text = (
        '1. Harlow Foods plc ("Harlow" or "the Company") today reports its results for the '
        "quarter.\n\n"
        '2. "The offer undervalues Harlow," the Company said in a statement.'
    )
    assert only(quotes(nlp, text), "undervalues").speaker_name == "Harlow Foods plc"


@pytest.mark.parametrize(
    "text",
    [
        "Under the code, Brisk must, by 5.00 p.m. on 17 December, either announce a firm "
        "intention to make an offer or announce that it does not intend to do so.",
        "Brisk must announce that it will make an offer by Friday.",
        "The council has to confirm that the toll is legal.",
    ],
)
def test_a_duty_to_announce_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


def test_what_should_happen_in_a_report_is_still_a_quote(nlp):
    text = "The mayor said the bridge should reopen."
    assert only(quotes(nlp, text), "should reopen").cue.text == "said"


def test_a_day_word_is_no_subject_beside_the_company(nlp):
    text = '1. Harlow Foods plc ("Harlow") today reports that revenue rose 7 per cent.'
    assert only(quotes(nlp, text), "revenue rose").speaker_name == "Harlow Foods plc"


def test_a_firm_with_an_ampersand(nlp):
    text = (
        "Analysts were split:\n\n"
        '- Tobias Wren, Almquist & Fahl: "Adaria is still the weak spot."\n'
        '- Rhea Castell, Northgate Securities: "The guidance is the story."\n'
    )
    found = quotes(nlp, text)
    assert only(found, "weak spot").speaker_name == "Tobias Wren"
    assert only(found, "guidance").speaker_name == "Rhea Castell"
