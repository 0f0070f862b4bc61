"""JSON Feed files (jsonfeed.org 1.0 / 1.1) and the field aliases of JSON / JSON Lines records."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestFailure, IngestSkip, RawItem

LONG = (
    "The Pellow ferry board voted on Thursday to keep the night crossing running through "
    "the winter, after a petition signed by four thousand islanders. "
)


def run(path: Path) -> list:
    return list(iter_inputs([str(path)], IngestOptions()))


def write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_json_feed_1_1_items_with_html_and_text(tmp_path):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Pellow Island Herald",
        "home_page_url": "https://herald.example/",
        "language": "en-GB",
        "items": [
            {
                "id": "ph-101",
                "url": "/ferries/night-crossing",
                "title": "Night ferry saved",
                "date_published": "2031-02-06T18:00:00+01:00",
                "authors": [{"name": "Ada Quell"}, {"url": "https://herald.example/staff"}],
                "content_html": f"<p>{LONG}</p>",
            },
            {
                "id": 102,
                "title": "Harbour dues frozen",
                "authors": [{"name": "Ben Tarro"}, {"name": "Cy Oduya"}],
                "content_text": LONG,
                "source_name": "Pellow Wire",
            },
        ],
    }
    path = write(tmp_path / "feed.json", feed)
    first, second = run(path)
    assert (first.source, first.kind, first.container) == (f"{path}#1", "html", "feed")
    assert first.fields == {
        "title": "Night ferry saved",
        "url": "https://herald.example/ferries/night-crossing",
        "byline": "Ada Quell",
        "published": "2031-02-06T18:00:00+01:00",
        "external_id": "ph-101",
        "outlet": "Pellow Island Herald",
        "language": "en-GB",
    }
    assert (second.kind, second.content) == ("text", LONG.encode())
    assert second.fields["byline"] == "Ben Tarro, Cy Oduya"
    assert second.fields["external_id"] == "102"
    assert second.fields["outlet"] == "Pellow Wire"  # the item names its own outlet
    assert "url" not in second.fields


def test_json_feed_1_0_author_and_summary_only_items(tmp_path):
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Quarry Lane Gazette",
        "items": [
            {"id": "a", "title": "Mill reopens", "summary": "The mill is back."},
            {
                "id": "b",
                "title": "Council tax",
                "author": {"name": "Dee Marsh"},
                "content_text": LONG,
                "date_modified": "2031-03-01",
            },
            {"id": "c", "summary": "Short.", "content_text": "Short."},
            {"id": "d"},
        ],
    }
    path = write(tmp_path / "feed.json", feed)
    results = run(path)
    assert results[0] == IngestSkip(
        str(path), 'item 1 ("Mill reopens"): summary only, no full content'
    )
    assert isinstance(results[1], RawItem)
    assert results[1].fields["byline"] == "Dee Marsh"
    assert results[1].fields["published"] == "2031-03-01"
    assert results[1].fields["outlet"] == "Quarry Lane Gazette"
    assert results[2] == IngestSkip(
        str(path), "item 3: content is only the summary repeated, a teaser"
    )
    assert results[3] == IngestSkip(str(path), "item 4: no content")


def test_json_feed_malformed_item_is_one_failure(tmp_path):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Pellow Island Herald",
        "items": [
            "not an item",
            {"title": "Broken body", "content_html": 7},
            {"title": "Odd id", "id": ["x"], "content_text": LONG},
            {"title": "Fine", "content_text": LONG},
        ],
    }
    path = write(tmp_path / "feed.json", feed)
    results = run(path)
    assert [r.reason for r in results[:3]] == [
        "item 1: expected a JSON object, got a string",
        'item 2 ("Broken body"): "content_html" is a number, not a string',
        'item 3 ("Odd id"): "id" is a list, not a string',
    ]
    assert isinstance(results[3], RawItem) and results[3].fields["title"] == "Fine"


def test_json_feed_without_items(tmp_path):
    version = "https://jsonfeed.org/version/1.1"
    cases = {
        "a.json": ({"version": version, "title": "T"}, 'JSON Feed: "items" is null, not a list'),
        "b.json": ({"version": version, "items": {}}, 'JSON Feed: "items" is an object, not'),
        "c.json": ({"version": version, "items": []}, "feed has no entries"),
    }
    for name, (doc, reason) in cases.items():
        [failure] = run(write(tmp_path / name, doc))
        assert isinstance(failure, IngestFailure)
        assert failure.reason.startswith(reason), (name, failure)


def test_object_of_no_known_shape_says_what_it_saw(tmp_path):
    doc = {"status": "ok", "results": [{"headline": "x"}, {"headline": "y"}]}
    [failure] = run(write(tmp_path / "a.json", doc))
    assert failure.reason == (
        "not an article, a list of articles or a JSON Feed: an object with keys "
        '"status", "results" ("results" holds 2 objects), no "text" or "html" field'
    )
    [failure] = run(write(tmp_path / "b.json", {"content": {"rendered": "x"}}))
    assert failure.reason.endswith(
        'no "text" or "html" field ("content" is an object, not a string)'
    )


def test_record_aliases(tmp_path):
    rec = {
        "headline": "Tram depot sold",
        "pub_date": "2031-04-02T09:00:00Z",
        "source_name": "Velder Wire",
        "writer": "Eli Saska",
        "link": "https://wire.example/depot",
        "body": "The depot on Kell Street was sold to a housing trust.",
        "section": "city",
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    [item] = run(path)
    assert (item.kind, item.content) == ("text", rec["body"].encode())
    assert item.fields == {
        "published": "2031-04-02T09:00:00Z",
        "title": "Tram depot sold",
        "url": "https://wire.example/depot",
        "outlet": "Velder Wire",
        "byline": "Eli Saska",
        "section": "city",
    }


def test_canonical_fields_win_and_unused_aliases_stay(tmp_path):
    rec = {
        "title": "Canonical title",
        "headline": "Alias headline",
        "published": "2031-05-01",
        "published_at": "2031-05-02",
        "date": "2031-05-03",
        "outlet": "Canonical Outlet",
        "publisher": {"name": "Alias Publisher"},
        "text": "Canonical body of the report.",
        "content": "<p>Alias body</p>",
        "author": {"name": "Fay Orrin"},
        "creator": "Gil Ames",
    }
    [item] = run(write(tmp_path / "a.json", rec))
    assert item.content == b"Canonical body of the report."
    assert item.fields == {
        "published": "2031-05-01",
        "title": "Canonical title",
        "outlet": "Canonical Outlet",
        "byline": "Fay Orrin",
        "headline": "Alias headline",
        "published_at": "2031-05-02",
        "date": "2031-05-03",
        "publisher": {"name": "Alias Publisher"},
        "content": "<p>Alias body</p>",
        "creator": "Gil Ames",
    }


def test_alias_values_of_other_types_are_metadata_not_errors(tmp_path):
    rec = {
        "source": {"type": "scraper"},
        "publisher": {"name": "Harrow Post"},
        "link": "",
        "permalink": "https://post.example/a",
        "datePublished": "2031-06-01",
        "date": "2031-06-09",
        "content": "  <div><p>Markup body of the story.</p></div>",
    }
    [item] = run(write(tmp_path / "a.json", [rec]))
    assert item.kind == "html"
    assert item.fields["outlet"] == "Harrow Post"
    assert item.fields["source"] == {"type": "scraper"}
    assert item.fields["url"] == "https://post.example/a"
    assert item.fields["link"] == ""
    assert (item.fields["published"], item.fields["date"]) == ("2031-06-01", "2031-06-09")


def test_outlet_aliases_holding_an_address_or_a_code_word_name_no_outlet(tmp_path):
    """`source` often holds the feed's address or a pipeline's code word: neither is an outlet,
    so the outlet stays unset (the URL's domain gives it later), while a name is read."""
    recs = [
        {
            "text": LONG,
            "source": "https://feeds.velmar.example/rss.xml",
            "url": "https://a.example/1",
        },
        {"text": LONG + "Two.", "source": "rss", "url": "https://a.example/2"},
        {"text": LONG + "Three.", "source_name": "www.velmar.example"},
        {"text": LONG + "Four.", "source": "Velmar Ledger"},
        {"text": LONG + "Five.", "outlet": "rss"},
    ]
    items = run(write(tmp_path / "a.json", recs))
    outlets = [i.fields.get("outlet") for i in items]
    assert outlets == [None, None, None, "Velmar Ledger", "rss"]
    assert items[0].fields["source"] == "https://feeds.velmar.example/rss.xml"
