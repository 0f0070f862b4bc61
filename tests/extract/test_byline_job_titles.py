"""A byline with a job title after the name (`By Jo Lane, security correspondent`) gives the
name only, with the author in microdata or in the paragraph alone (invented page)."""

import pytest

from newsgraph.extract.html import extract_html

PARAS = "".join(
    f"<p>{s}</p>"
    for s in (
        "The ferry operator said on Monday that its booking system had been offline since the "
        "weekend, leaving thousands of passengers unable to change their tickets.",
        "Engineers were still working to restore the system late on Monday, the company said, "
        "and it advised passengers to arrive early at the terminal in Osterby.",
        "The transport ministry said it had asked the operator for a full report on the outage "
        "and on how passengers would be compensated for missed sailings.",
        "Passenger groups said the outage showed how much of the service now depended on a "
        "single computer system with no paper fallback at the ports.",
    )
)


def _page(byline: str) -> str:
    return (
        "<html><head><title>Ferry bookings offline for three days</title></head><body><article>"
        "<h1>Ferry bookings offline for three days</h1>"
        f'<p class="byline">{byline}</p>'
        '<p><time datetime="2026-03-09T10:00:00+01:00">9 March 2026</time></p>'
        f"<div>{PARAS}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        'By <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Jo Lane</span></span>, transport correspondent',
        'By <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Jo Lane</span></span>, Senior Staff Writer',
    ],
)
def test_job_title_is_no_second_author(byline):
    assert extract_html(_page(byline)).byline == "Jo Lane"


def test_two_authors_stay():
    byline = (
        'By <span itemprop="author"><span itemprop="name">Jo Lane</span></span> and '
        '<span itemprop="author"><span itemprop="name">Ali Park</span></span>'
    )
    got = extract_html(_page(byline)).byline or ""
    assert "Jo Lane" in got and "Ali Park" in got
