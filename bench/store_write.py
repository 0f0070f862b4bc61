"""Store write and search speed: SQLite beside PostgreSQL, in one run.

    .venv/bin/python bench/store_write.py [--rounds 20] [--pg URL]

The example corpus is analysed once (the pipeline's normal `process`); its analysed articles
(with their quotes, entities and events) are then written `--rounds` times under new ids into a
fresh SQLite file and a fresh PostgreSQL database, one transaction per article as `analyze`
does, and a full-text search is timed on each. PostgreSQL is the server at `--pg`
(a role that may create databases) or, without it, a throwaway server on loopback started
from Debian's binaries as the store tests do (`tests/pgserver.py`); the PostgreSQL rows are
skipped, saying why, when neither is available. Times are medians of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from newsgraph.ingest import IngestOptions, iter_inputs  # noqa: E402
from newsgraph.pipeline import process  # noqa: E402
from newsgraph.records import Article, RawItem  # noqa: E402
from newsgraph.store import Store  # noqa: E402


def analysed_corpus() -> tuple[list[tuple[Article, RawItem]], float]:
    items, t = [], time.perf_counter()
    for raw in iter_inputs([str(ROOT / "examples" / "corpus")], IngestOptions()):
        if isinstance(raw, RawItem):
            art = process(raw)
            if isinstance(art, Article):
                for e in art.entities:  # keys come from the run's linker; any stable key will do
                    e.key = e.key or f"{e.type.lower()}:{e.name.lower().replace(' ', '-')}"
                items.append((art, raw))
    return items, time.perf_counter() - t


#: What `Store.article_urls` read before it also read each page's declared URL (session 16).
URLS_BEFORE = (
    "SELECT id, url, outlet, title, status FROM articles WHERE url IS NOT NULL ORDER BY seq, id"
)


def page_reads(store: Store, times: int = 5) -> tuple[float, float]:
    """Best-of-`times` seconds of the stored pages read that an ingest run starts with
    (`PageVersions._load`: `Store.article_urls`, with the declared URL read from the JSON
    metadata), and of the same query without that column, alternated."""
    before, after = [], []
    for _ in range(times):
        t = time.perf_counter()
        store.db.execute(URLS_BEFORE).fetchall()
        before.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.article_urls()
        after.append(time.perf_counter() - t)
    return min(before), min(after)


def write(
    target: str, items: list[tuple[Article, RawItem]], rounds: int
) -> tuple[float, float, tuple[float, float]]:
    """Seconds to write every copy, seconds for one full-text search afterwards, and the
    stored pages read before and after the declared URL (`page_reads`)."""
    t = time.perf_counter()
    with Store(target) as store:
        for r in range(rounds):
            for art, raw in items:
                art.id = hashlib.sha256(f"{r}:{raw.id}".encode()).hexdigest()[:16]
                store.add_article(art, raw)
        written = time.perf_counter() - t
        t = time.perf_counter()
        store.search("minister")
        return written, time.perf_counter() - t, page_reads(store)


def pg_database(admin_url: str) -> str:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"newsgraph_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    params = conninfo_to_dict(admin_url)
    params["dbname"] = name
    user, host, port = params.get("user", ""), params.get("host"), params.get("port", "5432")
    if params.get("password"):
        return make_conninfo(**params)
    return f"postgresql://{user}@{host}:{port}/{name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pg", help="postgresql:// URL of a role that may create databases")
    args = ap.parse_args()

    items, analyse_s = analysed_corpus()
    n = len(items) * args.rounds
    each = analyse_s / len(items)
    print(f"analysis: {len(items)} articles in {analyse_s:.1f} s ({each:.2f} s each)")

    server, admin, why = None, args.pg, ""
    if admin is None:
        try:
            import psycopg  # noqa: F401
            from pgserver import Server, server_bin

            bindir = server_bin()
            if bindir is None:
                why = "no PostgreSQL server binaries (apt-get install postgresql) and no --pg"
            else:
                server = Server(bindir)
                server.start()
                admin = server.url
        except Exception as e:  # a bench reports why a row is missing, it does not stop
            why = f"cannot start PostgreSQL: {e}"
    try:
        rows: dict[str, list[tuple[float, float, tuple[float, float]]]] = {
            "sqlite": [],
            "postgresql": [],
        }
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                rows["sqlite"].append(write(str(Path(tmp) / "bench.db"), items, args.rounds))
            if admin:
                rows["postgresql"].append(write(pg_database(admin), items, args.rounds))
    finally:
        if server is not None:
            server.stop()

    base = statistics.median(w for w, _, _ in rows["sqlite"])
    print(f"\n{n} article writes per run, median of {args.repeat} runs")
    print(
        "| store | articles/s | write share of analysis time | ratio to SQLite | search ms "
        "| stored pages read ms, without → with declared URL (ratio) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, got in rows.items():
        if not got:
            print(f"| {name} | skipped: {why} | | | | |")
            continue
        w = statistics.median(x for x, _, _ in got)
        s = statistics.median(x for _, x, _ in got)
        old = statistics.median(p[0] for _, _, p in got)
        new = statistics.median(p[1] for _, _, p in got)
        share = (w / n) / (analyse_s / len(items))
        print(
            f"| {name} | {n / w:.0f} | {share:.1%} | {base / w:.2f} | {s * 1000:.1f} "
            f"| {old * 1000:.1f} → {new * 1000:.1f} ({new / old:.2f}) |"
        )


if __name__ == "__main__":
    main()
