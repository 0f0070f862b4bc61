"""Page versions: what a stub takeover costs as the store grows, before and after it stopped
regrouping every story.

    .venv/bin/python bench/versions.py [--articles 2000] [--repeat 3]

A synthetic store (invented syllable words, stories of shared capitalised names; no data set)
of `--articles` articles is grouped once. Then, on copies of that store:

- baseline: one plain new article joins the stories (`group.run.group_new`);
- before: a fuller version of a stored, grouped stub is stored, the stub is demoted in its own
  transaction (`Store.supersede`) and every story is regrouped (`group.run.regroup`), as
  `pipeline.group_stored` did when a run demoted a stub;
- after: the fuller version takes the stub over in the transaction that stores it
  (`PageVersions.takeover`, `Store.add_article(supersedes=)`: the stub's place in its story,
  the grouping state's member renamed) and `pipeline.group_stored` runs `group_new` only.

Each is timed from storing the article to its stories written, on a fresh copy of the store,
as a median of `--repeat` runs (the regrouping path once), and given as a ratio to the
baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.group.run import group_new, regroup
from newsgraph.pipeline import PageVersions, RunSummary, group_stored
from newsgraph.records import Article, RawItem
from newsgraph.store import Store

SYLLABLES = "ka lo mi ra te su no vi da pe ro li sa ne mo tu ba ri ke zo fa gu hi ja".split()
PAGE = "https://o0.example/news/the-page"


def build(path: Path, n: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)

    def word(k: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(k))

    common = [word(rng.randint(2, 4)) for _ in range(3000)]
    stories = [[word(3).capitalize() for _ in range(8)] for _ in range(max(1, n // 6))]
    with Store(path) as store:
        store.db.execute("PRAGMA synchronous=OFF")
        for i in range(n):
            st = rng.randrange(len(stories))
            words = [
                rng.choice(stories[st]) if rng.random() < 0.2 else rng.choice(common)
                for _ in range(rng.randint(80, 250))
            ]
            text = " ".join(words) + f" {i}."
            store.add_article(
                *_article(
                    text,
                    f"{i}.txt",
                    f"https://o{i % 20}.example/n/{i}",
                    " ".join(stories[st][:3]),
                    st,
                    len(stories),
                )
            )
        regroup(store)
    return stories


def _article(
    text: str, source: str, url: str, title: str, st: int, n_stories: int
) -> tuple[Article, RawItem]:
    raw = RawItem(source=source, kind="text", content=text.encode())
    article = Article(
        id=raw.id,
        source=source,
        kind="text",
        text=text,
        language="en",
        title=title,
        url=url,
        outlet=url.split("/")[2],
        published=f"2026-03-{1 + (st * 28) // n_stories:02d}",
    )
    return article, raw


def _page(stories: list[list[str]], words: int, tag: str) -> tuple[Article, RawItem]:
    names = stories[0]
    text = " ".join(names[i % len(names)] for i in range(words)) + f" {tag}."
    return _article(text, f"{tag}.txt", PAGE, " ".join(names[:3]), 0, len(stories))


def plain(path: Path, stories: list[list[str]]) -> float:
    with Store(path) as store:
        article, raw = _article(
            " ".join(stories[1] * 20) + " plain.",
            "plain.txt",
            "https://o1.example/x/plain",
            " ".join(stories[1][:3]),
            1,
            len(stories),
        )
        t = time.perf_counter()
        store.add_article(article, raw)
        group_new(store, [article.id])
        return time.perf_counter() - t


def with_stub(path: Path, stories: list[list[str]]) -> None:
    with Store(path) as store:
        stub, raw = _page(stories, 20, "stub")
        store.add_article(stub, raw)
        group_new(store, [stub.id])


def before(path: Path, stories: list[list[str]]) -> float:
    with Store(path) as store:
        full, raw = _page(stories, 300, "full")
        t = time.perf_counter()
        versions = PageVersions(store)
        versions.mark(full)
        stub = versions.replaces[full.id]
        store.add_article(full, raw)
        store.supersede(stub, full.id)
        regroup(store)
        return time.perf_counter() - t


def after(path: Path, stories: list[list[str]]) -> float:
    with Store(path) as store:
        full, raw = _page(stories, 300, "full")
        t = time.perf_counter()
        versions = PageVersions(store)
        versions.mark(full)
        stub, wire = versions.takeover(full)
        assert stub is not None
        store.add_article(full, raw, supersedes=stub, wire=wire)
        versions.learn(full)
        group_stored(store, RunSummary(article_ids=[full.id], demoted=[stub]))
        took = time.perf_counter() - t
        assert store.story_of(full.id) is not None and store.story_of(stub) is None
        return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.db"
        t = time.perf_counter()
        stories = build(base, args.articles)
        print(f"built and grouped {args.articles} articles in {time.perf_counter() - t:.1f} s")
        with_stub(base, stories)
        times: dict[str, list[float]] = {"baseline": [], "before": [], "after": []}
        for r in range(args.repeat):
            for name, fn in (("baseline", plain), ("before", before), ("after", after)):
                if name == "before" and r > 0:
                    continue  # a full regroup: once is enough to see its size
                copy = Path(tmp) / f"{name}{r}.db"
                shutil.copy(base, copy)
                times[name].append(fn(copy, stories))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"| path ({args.articles} articles) | median s | × group_new of one article |")
        print("|---|---:|---:|")
        labels = {
            "baseline": "one new article joins (group_new)",
            "before": "stub takeover, then regroup (old)",
            "after": "stub takeover in one transaction, group_new (new)",
        }
        for k in ("baseline", "before", "after"):
            print(f"| {labels[k]} | {med[k]:.3f} | {med[k] / med['baseline']:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
