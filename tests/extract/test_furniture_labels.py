"""Furniture the session-7 review found kept: labelled captions, closing rights notices, and a
declared headline printed again as the first paragraph (all text written for these tests)."""

import pytest
from extract_support import BODY as _BODY

from newsgraph.extract import NoTextFound, extract
from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text
from newsgraph.records import RawItem

_CAPTION = (
    "Image: Mayor Edda Voss (left) and the harbour master walk along the closed pier after the "
    "council vote on Monday evening in the old port district"
)


def test_long_labelled_caption_is_removed():
    raw = "Council closes ferry pier\n\n" + _CAPTION + "\nImage: Jon Marl/HLD\n\n" + _BODY
    got = clean_text(raw)
    assert "Edda Voss" not in got.text
    assert any(r.reason == "image caption" and "Edda Voss" in r.text for r in got.removals)
    assert got.text.startswith("The harbour council voted")


def test_closing_rights_notice_is_removed_from_html():
    page = (
        "<html><head><title>Council closes ferry pier</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
        + "<p><em>Copyright 2025 Harbourline Daily. Republished with permission.</em></p>"
        + "</article></body></html>"
    )
    got = extract_html(page)
    assert "Republished" not in got.text and "Copyright" not in got.text
    assert got.text.rstrip().endswith("the longer journey.")


def test_declared_title_repeated_as_first_paragraph_is_removed():
    title = "Council says ferry pier closure is a ‘necessary repair’"
    raw = RawItem(
        source="t.jsonl#1",
        kind="text",
        content=(title + "\n\n" + _BODY).encode(),
        fields={"title": title},
        container="jsonl",
    )
    got = extract(raw)
    assert got.text.startswith("The harbour council voted")
    assert any(r.reason == "metadata: title" for r in got.removals)
    # a first paragraph that only starts like the title stays
    raw2 = RawItem(
        source="t.jsonl#2",
        kind="text",
        content=(title + " after a vote on Monday.\n\n" + _BODY).encode(),
        fields={"title": title},
        container="jsonl",
    )
    assert extract(raw2).text.startswith(title)


def test_declared_title_repeated_in_an_html_record_is_removed():
    title = "Council says ferry pier closure is a ‘necessary repair’"
    page = (
        f"<html><body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
        + "</article></body></html>"
    )
    raw = RawItem(
        source="t.jsonl#3",
        kind="html",
        content=page.encode(),
        fields={"title": title},
        container="jsonl",
    )
    assert extract(raw).text.startswith("The harbour council voted")


def test_a_closing_paragraph_about_copyright_is_news():
    from newsgraph.extract.html import _trim

    news = "Copyright lawsuits against the Portavel studios have doubled this year, Ruiz said."
    assert _trim("The court met on Monday.\n\n" + news, None).endswith(news)
    assert _trim("The court met.\n\nCopyright 2025 Norvik Post.", None) == "The court met."


@pytest.mark.parametrize(
    "body",
    [
        "<nav>Home</nav>",
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>",
    ],
)
def test_a_navigation_only_html_page_has_no_article_text(body):
    page = f"<html><head><title>Kestrow Harbour News</title></head><body>{body}</body></html>"
    raw = RawItem(source="nav.html", kind="html", content=page.encode())
    with pytest.raises(NoTextFound, match="no article text"):
        extract(raw)


def test_a_short_html_article_keeps_its_text():
    # passes on the code before the navigation-only rule too: a guard of that rule
    page = (
        "<html><head><title>Ferry pier closes</title></head><body><article>"
        "<p>The harbour council closed the old ferry pier on Monday for four months of "
        "repairs, the mayor said.</p></article></body></html>"
    )
    raw = RawItem(source="short.html", kind="html", content=page.encode())
    assert extract(raw).text.startswith("The harbour council closed")


@pytest.mark.parametrize(
    "label",
    ["Breaking", "Live", "Watch", "Photo", "UPDATED 5PM"],  # (the last one a guard: kept before)
)
def test_a_one_paragraph_html_article_with_a_label_keeps_its_text(label):
    # the furniture rules remove such a line from a scrape (a teaser, a related link, an image
    # credit), but only navigation and menus make an HTML page navigation-only
    para = f"{label}: Ferry pier in Kestmoor closed until May after storm damage"
    page = (
        "<html><head><title>Ferry pier closed</title></head><body><article>"
        f"<p>{para}</p></article></body></html>"
    )
    raw = RawItem(source="short.html", kind="html", content=page.encode())
    assert extract(raw).text == para
