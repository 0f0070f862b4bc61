"""JSON and JSON Lines article records."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestFailure, RawItem


def run(path: Path, **opts) -> list:
    return list(iter_inputs([str(path)], IngestOptions(**opts)))


def jsonl(path: Path, *lines: str | dict) -> Path:
    text = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_record_fields(tmp_path):
    rec = {
        "id": 42,
        "title": "Budget passes",
        "url": "https://news.example/budget",
        "outlet": "Example News",
        "authors": ["A. Writer", {"name": "B. Reporter"}],
        "date": "2024-03-05",
        "text": "The council approved the budget.",
        "section": "politics",
    }
    [item] = run(jsonl(tmp_path / "a.jsonl", rec))
    assert isinstance(item, RawItem)
    assert (item.source, item.kind, item.container) == (f"{tmp_path}/a.jsonl#1", "text", "jsonl")
    assert item.content == b"The council approved the budget."
    assert item.fields == {
        "external_id": "42",
        "title": "Budget passes",
        "url": "https://news.example/budget",
        "outlet": "Example News",
        "byline": "A. Writer, B. Reporter",
        "published": "2024-03-05",
        "section": "politics",
    }


def test_html_record_and_author_string(tmp_path):
    [item] = run(jsonl(tmp_path / "a.ndjson", {"html": "<p>x</p>", "author": "C. D."}))
    assert (item.kind, item.content, item.fields) == ("html", b"<p>x</p>", {"byline": "C. D."})


def test_one_broken_line_among_good_ones(tmp_path):
    path = jsonl(
        tmp_path / "a.jsonl",
        {"text": "first"},
        "",
        '{"text": "second", "title": "oops" "x"}',
        {"text": "third"},
    )
    results = run(path)
    assert [type(r).__name__ for r in results] == ["RawItem", "IngestFailure", "RawItem"]
    assert results[1] == IngestFailure(
        str(path), "line 3: invalid JSON: Expecting ',' delimiter (column 36)"
    )
    assert results[2].source.endswith("#4")  # line numbers, blank lines counted


def test_missing_and_wrong_typed_fields(tmp_path):
    path = jsonl(
        tmp_path / "a.jsonl",
        {"title": "no body"},
        {"text": 12},
        {"text": "   "},
        {"text": "ok", "title": ["a"]},
        {"text": "ok", "authors": [1, 2]},
        "[1, 2]",
        {"text": None, "html": "<p>fallback</p>"},
    )
    reasons = [r.kind if isinstance(r, RawItem) else r.reason for r in run(path)]
    assert reasons == [
        'line 1: no "text" or "html" field',
        'line 2: "text" is a number, not a string',
        'line 3: empty "text" field',
        'line 4: "title" is a list, not a string',
        'line 5: "authors" is not a name or a list of names',
        "line 6: expected a JSON object, got a list",
        "html",
    ]


def test_text_field_with_nul_is_refused(tmp_path):
    [item] = run(jsonl(tmp_path / "a.jsonl", {"text": "a\u0000b"}))
    assert item.reason == 'line 1: "text" field: binary file (NUL bytes), not text'


def test_invalid_utf8_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    results = run(path)
    assert isinstance(results[0], RawItem)
    assert results[1].reason == "line 2: invalid UTF-8 at byte 13"


def test_oversized_line_is_skipped_not_loaded(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", {"text": "x" * 5000}, {"text": "small"})
    results = run(path, max_bytes=1000)
    assert results[0].reason == "line 1: record larger than 1.0 kB"
    assert results[1].content == b"small"


def test_not_jsonl_at_all_gives_up(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("plain prose line\n" * 100)
    results = run(path)
    assert len(results) == 21
    assert results[-1].reason == "giving up: no valid record in the first 20 lines"


def test_empty_jsonl(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n\n")
    assert [r.reason for r in run(path)] == ["empty file"]


def test_jsonl_gz_and_truncated_gzip(tmp_path):
    body = "".join(json.dumps({"text": f"article {i} " * 50}) + "\n" for i in range(40))
    data = gzip.compress(body.encode())
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(data)
    assert len(run(good)) == 40
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    results = run(cut)
    assert all(isinstance(r, RawItem) for r in results[:-1]) and len(results) > 1
    assert results[-1].reason.startswith(f"truncated gzip after {len(results) - 1} records")


def test_json_list_and_object(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "a"}, "nope", {"html": "<p>b</p>", "id": "x"}]))
    results = run(path)
    assert [r.source for r in results] == [f"{path}#1", str(path), f"{path}#3"]
    assert results[1].reason == "item 2: expected a JSON object, got a string"
    assert results[2].fields == {"external_id": "x"}
    assert all(r.container == "json" for r in (results[0], results[2]))
    obj = tmp_path / "b.json"
    obj.write_text(json.dumps({"text": "solo"}))
    assert run(obj)[0].source == f"{obj}#1"


def test_bad_json_documents(tmp_path):
    cases = {
        "a.json": ('{"text": "x",}', "invalid JSON: Expecting property name enclosed in double"),
        "b.json": ("42", "expected a JSON object or a list of objects, got a number"),
        "c.json": ("[]", "empty JSON list, no articles"),
        "d.json": ("", "empty file"),
        "e.json": (
            '{"summary": "x", "tags": []}',
            'not an article, a list of articles or a JSON Feed: an object with keys "summary", '
            '"tags", no "text" or "html" field',
        ),
    }
    for name, (content, reason) in cases.items():
        (tmp_path / name).write_text(content)
        [failure] = run(tmp_path / name)
        assert failure.reason.startswith(reason), (name, failure)
