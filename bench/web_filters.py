"""Cost of resolving a filter's name (`entity=NAME`, `outlet=name in any case`) in the web API.

    .venv/bin/python bench/web_filters.py DB [--rounds 200]

DB is any analysed database (e.g. `newsgraph analyze bench/corpora/review13/corpus --db DB`).
In process (FastAPI's TestClient), the same lists are requested filtered by an entity's id and
by its name, and by an outlet's stored name and by that name in lower case, alternating, in one
run: the ratio name/id is the lookup's cost on this machine, whatever its load.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.web.app import create_app  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()
    con = sqlite3.connect(args.db)
    key, name = con.execute(
        "SELECT e.key, e.name FROM entities e JOIN article_entities a ON a.entity_key = e.key "
        "GROUP BY e.key ORDER BY count(*) DESC, e.key LIMIT 1"
    ).fetchone()
    (outlet,) = con.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet LIMIT 1"
    ).fetchone()
    con.close()
    client = TestClient(create_app(args.db))
    urls = {
        "entity by id": f"/api/events?entity={key}",
        "entity by name": f"/api/events?entity={name}",
        "outlet as stored": f"/api/articles?outlet={outlet}",
        "outlet lower case": f"/api/articles?outlet={outlet.lower()}",
    }
    times: dict[str, list[float]] = {k: [] for k in urls}
    for _ in range(args.rounds):
        for label, url in urls.items():
            t = time.perf_counter()
            r = client.get(url)
            times[label].append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.status_code, r.text[:200])
    med = {k: statistics.median(v) for k, v in times.items()}
    for label in urls:
        print(f"{label:18} median {med[label]:.2f} ms/request")
    print(
        f"ratio entity name/id {med['entity by name'] / med['entity by id']:.2f}, "
        f"outlet lower/stored {med['outlet lower case'] / med['outlet as stored']:.2f}"
    )


if __name__ == "__main__":
    main()
