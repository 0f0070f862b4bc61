"""Product review 12 (defect 17): each duplicate input is named with the stored article it
repeats, on stderr and in report.md, and a big re-run names a few then counts the rest."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main

#: The documented cap (README, `ingest --all-duplicates`)
DUPLICATE_LINES = 20

TEXT = """Ferry fares to rise in spring

The Tessa ferry company said on Monday that fares on the island route would rise by {n} percent
in April, the first increase in three years.
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(1, count + 1):
        path = folder / f"fares-{n:02d}.txt"
        path.write_text(TEXT.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_duplicate_is_named_with_the_article_it_repeats(tmp_path):
    [first] = write(tmp_path / "in", 1)
    copy = tmp_path / "in" / "zz-copy.txt"
    copy.write_bytes(first.read_bytes())
    out = tmp_path / "out"
    result = run("analyze", str(tmp_path / "in"), "--db", str(tmp_path / "a.db"), "--out", str(out))
    assert result.exit_code == 0, result.output
    named = [line for line in result.stderr.splitlines() if "duplicate of article" in line]
    assert len(named) == 1
    assert named[0].startswith(f"skipped: {copy}: duplicate of article ")
    assert named[0].endswith(f"({first})")
    assert "1 skipped as duplicates" in result.stderr
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Skipped duplicates (already stored)" in report
    assert f"- `{copy}`: duplicate of article " in report


def test_a_rerun_names_the_first_duplicates_then_counts(tmp_path):
    count = DUPLICATE_LINES + 5
    write(tmp_path / "in", count)
    db = str(tmp_path / "a.db")
    assert run("ingest", str(tmp_path / "in"), "--db", db).exit_code == 0
    again = run("analyze", str(tmp_path / "in"), "--db", db, "--out", str(tmp_path / "out"))
    lines = again.stderr.splitlines()
    assert sum("duplicate of article" in line for line in lines) == DUPLICATE_LINES
    assert "skipped: 5 more duplicates not named (--all-duplicates names each)" in lines
    assert f"{count} skipped as duplicates" in again.stderr
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert report.count("duplicate of article") == DUPLICATE_LINES
    assert "- 5 more duplicates not named" in report
    every = run("ingest", str(tmp_path / "in"), "--db", db, "--all-duplicates")
    assert sum("duplicate of article" in line for line in every.stderr.splitlines()) == count
    assert "not named" not in every.stderr
