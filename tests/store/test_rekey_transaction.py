"""Session 13: a re-key and the splits one linked article makes are one transaction (a failure
in the split leaves the store as it was), and the split (`move_entities`) works on PostgreSQL
as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_rekey import ALMA, OWEN, SHORT, _databases, linked, run, speakers, write

from newsgraph.analyse.linking import Rekey
from newsgraph.store import Store

MOVE = Rekey("person:alma-ferrow", "Alma Ferrow", "PERSON", None, "partial name")


def _broken_split(rows: list, word: str) -> list:
    raise RuntimeError("split failed")


def _rolled_back(db: str, tmp_path: Path) -> None:
    run("ingest", str(write(tmp_path / "short.jsonl", SHORT)), "--db", db)
    before = linked(db)
    with Store(db) as store, pytest.raises(RuntimeError):
        store.relink_entities({"person:ferrow": MOVE}, [(MOVE.key, "ferrow")], _broken_split)
    assert linked(db) == before  # the re-key went back with the failed split
    assert {s for _, s in speakers(before)} == {"person:ferrow"}


def _relinked(db: str, tmp_path: Path) -> None:
    """Re-key then split in one call: the short name ends where it started, on its own key."""
    run("ingest", str(write(tmp_path / "short.jsonl", SHORT)), "--db", db)
    before = linked(db)
    with Store(db) as store:
        from newsgraph.analyse.linking import Linker

        store.relink_entities({"person:ferrow": MOVE}, [(MOVE.key, "ferrow")], Linker().split_off)
    assert linked(db) == before


def test_a_failed_split_rolls_the_rekey_back_sqlite(tmp_path: Path) -> None:
    _rolled_back(str(tmp_path / "x.db"), tmp_path)


def test_rekey_then_split_in_one_call_sqlite(tmp_path: Path) -> None:
    _relinked(str(tmp_path / "y.db"), tmp_path)


def test_a_failed_split_rolls_the_rekey_back_postgres(tmp_path: Path, pg_server: str) -> None:
    with _databases(pg_server, "x") as urls:
        _rolled_back(urls["x"], tmp_path)


def test_split_off_on_postgres(tmp_path: Path, pg_server: str) -> None:
    """`Ms Ferrow` first (re-keyed into `Alma Ferrow`), then `Owen Ferrow` splits it off
    (`move_entities`): the same store as one batch gives, on PostgreSQL."""
    with _databases(pg_server, "xz") as urls:
        for n, one in enumerate((SHORT, ALMA, OWEN)):
            run("ingest", str(write(tmp_path / f"x{n}.jsonl", one)), "--db", urls["x"])
        run("ingest", str(write(tmp_path / "z.jsonl", ALMA, OWEN, SHORT)), "--db", urls["z"])
        assert linked(urls["x"]) == linked(urls["z"])
        found = {s for _, s in speakers(linked(urls["x"]))}
        assert {"person:alma-ferrow", "person:owen-ferrow", "person:ferrow"} <= found
