"""Product review 12 (defect 2): a feed entry with full content is an article however short;
only a teaser is skipped (summary alone, the summary repeated as content, a cut-off text)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.extract import extract
from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestSkip, RawItem

#: A complete brief of about 300 characters: well under the old 400-character teaser bar.
BRIEF = (
    "<p>ORVEN, 3 May 2026 - The Orven tram line reopened on Sunday after a week of repairs to "
    "the bridge over the Sella river, the city transport office said.</p>"
    '<p>"Every tram is back on its timetable," spokeswoman Ada Lind told reporters. Night '
    "services resume on Friday.</p>"
)
LONG = "<p>" + "The council said the new market hall would open in June next year. " * 8 + "</p>"


def _esc(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def atom(*entries: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Orven Radio</title><id>urn:orven</id><updated>2026-05-03T10:00:00Z</updated>"
        + "".join(entries)
        + "</feed>"
    )


def atom_entry(n: int, content: str | None = None, summary: str | None = None) -> str:
    parts = [f"<entry><title>Item {n}</title><id>urn:orven:{n}</id>"]
    parts.append(f'<link href="https://orven.example/{n}"/><updated>2026-05-03T10:00:00Z</updated>')
    if summary is not None:
        parts.append(f"<summary>{_esc(summary)}</summary>")
    if content is not None:
        parts.append(f'<content type="html">{_esc(content)}</content>')
    return "".join(parts) + "</entry>"


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Orven Post</title><link>https://post.example/</link>"
        + "".join(items)
        + "</channel></rss>"
    )


def rss_item(n: int, encoded: str | None = None, description: str | None = None) -> str:
    parts = [f"<item><title>Story {n}</title><link>https://post.example/{n}</link>"]
    if description is not None:
        parts.append(f"<description>{_esc(description)}</description>")
    if encoded is not None:
        parts.append(f"<content:encoded><![CDATA[{encoded}]]></content:encoded>")
    return "".join(parts) + "</item>"


def run(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(iter_inputs([str(path)], IngestOptions()))


def test_atom_short_full_content_is_an_article(tmp_path):
    [item] = run(tmp_path, "radio.atom", atom(atom_entry(1, BRIEF)))
    assert isinstance(item, RawItem)
    assert b"Night services resume on Friday." in item.content
    assert item.fields["url"] == "https://orven.example/1"


def test_atom_short_content_with_its_own_summary_is_an_article(tmp_path):
    [item] = run(
        tmp_path, "radio.atom", atom(atom_entry(1, BRIEF, summary="Trams run again in Orven."))
    )
    assert isinstance(item, RawItem)


def test_atom_teasers_are_still_skipped_with_their_reason(tmp_path):
    cut = "<p>The Orven tram line reopened on Sunday after a week of repairs. Read more</p>"
    same = "The Orven tram line reopened on Sunday."
    found = run(
        tmp_path,
        "radio.atom",
        atom(
            atom_entry(1, summary="Trams run again."),
            atom_entry(2, f"<p>{same}</p>", summary=same),
            atom_entry(3, cut),
        ),
    )
    assert all(isinstance(r, IngestSkip) for r in found), found
    reasons = [r.reason for r in found]
    assert reasons[0] == 'entry 1 ("Item 1"): summary only, no full content'
    assert reasons[1] == 'entry 2 ("Item 2"): content is only the summary repeated, a teaser'
    assert reasons[2] == 'entry 3 ("Item 3"): content cut off ("Read more" at the end), a teaser'


def test_rss_content_encoded_both_sides_of_the_rule(tmp_path):
    found = run(
        tmp_path,
        "post.rss",
        rss(
            rss_item(1, BRIEF, description="Trams run again."),  # short full text: article
            rss_item(2, description="Trams run again in Orven."),  # summary only
            rss_item(3, "<p>The tram line reopened on Sunday after repairs [&#8230;]</p>"),
            rss_item(4, "<p>Trams run again.</p>", description="Trams run again."),
            rss_item(5, LONG, description=LONG),  # a feed copying the article into both
            rss_item(6, "<p>Repairs ended on the bridge.</p><p>Continue reading &rarr;</p>"),
        ),
    )
    kinds = [type(r).__name__ for r in found]
    assert kinds == ["RawItem", "IngestSkip", "IngestSkip", "IngestSkip", "RawItem", "IngestSkip"]
    assert found[1].reason.endswith("summary only, no full content")
    assert found[2].reason.endswith('content cut off ("[…]" at the end), a teaser')
    assert found[3].reason.endswith("content is only the summary repeated, a teaser")
    assert found[5].reason.endswith('content cut off ("Continue reading →" at the end), a teaser')


def test_read_more_inside_the_prose_is_no_cut(tmp_path):
    text = "<p>The tram line reopened on Sunday. Riders can read more at the city's website.</p>"
    [item] = run(tmp_path, "post.rss", rss(rss_item(1, text)))
    assert isinstance(item, RawItem)


def test_one_paragraph_entries_give_text_short_or_long(tmp_path):
    """trafilatura finds no text in a bare lone paragraph: the entry still becomes an article."""
    short = "<p>The Orven council approved next year's budget on Tuesday, the mayor said.</p>"
    long = "<p>" + "The Orven council approved next year's budget on Tuesday. " * 10 + "</p>"
    items = run(tmp_path, "post.rss", rss(rss_item(1, short), rss_item(2, long)))
    texts = [extract(item).text for item in items]
    assert texts[0] == "The Orven council approved next year's budget on Tuesday, the mayor said."
    assert texts[1].startswith("The Orven council approved") and len(texts[1]) > 500


def test_entries_keep_their_bytes(tmp_path):
    """An entry's content is stored as given, hence its id: a re-run finds it (a lone
    paragraph's page shell is the extractor's, never the stored input's)."""
    [item] = run(tmp_path, "post.rss", rss(rss_item(1, LONG + LONG)))
    assert item.content == (LONG + LONG).encode()
    short = "<p>The Orven council approved next year's budget on Tuesday, the mayor said.</p>"
    [item] = run(tmp_path, "brief.rss", rss(rss_item(1, short)))
    assert item.content == short.encode()


def test_an_entry_without_a_web_link_has_no_url(tmp_path):
    found = run(
        tmp_path,
        "post.rss",
        rss(
            rss_item(1, BRIEF).replace("<link>https://post.example/1</link>", ""),
            rss_item(2, BRIEF).replace("<link>https://post.example/2</link>", "<guid>p-2</guid>"),
            rss_item(3, BRIEF).replace("https://post.example/3", "/news/3"),
        ),
    )
    assert [r.fields.get("url") for r in found] == [None, None, "https://post.example/news/3"]
    assert found[1].fields["external_id"] == "p-2"
    [atom_item] = run(
        tmp_path,
        "radio.atom",
        atom(atom_entry(1, BRIEF).replace('<link href="https://orven.example/1"/>', "")),
    )
    assert "url" not in atom_item.fields and atom_item.fields["external_id"] == "urn:orven:1"
