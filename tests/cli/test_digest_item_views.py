"""A digest's items 2+ keep only a reference to the digest's stored input: `show article --raw`
prints that input for every item, and `--removed` and `export` give each item its own text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.pipeline import item_id
from newsgraph.records import RawItem

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
import digest_support as ds  # noqa: E402


@pytest.fixture
def digest_db(tmp_path) -> tuple[str, str]:
    src = tmp_path / "briefs.txt"
    src.write_text(ds.BRIEFS, encoding="utf-8")
    db = str(tmp_path / "n.db")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, RawItem("briefs.txt", "text", ds.BRIEFS.encode()).id


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_raw_of_every_item_is_the_digest_input(digest_db):
    db, parent = digest_db
    for n in (1, 2, 3, 4):
        out = _run("show", "article", item_id(parent, n), "--raw", "--db", db)
        assert "MERRIN FALLS, Nov 20 (NWS)" in out and "KESTOW, Nov 20" in out


def test_later_items_have_their_own_text_and_name_the_digest_audit(digest_db):
    db, parent = digest_db
    third = item_id(parent, 3)
    shown = _run("show", "article", third, "--json", "--db", db)
    record = json.loads(shown)
    assert record["text"].startswith("MERRIN FALLS, Nov 20 (NWS)")
    assert record["removed"] == []
    audit = _run("show", "article", third, "--removed", "--db", db)
    assert "World briefs" not in audit
    # the digest's page audit is kept on its first item: item 3 says so, not 'nothing removed'
    assert item_id(parent, 1) in audit
