"""A contributors' tagline (`<Agency> writers A in X and B in Y contributed to this report.`,
`… contributed reporting from X.`) and a travel disclosure (`The reporter travelled as a guest of
…`) are the paper's credits, not the story: removed as a `sign-off`, in HTML and in pre-scraped
text; a story sentence of that shape stays (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

PARAS = [
    "Leaders of the Harl River states agreed on Wednesday to build a shared flood barrier along "
    "the lower valley, after two years of talks and three winters of flooding.",
    "The barrier, about 12 kilometres long, is to be finished by the spring of 2029 and will be "
    "paid for by the four governments in proportion to the land it protects.",
    "Farmers' groups welcomed the deal but said the compensation offered for land taken by the "
    "works was too low, and promised to raise the matter at the next council.",
]
CREDITS = [
    "Harl Gazette writers Ana Lint in Selm and Bo Kerr in Varn contributed to this report.",
    "Harl Gazette writers Ana Lint in Selm, Orvia, and Bo Kerr in Varn, Tesk, contributed to this "
    "report.",
    "Ana Lint contributed reporting from Selm.",
    "Associated Press writer Bo Kerr contributed.",
    "The reporter travelled to Selm as a guest of the Orvia Tourism Board.",
    "Kate Brannigan travelled to Varn with the assistance of the Harl Department of Foreign "
    "Affairs.",
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_credit_line_is_a_closing_credit(line):
    from newsgraph.extract.textclean import (
        closing_credit,  # here: the pages' tests fail by behaviour
    )

    assert closing_credit(line)
    assert closing_credit(f"_{line}_")  # printed in italics


@pytest.mark.parametrize(
    "line",
    [
        "Heavy rain and poor drainage contributed to the flooding.",
        "Several factors contributed to this report being delayed, officials said.",
        "The minister travelled to Selm with the help of the army.",
        "Rising costs contributed to the council's decision to delay the barrier.",
    ],
)
def test_a_story_sentence_of_that_shape_is_no_credit(line):
    from newsgraph.extract.textclean import closing_credit

    assert not closing_credit(line)


@pytest.mark.parametrize("line", [CREDITS[0], CREDITS[4]])
def test_an_html_credit_line_is_a_sign_off(line):
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        "<html><head><title>Harl states agree flood barrier</title></head><body><article>"
        f"<h1>Harl states agree flood barrier</h1>{body}<p><em>{line}</em></p>"
        "</article></body></html>"
    )
    got = extract_html(page)
    assert line not in got.text
    assert got.text.rstrip().endswith("at the next council.")
    assert any(r.reason == "sign-off" and r.text == line for r in got.removals)


@pytest.mark.parametrize("line", [CREDITS[1], CREDITS[2], CREDITS[5]])
def test_a_text_credit_line_is_a_sign_off(line):
    got = clean_text("\n\n".join([*PARAS, line]), select_body=True)
    assert line not in got.text
    assert any(r.reason == "sign-off" and r.text == line for r in got.removals)
