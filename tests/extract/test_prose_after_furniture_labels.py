# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""Paragraphs that open with a furniture label or sit where furniture does but are the
article's own text stay; the furniture itself still goes (invented text):

- a related-link label (`Trending:`, `Watch:`, `Listen:`) over a reported sentence is prose, over
  a headline a teaser;
- a closing `Note:` that reports what someone's press release said is reporting; one about the
  document itself is furniture;
- a `Sources` list with more of the article after it is the article's, not closing notes;
- a page's paragraph that is only its date and time is metadata, not text;
- a statement's numbered label (`Press Statement No. 7/2027`) under the issuer's name makes the
  name its outlet."""

from __future__ import annotations

from extract_support import PARAS

from newsgraph.extract.genre import document_label
from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text, related_link


def _page(paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<html><head><title>Council debates sea wall</title></head><body><article>"
        f"<h1>Council debates sea wall</h1>{body}</article></body></html>"
    )


TRENDING = "Trending: tram lines are back in fashion across the north, with eleven towns planning new routes, the transport ministry said."
WATCH = "Watch: the mayor's office has published a video of the session on its website, showing the engineers' drawings of the wall."


def test_label_over_a_reported_sentence_is_prose():
    assert not related_link(TRENDING)
    assert not related_link(WATCH)
    assert not related_link(
        "Listen: the harbour master told the council that the ferries would run late all week."
    )


def test_label_over_a_headline_is_still_a_related_link():
    assert related_link("Watch: How the storm broke the sea wall")
    assert related_link("Read more: Why are tram lines back in fashion across the north?")
    assert related_link(
        "Trending: The council voted on Tuesday to close the old pier for repairs and…"
    )
    assert related_link("Listen")


def test_a_link_only_label_over_a_sentence_is_still_a_related_link():
    assert related_link(
        "Related: Our weekly bulletin brings you the council's decisions every Friday morning."
    )
    assert related_link(
        "Read more: the council's full statement on the sea wall is on its website."
    )


def test_html_and_text_keep_a_labelled_sentence():
    paras = [PARAS[0], TRENDING, PARAS[1], WATCH, PARAS[2]]
    got = extract_html(_page(paras))
    assert "tram lines are back" in got.text and "published a video" in got.text
    assert not [r for r in got.removals if r.reason == "related link"]
    txt = clean_text("\n\n".join(paras))
    assert "tram lines are back" in txt.text and "published a video" in txt.text


PRESS_NOTE = "Note: The council's press release did not say how the wall would be paid for, and the mayor's office declined to comment."


def test_closing_note_reporting_a_press_release_stays():
    got = extract_html(_page([*PARAS, PRESS_NOTE]))
    assert "did not say how the wall" in got.text
    txt = clean_text("\n\n".join([*PARAS, PRESS_NOTE]))
    assert "did not say how the wall" in txt.text


def test_closing_note_about_the_document_is_furniture():
    for note in (
        "Note: This is a press release issued by the harbour council.",
        "Note: This article was first published by the Quay Weekly.",
    ):
        txt = clean_text("\n\n".join([*PARAS, note]))
        assert note not in txt.text
        assert "end of the month." in txt.text


SOURCES = [
    "Sources",
    "1. Three council members confirmed the vote to this newspaper.",
    "2. The transport office shared its cost estimate.",
]


def test_sources_list_inside_the_article_stays():
    first = "The council met on Tuesday to approve the new tram line.[1]"
    paras = [first, PARAS[0], *SOURCES, PARAS[1], PARAS[2]]
    txt = clean_text("\n\n".join(paras))
    assert "Three council members confirmed" in txt.text
    assert "cheapest repair" in txt.text
    got = extract_html(_page(paras))
    assert "Three council members confirmed" in got.text


def test_sources_list_closing_the_article_is_still_furniture():
    first = "The council met on Tuesday to approve the new tram line.[1]"
    txt = clean_text("\n\n".join([first, *PARAS, *SOURCES]))
    assert "Three council members confirmed" not in txt.text
    assert txt.text.rstrip().endswith("end of the month.")


def test_html_date_and_time_paragraph_is_metadata():
    for line in ("Thursday 4 March 2027, 18:20", "Thu 4 Mar 2027, 18:20"):
        got = extract_html(_page([line, *PARAS, "Last updated: 5 March 2027 at 08:10 GMT"]))
        assert got.text.startswith("The harbour council met")
        assert got.text.rstrip().endswith("end of the month.")
        dated = [r for r in got.removals if r.reason == "metadata: date"]
        assert [r.text for r in dated] == [line, "Last updated: 5 March 2027 at 08:10 GMT"]
        assert all(r.start >= 0 for r in dated)  # found in the page
        assert got.published == "2027-03-04"  # the page declares none


def test_html_date_heading_inside_the_text_stays():
    for at in (1, 3):
        got = extract_html(_page([*PARAS[:at], "4 March 2027", *PARAS[at:]]))
        assert "4 March 2027" in got.text


STATEMENT = """Harbour Authority of Velmarsk
Press Statement No. 7/2027
3 March 2027

Ferry service to resume on the northern route

KESTRA, 3 March 2027. The Harbour Authority today announced that the ferry service on the northern route will resume on Monday after four months of repairs to the pier.

The repairs cost 1.2 million and were paid for from the Authority's own reserves, the Authority said in its statement on the works.
"""


def test_numbered_statement_label_makes_the_name_line_the_outlet():
    assert document_label("Press Statement No. 7/2027") == "press statement"
    assert document_label("News Release no. 12") == "news release"
    assert document_label("The statement No. 4 was read") is None
    got = clean_text(STATEMENT)
    assert got.outlet == "Harbour Authority of Velmarsk"
    assert got.title == "Ferry service to resume on the northern route"
    reasons = {r.text: r.reason for r in got.removals}
    assert reasons["Harbour Authority of Velmarsk"] == "metadata: outlet"
    assert reasons["Press Statement No. 7/2027"] == "metadata: label"


def test_short_statement_closing_contact_line_is_no_byline():
    got = clean_text(STATEMENT + "\nPress Office, Harbour Authority, 2 Quay Street, Kestra\n")
    assert got.byline is None
    assert got.outlet == "Harbour Authority of Velmarsk"


def test_name_line_under_the_headline_and_standfirst_is_still_a_byline():
    text = (
        "The Quay Weekly\n\nFerry service to resume on the northern route\n\n"
        "The harbour's busiest crossing reopens on Monday after four months of repairs.\n\n"
        "Mara Quist, Transport Reporter\n\n" + "\n\n".join(PARAS) + "\n"
    )
    assert clean_text(text).byline == "Mara Quist"
