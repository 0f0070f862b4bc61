"""Product review 13: a page's declared date beats htmldate's guess (a date after the machine's
clock is kept, a `© YEAR` footer is no publication day); a page cut off after its byline is no
article; a short byline read as a language the analysis does not handle is no language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.extract.html import NoTextFound, extract_html
from newsgraph.extract.language import detect_language

BODY = (
    "<p>The harbour board of Pellmouth voted on Tuesday to close the old grain quay for six "
    "months while engineers replace its timber piles, the board's chair told reporters.</p>"
    "<p>Ferry services will move to the east pier from the first week of the closure, and the "
    "fish market will stay open on its usual days, the chair added after the vote.</p>"
)
FOOTER = "<footer><p>Pellmouth Courier &copy; {year}</p></footer>"


def _page(head: str = "", article_head: str = "", year: int = date.today().year) -> str:
    return (
        f"<html><head><title>Grain quay to close</title>{head}</head><body><article>"
        f"<h1>Grain quay to close</h1>{article_head}{BODY}</article>"
        f"{FOOTER.format(year=year)}</body></html>"
    )


AHEAD = date.today() + timedelta(days=40)  # a page dated after the machine's clock


def test_declared_time_after_today_is_kept_not_the_footer_year() -> None:
    stamp = f"{AHEAD.isoformat()}T14:05:00+00:00"
    page = _page(f'<meta property="article:published_time" content="{stamp}">')
    assert extract_html(page).published == stamp


def test_jsonld_date_published_after_today_is_kept() -> None:
    ld = f'<script type="application/ld+json">{{"datePublished": "{AHEAD.isoformat()}"}}</script>'
    assert extract_html(_page(ld)).published == AHEAD.isoformat()


def test_time_element_in_the_article_is_declared() -> None:
    time_el = f'<p class="dateline"><time datetime="{AHEAD.isoformat()}T09:30">Today</time></p>'
    got = extract_html(_page(article_head=time_el)).published
    assert got == f"{AHEAD.isoformat()}T09:30"


def test_declared_date_beats_a_different_guess() -> None:
    """The declared day wins even where the printed text dates the page otherwise."""
    head = '<meta property="article:published_time" content="2025-06-03T08:00:00+02:00">'
    page = _page(head).replace("<h1>", "<p>Last updated 12 July 2025</p><h1>")
    assert extract_html(page).published == "2025-06-03T08:00:00+02:00"


def test_placeholder_declared_date_is_not_kept() -> None:
    head = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
    assert not (extract_html(_page(head)).published or "").startswith("1970")


def test_copyright_year_is_no_publication_day() -> None:
    assert extract_html(_page(year=2025)).published is None


def test_a_printed_first_of_january_stays() -> None:
    page = _page(article_head="<p>1 January 2025</p>", year=2025)
    assert extract_html(page).published == "2025-01-01"


def test_page_cut_after_its_byline_is_no_article() -> None:
    page = (
        "<html><head><title>Grain quay to close | Pellmouth Courier</title></head><body><article>"
        "<h1>Grain quay to close</h1><p class='byline'>By Pellmouth Press Agency | 3 June 2025</p>"
    )
    with pytest.raises(NoTextFound, match=r"^no article text \("):
        extract_html(page)


def test_short_byline_is_no_language_but_short_english_is() -> None:
    assert detect_language("By Northwind Press Agency | 30 December 2026") is None
    assert detect_language("The council approved the budget.") == "en"
    assert detect_language("Die Regierung hat am Montag neue Regeln beschlossen.") == "de"


def test_an_outlet_name_inside_a_longer_name_is_no_mention() -> None:
    """ "Foreign Affairs" (a magazine the outlet table knows) inside a ministry's name."""
    from newsgraph.extract.outlets import mention_pattern

    pat = mention_pattern()
    assert not pat.search("Ministry of Foreign Affairs of Velmora")
    assert not pat.search("Photo courtesy of Foreign Affairs")
    assert pat.search("Foreign Affairs | Subscribe") and pat.search("told Foreign Affairs.")


def test_a_day_in_the_url_wins_over_a_declared_utc_time_past_midnight() -> None:
    head = '<meta property="article:published_time" content="2025-06-04T01:10:00+00:00">'
    url = "https://pellmouth-courier.example/2025/06/03/grain-quay"
    assert extract_html(_page(head), url=url).published == "2025-06-03"
