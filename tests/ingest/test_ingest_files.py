"""Plain text and HTML files, folders, stdin, gzip and the never-raise guarantee."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from pathlib import Path

import pytest

from newsgraph.ingest import IngestOptions, count_inputs, iter_inputs, sources
from newsgraph.records import IngestFailure, RawItem

ARTICLE = "The council approved the budget on Tuesday.\nThe vote was 7 to 2.\n"


def run(*paths, **opts) -> list:
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**opts)))


def one(path, **opts):
    results = run(path, **opts)
    assert len(results) == 1, results
    return results[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_text_file_is_read_verbatim(tmp_path):
    item = one(write(tmp_path / "a.txt", ARTICLE))
    assert isinstance(item, RawItem)
    assert (item.kind, item.container, item.content) == ("text", "file", ARTICLE.encode())
    assert item.source == str(tmp_path / "a.txt")


@pytest.mark.parametrize("name", ["a.text", "A.TXT"])
def test_other_text_extensions(tmp_path, name):
    assert one(write(tmp_path / name, ARTICLE)).kind == "text"


def test_utf8_bom_is_accepted(tmp_path):
    item = one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert isinstance(item, RawItem)


def test_utf16_with_bom_is_reencoded(tmp_path):
    item = one(write(tmp_path / "a.txt", ARTICLE.encode("utf-16")))
    assert item.content == ARTICLE.encode()


def test_binary_file_is_refused(tmp_path):
    item = one(write(tmp_path / "a.txt", b"abc\x00\x01\x02def"))
    assert item == IngestFailure(str(tmp_path / "a.txt"), "binary file (NUL bytes), not text")


def test_pdf_renamed_to_txt_is_named(tmp_path):
    item = one(write(tmp_path / "a.txt", b"%PDF-1.7\n..."))
    assert item.reason == "binary file (PDF), not text"


def test_empty_and_whitespace_files(tmp_path):
    assert one(write(tmp_path / "a.txt", b"")).reason == "empty file"
    assert one(write(tmp_path / "b.txt", " \n\t\n")).reason == "only whitespace, no text"
    assert one(write(tmp_path / "c.html", b"")).reason == "empty file"


def test_invalid_utf8_names_the_byte(tmp_path):
    item = one(write(tmp_path / "a.txt", "caf\u00e9 ".encode("latin-1") + b"ok"))
    assert item.reason == "invalid UTF-8 at byte 3 (use --encoding)"


def test_forced_encoding_reencodes_to_utf8(tmp_path):
    path = write(tmp_path / "a.txt", "Caf\u00e9 cr\u00e8me, na\u00efve.".encode("cp1252"))
    item = one(path, encoding="cp1252")
    assert item.content.decode("utf-8") == "Caf\u00e9 cr\u00e8me, na\u00efve."


def test_forced_encoding_errors(tmp_path):
    path = write(tmp_path / "a.txt", b"abc")
    assert one(path, encoding="klingon").reason == 'unknown encoding "klingon"'
    bad = write(tmp_path / "b.txt", b"ok \xff")
    assert one(bad, encoding="ascii").reason == "cannot decode as ascii at byte 3"


def test_huge_file_refused_by_size_without_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:  # sparse: instant, no disk used
        fh.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    item = one(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert item.reason == "file too large: 104.9 MB > 10.0 MB limit"
    assert peak < 5_000_000


def test_size_cap_is_configurable(tmp_path):
    assert one(write(tmp_path / "a.txt", "x" * 200), max_bytes=100).reason.startswith(
        "file too large"
    )


def test_malformed_html_is_still_an_item(tmp_path):
    item = one(write(tmp_path / "a.html", "<html><body><p>Unclosed <b>tags <div></p>"))
    assert isinstance(item, RawItem) and item.kind == "html"


def test_html_in_another_encoding_is_kept_raw(tmp_path):
    raw = '<meta charset="iso-8859-1"><p>Caf\u00e9</p>'.encode("latin-1")
    item = one(write(tmp_path / "a.htm", raw))
    assert item.content == raw


def test_binary_html_is_refused(tmp_path):
    assert one(write(tmp_path / "a.html", b"\x89PNG\r\n\x1a\n\x00\x00")).reason == (
        "binary file (PNG image), not text"
    )


def test_gzipped_text_and_html(tmp_path):
    item = one(write(tmp_path / "a.txt.gz", gzip.compress(ARTICLE.encode())))
    assert (item.kind, item.content) == ("text", ARTICLE.encode())
    assert one(write(tmp_path / "b.html.gz", gzip.compress(b"<p>hi</p>"))).kind == "html"


def test_gzip_bomb_is_capped(tmp_path):
    bomb = gzip.compress(b"a" * 20_000_000)
    item = one(write(tmp_path / "a.txt.gz", bomb), max_bytes=1_000_000)
    assert item.reason == "decompressed file too large: more than 1.0 MB limit"


def test_truncated_and_bad_gzip(tmp_path):
    data = gzip.compress(ARTICLE.encode() * 50)
    assert one(write(tmp_path / "a.txt.gz", data[: len(data) // 2])).reason == "truncated gzip"
    assert one(write(tmp_path / "b.txt.gz", b"not gzip")).reason == "not a valid gzip file"


def test_explicit_unknown_extension_fails_but_is_skipped_in_folders(tmp_path):
    write(tmp_path / "d" / "notes.docx", b"PK\x03\x04")
    write(tmp_path / "d" / "a.txt", ARTICLE)
    explicit = one(tmp_path / "d" / "notes.docx")
    assert explicit.reason.startswith("unsupported file type .docx (supported: .txt")
    assert [r.source for r in run(tmp_path / "d")] == [str(tmp_path / "d" / "a.txt")]


def test_folder_without_inputs_is_reported(tmp_path):
    write(tmp_path / "d" / "scan.pdf", b"%PDF-1.4")
    assert one(tmp_path / "d").reason == "folder has no supported input files"


def test_missing_path(tmp_path):
    assert one(tmp_path / "nope.txt").reason == "no such file or directory"


def test_folder_walk_is_sorted_and_skips_hidden(tmp_path):
    root = tmp_path / "in"
    for rel in ["b.txt", "a.txt", "sub/z.html", "sub/a.md", ".hidden.txt", ".git/x.txt", "c.png"]:
        write(root / rel, ARTICLE)
    sources_seen = [r.source for r in run(root)]
    expected = ["a.txt", "b.txt", "sub/z.html"]
    assert sources_seen == [str(root / e) for e in expected]
    assert [r.source for r in run(root)] == sources_seen  # deterministic


def test_arguments_keep_their_order(tmp_path):
    a, b = write(tmp_path / "a.txt", ARTICLE), write(tmp_path / "b.txt", ARTICLE + "!")
    assert [r.source for r in run(b, a)] == [str(b), str(a)]


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    write(tmp_path / "1.txt", ARTICLE)
    write(tmp_path / "2.txt", b"\x00\x00")
    write(tmp_path / "3.txt", ARTICLE + "more")
    kinds = [type(r).__name__ for r in run(tmp_path)]
    assert kinds == ["RawItem", "IngestFailure", "RawItem"]


def test_unexpected_exception_becomes_a_failure(tmp_path, monkeypatch):
    write(tmp_path / "1.txt", ARTICLE)
    write(tmp_path / "2.txt", ARTICLE + "x")

    def boom(path, kind, options, gzipped=False):
        if path.endswith("1.txt"):
            raise RuntimeError("kaput")
        return RawItem(source=path, kind="text", content=b"ok")

    monkeypatch.setattr(sources, "read_document", boom)
    results = run(tmp_path)
    assert results[0] == IngestFailure(
        str(tmp_path / "1.txt"), "internal error: RuntimeError: kaput"
    )
    assert isinstance(results[1], RawItem)


@pytest.mark.parametrize(
    ("data", "kind"),
    [(ARTICLE.encode(), "text"), (b"  <html><p>x</p></html>", "html")],
)
def test_stdin_text_and_html(data, kind):
    [item] = iter_inputs(["-"], stdin=io.BytesIO(data))
    assert (item.source, item.kind, item.container) == ("<stdin>", kind, "stdin")


def test_stdin_json_lines_and_json():
    lines = b'{"text": "one"}\n{"text": "two"}\nnot json\n'
    results = list(iter_inputs(["-"], stdin=io.BytesIO(lines)))
    assert [getattr(r, "source", None) for r in results[:2]] == ["<stdin>#1", "<stdin>#2"]
    assert results[2].reason.startswith("line 3: invalid JSON")
    pretty = b'{\n  "title": "T",\n  "text": "body"\n}\n'
    [item] = iter_inputs(["-"], stdin=io.BytesIO(pretty))
    assert (item.container, item.fields["title"]) == ("json", "T")
    [a, b] = iter_inputs(["-"], stdin=io.BytesIO(b'[{"text": "a"}, {"html": "<p>b</p>"}]'))
    assert (a.kind, b.kind) == ("text", "html")


def test_stdin_empty_and_binary():
    [item] = iter_inputs(["-"], stdin=io.BytesIO(b""))
    assert item.reason == "empty file"
    [item] = iter_inputs(["-"], stdin=io.BytesIO(b"x\x00y"))
    assert item.reason == "binary file (NUL bytes), not text"


def test_count_inputs(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.html", "<p>x</p>")
    write(tmp_path / "c.jsonl", '{"text": "1"}\n\n{"text": "2"}\n')
    write(tmp_path / "skip.bin", b"\x00")
    assert count_inputs([str(tmp_path)]) == 4
    assert len(run(tmp_path)) == 4
    assert count_inputs([str(tmp_path), "https://example.org/x"]) == 5
    assert count_inputs(["-"]) is None
    write(tmp_path / "d.warc", b"")
    assert count_inputs([str(tmp_path)]) is None
