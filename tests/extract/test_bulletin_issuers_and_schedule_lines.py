"""A plain-text situation report opens with its issuer over its series label (`Flood Situation
Report No. 4`): the issuer is its outlet, as a release's is; the bulletin's closing line on when
the next one comes (`Next report: 12 March 2027.`) is furniture, in text and HTML (invented
text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

BODY = [
    "SELM, 10 March 2027. The Civil Protection Agency reports that 1,240 people have left their "
    "homes in the lower Harl valley since the river burst its banks on 7 March 2027.",
    "Four evacuation centres are open in Selm, Varn and Tesk. Drinking water is being delivered "
    "by truck to the villages cut off by the flood, and two field kitchens are operating.",
    "Residents are advised to stay away from the river banks and to follow the instructions of "
    "the emergency services until the water level falls below the warning mark.",
]
SCHEDULE = "Next report: 12 March 2027."


def _report(label: str, issuer: str = "Civil Protection Agency") -> str:
    head = f"{issuer}\n{label}\n10 March 2027\n\n"
    head += "Floods in the lower Harl valley: situation as of 18:00, 9 March 2027\n\n"
    return head + "\n\n".join([*BODY, SCHEDULE]) + "\n"


@pytest.mark.parametrize(
    "label", ["Flood Situation Report No. 4", "SITUATION REPORT", "Weekly Epidemiological Bulletin"]
)
@pytest.mark.parametrize(
    "issuer", ["Civil Protection Agency", "Ministry of Water, Republic of Harl"]
)
def test_a_situation_reports_issuer_is_its_outlet(label, issuer):
    got = clean_text(_report(label, issuer), select_body=True)
    assert got.outlet == issuer
    assert got.byline is None
    assert got.title.startswith("Floods in the lower Harl valley")


def test_the_next_report_line_is_furniture_in_text():
    got = clean_text(_report("Flood Situation Report No. 4"), select_body=True)
    assert SCHEDULE not in got.text
    assert got.text.rstrip().endswith("below the warning mark.")
    assert any(r.text == SCHEDULE and r.reason == "boilerplate" for r in got.removals)


@pytest.mark.parametrize(
    "line",
    [SCHEDULE, "The next update will be issued on Friday.", "Next bulletin due 14/3/2027"],
)
def test_the_next_report_line_is_furniture_in_html(line):
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>Floods in the lower Harl valley</title></head><body><article>"
        f"<h1>Floods in the lower Harl valley</h1>{paras}<p>{line}</p></article></body></html>"
    )
    got = extract_html(page)
    assert line not in got.text
    assert got.text.rstrip().endswith("below the warning mark.")


@pytest.mark.parametrize(
    "line",
    [
        "The next report will look at the cost of the repairs.",
        "Next week the council will vote on the budget, on 3 March.",
        "Next update: soon.",
    ],
)
def test_a_closing_sentence_about_a_next_report_that_gives_no_day_stays(line):
    got = clean_text("\n\n".join([*BODY, line]), select_body=True)
    assert line in got.text
