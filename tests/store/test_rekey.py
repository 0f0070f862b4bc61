"""Incremental ingest re-keys a short name stored before its full name: the store ends as
one run over the whole corpus leaves it, in any order and over any number of runs, on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import Store

A1 = {
    "id": "a1",
    "title": "Quarry road shut",
    "outlet": "Fenmoor Post",
    "published": "2025-04-02",
    "text": '"The road is not safe for lorries," county engineer Idris Valcombe told '
    "reporters on Monday.\n\nThe quarry road stays shut until the spring.",
}
A2 = {
    "id": "a2",
    "title": "Road works to start",
    "outlet": "Valley Courier",
    "published": "2025-04-03",
    "text": 'Work on the quarry road starts next week. "We expect it to take six weeks," '
    "Mr Valcombe told the parish council on Tuesday.\n\nHe gave no cost for the work.",
}


def write(path: Path, *articles: dict) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def linked(db: str) -> dict:
    """The export's entities, quotes and events, and each quote's speaker entity."""
    out = json.loads(run("export", "--format", "json", "--db", db))
    return {k: out[k] for k in ("entities", "quotes", "events")}


def speakers(state: dict) -> list:
    return sorted((q["text"], (q.get("speaker") or {}).get("entity")) for q in state["quotes"])


def orders(tmp_path: Path, dbs: dict[str, str], db: str) -> tuple[dict, dict, dict]:
    """The store after a1 then a2, a2 then a1, and a2 and a1 in two ingest runs."""
    states = []
    for name, runs in (("f", [(A1, A2)]), ("r", [(A2, A1)]), ("t", [(A2,), (A1,)])):
        target = db.format(name=name, **dbs) if not dbs else dbs[name]
        for n, batch in enumerate(runs):
            run("ingest", str(write(tmp_path / f"{name}{n}.jsonl", *batch)), "--db", target)
        states.append(linked(target))
    return states[0], states[1], states[2]


def check(tmp_path: Path, dbs: dict[str, str], db: str) -> None:
    forward, backward, two_runs = orders(tmp_path, dbs, db)
    assert backward == forward
    assert two_runs == forward
    keys = {e["id"] for e in forward["entities"]}
    assert "person:idris-valcombe" in keys and "person:valcombe" not in keys
    assert {s for _, s in speakers(forward)} == {"person:idris-valcombe"}


def test_every_order_gives_one_key_sqlite(tmp_path: Path) -> None:
    check(tmp_path, {}, str(tmp_path / "{name}.db"))


def test_every_order_gives_one_key_postgres(tmp_path: Path, pg_server: str) -> None:
    with _databases(pg_server, "frt") as urls:
        check(tmp_path, urls, "{name}")


@contextmanager
def _databases(server: str, names: str) -> Iterator[dict[str, str]]:
    """New, empty databases on the test server (dropped afterwards), as URLs by name."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(server)
    user, secret = (
        params.get("user", ""),
        f":{params['password']}" if params.get("password") else "",
    )
    host, port = params.get("host", "127.0.0.1"), params.get("port", "5432")
    dbs = {n: f"newsgraph_rekey_{n}_{uuid.uuid4().hex[:8]}" for n in names}
    with psycopg.connect(server, autocommit=True) as admin:
        for db in dbs.values():
            admin.execute(f'CREATE DATABASE "{db}"')
    try:
        yield {n: f"postgresql://{user}{secret}@{host}:{port}/{db}" for n, db in dbs.items()}
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            for db in dbs.values():
                admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_rekey_is_idempotent_and_moves_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    run("ingest", str(write(tmp_path / "a2.jsonl", A2)), "--db", db)
    before = linked(db)
    assert {s for _, s in speakers(before)} == {"person:valcombe"}
    from newsgraph.analyse.linking import Rekey

    move = Rekey("person:idris-valcombe", "Idris Valcombe", "PERSON", None, "partial name")
    with Store(db) as store:
        store.rekey_entities({"person:valcombe": move})
        store.rekey_entities({"person:valcombe": move})  # a second time changes nothing
        assert [row[0] for row in store.entity_index()].count("person:valcombe") == 0
    after = linked(db)
    assert {s for _, s in speakers(after)} == {"person:idris-valcombe"}
    assert len(after["quotes"]) == len(before["quotes"])
    assert len(after["events"]) == len(before["events"])
    moved = [e for e in after["entities"] if e["id"] == "person:idris-valcombe"]
    assert len(moved) == 1 and len(after["entities"]) == len(before["entities"])
    assert "valcombe" not in json.dumps(after["events"]).replace("idris-valcombe", "")


def test_reprocess_keeps_the_joined_key(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    run("ingest", str(write(tmp_path / "a2.jsonl", A2)), "--db", db)
    run("ingest", str(write(tmp_path / "a1.jsonl", A1)), "--db", db)
    joined = linked(db)
    run("reprocess", "--db", db)  # the whole store: linked again from nothing
    assert linked(db) == joined
    with Store(db) as store:
        first = store.insertion_order()[0]
    run("reprocess", first, "--db", db)  # one article, against the stored index
    assert linked(db) == joined


SHORT = {
    "id": "b1",
    "title": "Ferry to run twice a day",
    "outlet": "Isle Gazette",
    "published": "2025-05-01",
    "text": '"The ferry will run twice a day from June," Ms Ferrow told reporters on Monday.'
    "\n\nThe new timetable was agreed last week.",
}
ALMA = {
    "id": "b2",
    "title": "Bus lane plan dropped",
    "outlet": "Shire Herald",
    "published": "2025-05-02",
    "text": "The county has dropped its plan for a bus lane on the coast road. "
    '"There was no money left for it," transport officer Alma Ferrow said on Tuesday.',
}
OWEN = {
    "id": "b3",
    "title": "Harbour fees to rise",
    "outlet": "Port Weekly",
    "published": "2025-05-03",
    "text": "Mooring fees at the harbour will rise by a tenth in July. "
    '"Costs have gone up everywhere," harbour master Owen Ferrow told the council on Friday.',
}


def test_a_second_full_name_splits_the_short_name_off(tmp_path: Path) -> None:
    """`Ms Ferrow` keeps a key of its own once two full names hold `Ferrow`, whether it came
    first (re-keyed into `Alma Ferrow`, then split off), between them or last."""
    states = []
    for name, order in (("x", (SHORT, ALMA, OWEN)), ("y", (ALMA, SHORT, OWEN))):
        db = str(tmp_path / f"{name}.db")
        for n, one in enumerate(order):
            run("ingest", str(write(tmp_path / f"{name}{n}.jsonl", one)), "--db", db)
        states.append(linked(db))
    last = str(tmp_path / "z.db")
    run("ingest", str(write(tmp_path / "z.jsonl", ALMA, OWEN, SHORT)), "--db", last)
    states.append(linked(last))
    assert states[0] == states[2] and states[1] == states[2]
    found = {s for _, s in speakers(states[2])}
    assert {"person:alma-ferrow", "person:owen-ferrow"} < found
    assert "person:ferrow" in found  # the short name has a key of its own, as in one batch
