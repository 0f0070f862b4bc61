"""A `<time datetime>` stamp in an `<article>` is a declared publication date only when nothing
labels it an update (`html._article_time`): `Updated <time>` printed before `Published <time>`
is no publication date. Invented pages."""

from __future__ import annotations

from newsgraph.extract.html import declared_published, extract_html

BODY = (
    "<p>The water board of Ostrelby voted on Tuesday to shut the old reservoir for a year while "
    "engineers rebuild its dam wall, the board's chair told reporters after the meeting.</p>"
    "<p>Homes in the east of the town will draw water from the new treatment works during the "
    "closure, and the reservoir's footpaths will stay open at weekends, the chair added.</p>"
)
UPDATED = '<time datetime="2025-03-07T09:00:00+00:00">7 March 2025</time>'
PUBLISHED = '<time datetime="2025-03-05T08:00:00+00:00">5 March 2025</time>'


def _page(stamps: str, headline: str = "Reservoir to close") -> str:
    return (
        f"<html><head><title>{headline}</title></head><body><article>"
        f"<h1>{headline}</h1>{stamps}{BODY}</article></body></html>"
    )


def test_an_updated_stamp_before_the_published_one_is_passed_over() -> None:
    page = _page(f'<p class="meta">Updated {UPDATED} | Published {PUBLISHED}</p>')
    assert declared_published(page) == "2025-03-05T08:00:00+00:00"
    assert (extract_html(page).published or "")[:10] == "2025-03-05"


def test_a_stamp_classed_modified_is_passed_over() -> None:
    modified = UPDATED.replace("<time ", '<time class="date-modified" ')
    page = _page(f"<p>{modified}</p><p>{PUBLISHED}</p>")
    assert declared_published(page) == "2025-03-05T08:00:00+00:00"


def test_only_an_updated_stamp_declares_no_publication_date() -> None:
    assert declared_published(_page(f"<p>Last updated: {UPDATED}</p>")) is None


def test_an_unlabelled_stamp_is_still_declared() -> None:
    """The headline's words are no label: `updated` there does not mark the stamp under it."""
    page = _page(f"<p>{PUBLISHED}</p>", headline="Reservoir rules updated")
    assert declared_published(page) == "2025-03-05T08:00:00+00:00"


def test_a_stamp_nested_in_a_bare_time_element_is_declared() -> None:
    nested = f'<p>Posted by Ana Velt on <time class="date">{PUBLISHED}</time></p>'
    assert declared_published(_page(nested)) == "2025-03-05T08:00:00+00:00"


def test_a_first_stamp_without_datetime_lets_no_later_one_declare() -> None:
    """A later stamp in the article dates a related link, not the page."""
    card = f'<div class="card"><a href="/other">Another story</a>{UPDATED}</div>'
    page = _page(f'<time class="hero-date">5 March 2025</time>{card}')
    assert declared_published(page) is None


def test_a_stamp_classed_published_and_updated_is_published() -> None:
    """A never-edited post's stamp as WordPress classes it; the words shown label it first."""
    both = PUBLISHED.replace("<time ", '<time class="entry-date published updated" ')
    assert declared_published(_page(f"<p>{both}</p>")) == "2025-03-05T08:00:00+00:00"
    shown = PUBLISHED.replace("<time ", '<time class="published-date" ')
    assert declared_published(_page(f"<p>Updated {shown}</p>")) is None
