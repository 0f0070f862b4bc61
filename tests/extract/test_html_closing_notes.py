"""An HTML page's closing `Notes` / `References` list, which the extractor prints as `- …` list
items after a heading paragraph, leaves the text as the pre-scraped text's does: one rule,
`textclean.closing_notes` (invented text)."""

from __future__ import annotations

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

PARAS = [
    "The harbour board voted on Monday to close the old ferry pier for good, ending a service "
    "that had carried passengers across the bay since the town was founded.[1]",
    "Board members said the pier's timber piles had rotted beyond repair, and that a new pier "
    "would cost more than the board could raise in the next ten years.[2]",
    "Ferry users said they would petition the county to keep a summer service running from the "
    "fishing quay instead, at least until a new pier could be paid for.",
]
NOTES = [
    "Minutes of the harbour board, 3 June 2027, item 4.",
    "Engineers' survey of the ferry pier, April 2027, p. 12.",
]


def _page(paras: list[str], tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    body = body.replace("[1]", "<sup>[1]</sup>").replace("[2]", "<sup>[2]</sup>")
    return (
        "<html><head><title>Ferry pier to close</title></head><body><article>"
        f"<h1>Ferry pier to close</h1>{body}{tail}</article></body></html>"
    )


def _ordered(head: str, items: list[str], tag: str = "ol") -> str:
    lis = "".join(f"<li>{n}</li>" for n in items)
    return f"<h2>{head}</h2><{tag}>{lis}</{tag}>"


def test_html_ordered_notes_list_leaves_the_text():
    page = _page(PARAS, _ordered("Notes", NOTES))
    got = extract_html(page)
    assert "Minutes of the harbour board" not in got.text
    assert "Notes" not in got.text
    assert got.text.rstrip().endswith("could be paid for.")
    gone = [r for r in got.removals if r.reason == "boilerplate"]
    assert [r.text for r in gone] == ["Notes", *NOTES]
    # each removal spans the page's own element text
    assert all(page[r.start : r.end] == r.text for r in gone)


def test_html_bracketed_references_list_leaves_the_text_without_markers():
    paras = [p.replace("[1]", "").replace("[2]", "") for p in PARAS]
    items = [f"[{k}] {n}" for k, n in enumerate(NOTES, 1)]
    got = extract_html(_page(paras, _ordered("References", items, "ul")))
    assert "Engineers' survey" not in got.text and "References" not in got.text
    assert "fishing quay" in got.text


def test_html_article_own_list_under_notes_stays_without_markers():
    paras = [p.replace("[1]", "").replace("[2]", "") for p in PARAS]
    items = ["Bring a warm coat for the last crossing.", "Meet at the ticket office at noon."]
    got = extract_html(_page(paras, _ordered("Notes", items)))
    assert "Bring a warm coat" in got.text


def test_plain_text_bulleted_notes_after_markers_are_furniture():
    head = "The Bay Gazette\n\nFerry pier to close\n\n"
    notes = "\n".join(["Notes", *(f"- {n}" for n in NOTES)])
    got = clean_text(head + "\n\n".join([*PARAS, notes]) + "\n")
    assert "Minutes of the harbour board" not in got.text
    assert got.text.rstrip().endswith("could be paid for.")
