"""Session 12, HTML extraction: a one-paragraph fragment is an article (a JSON record's or a feed
entry's `html`), and what trafilatura left out of a page is listed as removals (product review 12,
defect 19: `show article ID --removed` on an HTML page said "nothing removed")."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.extract import extract
from newsgraph.extract import html as html_extract
from newsgraph.extract.html import NO_POSITION, NoTextFound, extract_html
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import RawItem

BRIEF = (
    "The ferry pier at Kestmoor will close until May for repairs after the storm damaged its "
    "deck, the harbour council said on Tuesday, and boats will use the north quay meanwhile."
)


# -- a fragment of one paragraph ----------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    [
        f"<p>{BRIEF}</p>",
        f"<div><span>{BRIEF}</span></div>",
        BRIEF,  # text given as `html`, no tags at all
    ],
)
def test_a_one_paragraph_fragment_is_extracted(fragment):
    got = extract_html(fragment.encode())
    assert got.text == BRIEF


def test_a_fragment_the_extractor_rejects_even_in_a_page_falls_back_to_its_prose():
    # trafilatura drops an <aside> even inside a page shell: the fragment's own text is the
    # article the record declares
    got = extract_html(f"<aside><p>{BRIEF}</p></aside>".encode())
    assert got.text == BRIEF


@pytest.mark.parametrize(
    "fragment", ["<aside><p>Sign up</p></aside>", "<nav>Home | News | Sport</nav>"]
)
def test_a_fragment_without_prose_still_has_no_text(fragment):
    # guard (passes on the code before): the fallback takes prose only, and a menu the page
    # shell lets the extractor read is still refused as navigation
    raw = RawItem("a.jsonl#1", "html", fragment.encode(), container="jsonl")
    with pytest.raises(NoTextFound):
        extract(raw)


def test_a_one_paragraph_json_record_keeps_its_raw_input(tmp_path):
    html = f"<p>{BRIEF}</p>"
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"html": html, "title": "Ferry pier closed until May"}) + "\n")
    [item] = list(iter_inputs([str(path)], IngestOptions()))
    assert item.content == html.encode()  # no shell stored: the id is the input's own
    assert extract(item).text == BRIEF


# -- what the extractor dropped ----------------------------------------------------------------

PARAS = [
    "The harbour council voted on Tuesday to rebuild the sea wall at Kestmoor after the winter "
    "storms, a project that will cost four million pounds and take two years.",
    "The council's leader, Lise Vandel, said the work would start in May and that the harbour "
    "would stay open throughout, with boats using the north quay while the south was closed.",
    "Residents had asked for the repair since the storms in November damaged the promenade and "
    "flooded several houses on Quay Street, and some of them still live with relatives.",
]


def _page(nav: str = '<li><a href="/">Home</a></li><li><a href="/news">News</a></li>') -> str:
    return (
        "<html><head><title>Sea wall to be rebuilt</title>"
        "<style>p { color: red }</style></head><body>\n"
        f"<nav><ul>{nav}</ul></nav>\n"
        "<article><h1>Sea wall to be rebuilt</h1>\n"
        f"<p>{PARAS[0]}</p>\n"
        '<figure><img src="w.jpg"><figcaption>The damaged wall in January. Photo: Oren '
        "Tesk</figcaption></figure>\n"
        f"<p>{PARAS[1]}</p>\n<p>{PARAS[2]}</p>\n"
        '<aside><h3>Read more</h3><ul><li><a href="/a">Storm costs rise</a></li></ul></aside>\n'
        "</article>\n<footer><p>&copy; 2026 Kestmoor Gazette</p>"
        '<script>var note = "never shown";</script></footer></body></html>'
    )


def _plain(markup: str) -> str:
    import html

    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def test_the_blocks_trafilatura_dropped_are_removals_with_their_elements_reason():
    page = _page()
    got = extract_html(page.encode())
    assert got.text == "\n\n".join(PARAS)
    assert [(r.reason, r.text) for r in got.removals] == [
        ("navigation", "Home"),
        ("navigation", "News"),
        ("figure caption", "The damaged wall in January. Photo: Oren Tesk"),
        ("aside", "Read more"),
        ("aside", "Storm costs rise"),
        ("footer", "© 2026 Kestmoor Gazette"),
    ]
    # each span is the block's markup in the page: the headline (the title), the kept
    # paragraphs, the script and the style are not listed
    for r in got.removals:
        assert r.start >= 0 and _plain(page[r.start : r.end]) == r.text


def test_a_class_names_the_kind_of_furniture():
    page = _page().replace(
        "<footer>", '<div class="related-stories"><p>Pier repairs begin</p></div><footer>'
    )
    got = extract_html(page.encode())
    assert ("related link", "Pier repairs begin") in [(r.reason, r.text) for r in got.removals]


def test_a_huge_page_stores_bounded_removals():
    nav = "".join(
        f'<li><a href="/s{i}">Section number {i} of the site</a></li>' for i in range(5000)
    )
    got = extract_html(_page(nav).encode())
    # read here, not imported: the bounds are new, and the test must fail (not error) before them
    limit = getattr(html_extract, "MAX_DROPPED", 100)
    max_chars = getattr(html_extract, "MAX_DROPPED_CHARS", 20000)
    assert got.text == "\n\n".join(PARAS)
    assert len(got.removals) <= limit + 1
    assert sum(len(r.text) for r in got.removals) <= max_chars + 200
    last = got.removals[-1]
    assert last.reason == "not listed: size limit" and last.start == NO_POSITION
    assert last.text.startswith(f"{5000 + 4 - limit} more text blocks")


def test_show_article_removed_lists_what_an_html_page_dropped(tmp_path):
    (tmp_path / "p.html").write_text(_page(), encoding="utf-8")
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "p.html"), "--db", db]).exit_code == 0
    listed = runner.invoke(main, ["articles", "--db", db]).output
    article_id = listed.split()[0]
    out = runner.invoke(main, ["show", "article", article_id, "--removed", "--db", db]).output
    assert "nothing removed" not in out
    assert "figure caption" in out and "Photo: Oren Tesk" in out and "footer" in out


def test_a_label_inside_a_longer_word_of_the_text_is_still_listed():
    # "Home" is in "homes" of the kept text, never as a word of its own
    page = _page().replace(PARAS[2], PARAS[2].replace("several houses", "several homes"))
    got = extract_html(page.encode())
    assert ("navigation", "Home") in [(r.reason, r.text) for r in got.removals]
