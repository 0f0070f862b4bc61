"""Throughput of online story grouping on a synthetic stream with a known story structure.

    .venv/bin/python bench/stories_scale.py [--n 200000] [--per-day 500] [--seed 1] [--baseline]
        [--every N] [--params JSON] [--followups F] [--sequels F]

Each story has a template: a topic (one of 40, whose vocabulary all its stories share, so
stories of one topic look alike), two to four names from a pool of 5,000, a place, two numbers
and a date. Its 1 to 12 articles, published over one to three days, are drawn from the template
(topic words plus story words plus general filler, 80 to 250 words) with a random share of the
story's specifics left out. Days advance by `--per-day` articles. The grouper sees the articles
one by one in publication order; the script prints the rate over each stretch (it must stay flat
as the index grows), the peak resident memory, the number of stories still active in the index
and BCubed F1 of the grouping so far, and at the end BCubed P/R/F1 against the known stories
(of the final grouping: a split check re-points articles that joined earlier). The stream has
no entities or events: it exercises the grouper's own features, which is all that `StoryIndex`
reads.

`--baseline` also feeds the same stream, article by article in the same loop, to the grouper
as it was before session 9 (`BASELINE`: no settling, the gap rule on the story's span), and
prints its rate, the ratio of the two rates (ours / baseline) and its F1 beside: on a shared
machine the ratio is the figure to compare, not the rates. `--params '{"gap_evidence": 0}'`
sets the grouper's parameters.

`--followups F` and `--sequels F` (default 0: the stream above, unchanged) add what the gap
rule (`Params.gap_days`) trades: with chance F, a story of 2 or more articles gets a follow-up
article 4 to 10 days after its first day, drawn from its own template (its names, place,
numbers and date; the same story), and a story gets a *sequel*, a second event of its kind 5 to
10 days later: same topic and place, one or two of its names, new names, story words and
numbers, 2 to 4 articles (another story). Both draw from their own random generator, so the
base stream is the same with or without them; the articles they add come on top of `--n`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _clusters import BEFORE_SESSION_9, bcubed  # noqa: E402

from newsgraph.group.stories import Params, StoryDoc, StoryIndex  # noqa: E402

BASELINE = BEFORE_SESSION_9  # the grouper before session 9 (bench/_clusters.py)

SYLL = "ka lo mi ra te su no vi da pe ro li sa ne mo tu ba ri ke zo fa gu hi ja".split()


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLL) for _ in range(n))


def _article(rng, general, topic, story_words, specific, place, nums, event_day) -> tuple[str, str]:
    """Title and body of one article drawn from a story's template."""
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
    return title, " ".join(body)


def stream(n: int, per_day: int, seed: int, followups: float = 0.0, sequels: float = 0.0):
    """Yield (StoryDoc, story key) in publication order."""
    rng = random.Random(seed)
    extra = random.Random(seed + 1_000_003)  # follow-ups and sequels only
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
                title, body = _article(
                    rng, general, topic, story_words, specific, place, nums, event_day
                )
                seq += 1
                doc = StoryDoc(f"a{seq:07d}", title, body, (start + timedelta(days=d)).isoformat())
                pending.append((d, seq, doc, f"t{story_no}"))
            if k >= 2 and followups and extra.random() < followups:
                d = day + extra.randint(4, 10)
                title, body = _article(
                    extra, general, topic, story_words, specific, place, nums, event_day
                )
                seq += 1
                doc = StoryDoc(f"a{seq:07d}", title, body, (start + timedelta(days=d)).isoformat())
                pending.append((d, seq, doc, f"t{story_no}"))
            if sequels and extra.random() < sequels:
                d0 = day + extra.randint(5, 10)
                names2 = extra.sample(specific, min(len(specific), extra.randint(1, 2)))
                names2 += extra.sample(names, extra.randint(1, 2))
                nums2 = [str(extra.randint(3, 9999)) for _ in range(2)]
                words2 = extra.sample(general, 12)
                day2 = start + timedelta(days=d0)
                for _ in range(extra.randint(2, 4)):
                    d = d0 + extra.choice((0, 0, 1))
                    title, body = _article(
                        extra, general, topic, words2, names2, place, nums2, day2
                    )
                    seq += 1
                    doc = StoryDoc(
                        f"a{seq:07d}", title, body, (start + timedelta(days=d)).isoformat()
                    )
                    pending.append((d, seq, doc, f"t{story_no}b"))
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


def _f1(index: StoryIndex, gold: dict[str, str]) -> float:
    """BCubed F1 of the grouping so far against the known stories of the articles so far."""
    pred = {a: sid for sid, members in index.stories().items() for a in members}
    return bcubed(pred, gold)[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--per-day", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--baseline", action="store_true", help="also time the grouper as before session 9"
    )
    ap.add_argument("--params", default="{}", help="the grouper's Params, as JSON")
    ap.add_argument("--every", type=int, default=0, metavar="N", help="also a row every N articles")
    ap.add_argument("--followups", type=float, default=0.0, metavar="F")
    ap.add_argument("--sequels", type=float, default=0.0, metavar="F")
    args = ap.parse_args()
    marks = sorted(
        {m for m in (10_000, 20_000, 50_000, 100_000, 200_000) if m <= args.n}
        | set(range(args.every, args.n + 1, args.every) if args.every else ())
        | {args.n}
    )
    index = StoryIndex(Params(**json.loads(args.params)))
    base = StoryIndex(Params(**BASELINE)) if args.baseline else None
    gold: dict[str, str] = {}
    t_group = t_base = 0.0
    last_t, last_b, last_n = 0.0, 0.0, 0
    print(
        f"{'articles':>9} {'art/s (stretch)':>16} {'art/s (all)':>12} {'active stories':>15} "
        f"{'peak RSS MiB':>13} {'F1':>6}"
        + (f" {'baseline art/s (stretch)':>25} {'ratio':>6} {'F1':>6}" if base else "")
    )
    for i, (doc, key) in enumerate(
        stream(args.n, args.per_day, args.seed, args.followups, args.sequels), 1
    ):
        t0 = time.perf_counter()
        index.add(doc)
        t_group += time.perf_counter() - t0
        if base is not None:
            t0 = time.perf_counter()
            base.add(doc)
            t_base += time.perf_counter() - t0
        gold[doc.id] = key
        if i in marks:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            active = sum(1 for s in index._stories.values() if s.active)
            extra = (
                f" {(i - last_n) / (t_base - last_b):>25.0f}"
                f" {(t_base - last_b) / (t_group - last_t):>6.2f} {_f1(base, gold):>6.3f}"
                if base
                else ""
            )
            print(
                f"{i:>9} {(i - last_n) / (t_group - last_t):>16.0f} {i / t_group:>12.0f} "
                f"{active:>15} {rss:>13.0f} {_f1(index, gold):>6.3f}{extra}",
                flush=True,
            )
            last_t, last_b, last_n = t_group, t_base, i
    for label, idx in (("", index), ("baseline: ", base)):
        if idx is None:
            continue
        pred = {a: sid for sid, members in idx.stories().items() for a in members}
        p, r, f = bcubed(pred, gold)
        print(
            f"{label}stories: {len(set(gold.values()))} true, {len(set(pred.values()))} found; "
            f"BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}"
        )
    print(
        "(rate counts grouping time only, not generating the stream; peak RSS includes the "
        "generator and the kept result dicts)"
    )


if __name__ == "__main__":
    main()
