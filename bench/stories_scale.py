"""Throughput of online story grouping on a synthetic stream with a known story structure.

    .venv/bin/python bench/stories_scale.py [--n 200000] [--per-day 500] [--seed 1]

Each story has a template: a topic (one of 40, whose vocabulary all its stories share, so
stories of one topic look alike), two to four names from a pool of 5,000, a place, two numbers
and a date. Its 1 to 12 articles, published over one to three days, are drawn from the template
(topic words plus story words plus general filler, 80 to 250 words) with a random share of the
story's specifics left out. Days advance by `--per-day` articles. The grouper sees the articles
one by one in publication order; the script prints the rate over each stretch (it must stay flat
as the index grows), the peak resident memory, the number of stories still active in the index
and BCubed P/R/F1 against the known stories (of the final grouping: a split check re-points
articles that joined earlier). The stream has no entities or events: it exercises the grouper's
own features, which is all that `StoryIndex` reads.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _clusters import bcubed  # noqa: E402

from newsgraph.group.stories import StoryDoc, StoryIndex  # noqa: E402

SYLL = "ka lo mi ra te su no vi da pe ro li sa ne mo tu ba ri ke zo fa gu hi ja".split()


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLL) for _ in range(n))


def stream(n: int, per_day: int, seed: int):
    """Yield (StoryDoc, story key) in publication order."""
    rng = random.Random(seed)
    general = [word(rng, rng.randint(2, 4)) for _ in range(3000)]
    topics = [[word(rng, 3) for _ in range(60)] for _ in range(40)]
    names = [word(rng, 3).capitalize() for _ in range(5000)]
    places = [word(rng, 2).capitalize() + word(rng, 2) for _ in range(800)]
    start = date(2024, 1, 1)
    pending: list[tuple[int, int, StoryDoc, str]] = []  # (day, seq, doc, story)
    made = 0
    seq = 0
    story_no = 0
    day = 0
    while made < n:
        # Open new stories for today until today's articles are planned.
        planned = 0
        while planned < per_day and made + planned < n:
            story_no += 1
            topic = rng.choice(topics)
            specific = rng.sample(names, rng.randint(2, 4))
            place = rng.choice(places)
            nums = [str(rng.randint(3, 9999)) for _ in range(2)]
            event_day = start + timedelta(days=day - rng.randint(0, 1))
            story_words = rng.sample(general, 12)
            k = min(rng.choice((1, 1, 2, 3, 4, 6, 8, 12)), n - made - planned)
            for _ in range(k):
                d = day + rng.choice((0, 0, 0, 1, 1, 2))
                body = []
                for _ in range(rng.randint(6, 14)):
                    sent = [rng.choice(general) for _ in range(rng.randint(5, 9))]
                    sent += rng.sample(topic, 3) + rng.sample(story_words, 2)
                    if rng.random() < 0.7:
                        sent.append(rng.choice(specific))
                    if rng.random() < 0.3:
                        sent += ["in", place]
                    if rng.random() < 0.2:
                        sent += ["with", rng.choice(nums)]
                    if rng.random() < 0.1:
                        sent += ["on", event_day.strftime("%B %-d, %Y")]
                    rng.shuffle(sent)
                    body.append("The " + " ".join(sent) + ".")
                title = f"{specific[0]} {rng.choice(topic)} {rng.choice(story_words)} in {place}"
                seq += 1
                doc = StoryDoc(
                    f"a{seq:07d}", title, " ".join(body), (start + timedelta(days=d)).isoformat()
                )
                pending.append((d, seq, doc, f"t{story_no}"))
            planned += k
        made += planned
        pending.sort(key=lambda x: (x[0], x[1]))
        while pending and pending[0][0] <= day:
            _, _, doc, key = pending.pop(0)
            yield doc, key
        day += 1
    pending.sort(key=lambda x: (x[0], x[1]))
    for _, _, doc, key in pending:
        yield doc, key


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--per-day", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    marks = [m for m in (10_000, 50_000, 100_000, 200_000) if m <= args.n] or [args.n]
    index = StoryIndex()
    gold: dict[str, str] = {}
    t_group = 0.0
    last_t, last_n = 0.0, 0
    print(
        f"{'articles':>9} {'art/s (stretch)':>16} {'art/s (all)':>12} {'active stories':>15} "
        f"{'peak RSS MiB':>13}"
    )
    for i, (doc, key) in enumerate(stream(args.n, args.per_day, args.seed), 1):
        t0 = time.perf_counter()
        index.add(doc)
        t_group += time.perf_counter() - t0
        gold[doc.id] = key
        if i in marks:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            active = sum(1 for s in index._stories.values() if s.active)
            print(
                f"{i:>9} {(i - last_n) / (t_group - last_t):>16.0f} {i / t_group:>12.0f} "
                f"{active:>15} {rss:>13.0f}",
                flush=True,
            )
            last_t, last_n = t_group, i
    pred = {a: sid for sid, members in index.stories().items() for a in members}
    p, r, f = bcubed(pred, gold)
    print(
        f"stories: {len(set(gold.values()))} true, {len(set(pred.values()))} found; "
        f"BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}"
    )
    print(
        "(rate counts grouping time only, not generating the stream; peak RSS includes the "
        "generator and the kept result dicts)"
    )


if __name__ == "__main__":
    main()
