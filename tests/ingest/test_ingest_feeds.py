"""RSS and Atom feeds: full-content entries become items, teasers are reported."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestFailure, IngestSkip, RawItem

BODY = "<p>" + "The harbour authority said the new pier would open in May. " * 12 + "</p>"


def rss(*items: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<description>Local news</description>
{"".join(items)}
</channel></rss>"""


FULL = f"""<item><title>Pier to open in May</title><link>https://gazette.example/pier</link>
<guid>gazette-1</guid><dc:creator>J. Doe</dc:creator>
<pubDate>Tue, 05 Mar 2024 10:30:00 +0100</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[{BODY}]]></content:encoded></item>"""
TEASER = """<item><title>A rather long headline about the ferry timetable changes</title>
<link>https://gazette.example/ferry</link><description>Ferries change.</description></item>"""
SHORT = """<item><title>Brief</title><link>https://gazette.example/b</link>
<content:encoded><![CDATA[<p>Only a few words.</p>]]></content:encoded></item>"""


def run(path: Path, **opts) -> list:
    return list(iter_inputs([str(path)], IngestOptions(**opts)))


def test_rss_full_content_entries_and_teasers(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(rss(FULL, TEASER, SHORT))
    item, teaser, short = run(path)
    assert isinstance(item, RawItem)
    assert (item.source, item.kind, item.container) == (f"{path}#1", "html", "feed")
    assert "new pier would open" in item.content.decode()
    assert item.fields == {
        "title": "Pier to open in May",
        "url": "https://gazette.example/pier",
        "byline": "J. Doe",
        "published": "2024-03-05T09:30:00+00:00",
        "external_id": "gazette-1",
        "outlet": "Harbour Gazette",
    }
    assert teaser == IngestSkip(
        str(path),
        'entry 2 ("A rather long headline about the ferr..."): summary only, no full content',
    )
    # full content is an article however short (tests/ingest/test_feeds_review12.py)
    assert isinstance(short, RawItem) and b"Only a few words." in short.content


def test_atom_content(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<id>urn:atom-times</id><updated>2024-01-02T03:04:05Z</updated>
<entry><title>Bridge repairs</title><id>urn:e1</id>
<link href="https://atom.example/bridge"/><updated>2024-01-02T03:04:05Z</updated>
<author><name>R. Roe</name></author>
<content type="html">{BODY.replace("<", "&lt;").replace(">", "&gt;")}</content></entry>
</feed>""")
    [item] = run(path)
    # one paragraph, stored as given: extract retries a lone fragment in a page shell
    assert item.kind == "html" and b"<p>The harbour" in item.content
    assert item.fields["published"] == "2024-01-02T03:04:05+00:00"
    assert item.fields["byline"] == "R. Roe"


def test_xml_feed_explicit_and_in_folder(tmp_path):
    feed = tmp_path / "in" / "news.xml"
    other = tmp_path / "in" / "config.xml"
    feed.parent.mkdir()
    feed.write_text(rss(FULL))
    other.write_text("<config><a>1</a></config>")
    results = run(tmp_path / "in")
    # the non-feed .xml in a folder is a skip with its reason (the run does not fail on it);
    # named on its own, it is a failure
    assert [r.source for r in results] == [str(other), f"{feed}#1"]
    assert isinstance(results[0], IngestSkip)
    assert results[0].reason.startswith("not an RSS/Atom feed")
    explicit = run(other)[0]
    assert isinstance(explicit, IngestFailure) and explicit.reason.startswith("not an RSS/Atom")


def test_malformed_and_empty_feeds(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti')
    [failure] = run(broken)
    assert failure.reason.startswith(("malformed feed", "not an RSS/Atom feed", "feed has no"))
    empty = tmp_path / "empty.rss"
    empty.write_text(rss())
    assert run(empty)[0].reason == "feed has no entries"
    blank = tmp_path / "blank.rss"
    blank.write_text("")
    assert run(blank)[0].reason == "empty file"
