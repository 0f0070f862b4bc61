"""Weekday expressions resolved against the publication date: `newsdates` vs dateparser.

Gold: SYNTHETIC. No gold with normalised values is at hand (TimeBank is not in ../shared, and
the MEANTIME CoNLL in ../shared/data/meantime carries only entity/event coreference columns, no
TIMEX3 values), so sentences are generated from templates: 56 publication dates (8 weeks, every
weekday), 7 weekday names, 4 expression forms (`on Thursday`, `Thursday`, `Thursday morning`,
`Thursday night`) and 4 tenses (past, reported past, future `will`, planned `is due to`). The
gold date follows the news convention, computed independently of the code under test by
enumerating calendar days: past -> the one day among publication-6 .. publication whose
weekday name is the expression's; future -> the one day among publication .. publication+6.

Systems, per sentence:
- `newsdates`: `resolve_date(expr, published, future=<tense is future>)` (tense given);
- `dateparser`: `dateparser.parse(expr, settings={RELATIVE_BASE: published})`, its defaults;
- `dateparser+tense`: the same with PREFER_DATES_FROM = past/future by tense;
- `pipeline`: the full path: spaCy parse, `extract_entities`, `extract_events`; the date of
  the event found (tense read from the sentence, not given). Missing event = wrong.

    .venv/bin/python bench/news_dates.py [--no-pipeline]
"""

from __future__ import annotations

import argparse
import calendar
import time
from collections import Counter
from datetime import date, datetime, timedelta

import dateparser

from newsgraph.analyse.newsdates import resolve_date

DAYS = [calendar.day_name[i] for i in range(7)]  # Monday..Sunday, from the stdlib
FORMS = ["on {d}", "{d}", "{d} morning", "{d} night"]
TENSES = {
    "past": ("{a} met {b} in Lisbon {e}.", False),
    "reported": ("Officials said {a} had met {b} in Lisbon {e}.", False),
    "future": ("{a} will meet {b} in Lisbon {e}.", True),
    "planned": ("{a} is due to meet {b} in Lisbon {e}.", True),
}
PAIRS = [
    ("Chilean President Maria Velasquez", "Japanese Prime Minister Kenji Arata"),
    ("Kenya's President Amos Wanjiru", "Nigerian Foreign Minister Bola Okafor"),
]


def gold_date(day_name: str, published: date, future: bool) -> date:
    window = [published + timedelta(days=k) for k in (range(0, 7) if future else range(-6, 1))]
    hits = [d for d in window if calendar.day_name[d.weekday()] == day_name]
    assert len(hits) == 1
    return hits[0]


def cases():
    start = date(2030, 1, 6)
    for k in range(56):
        published = start + timedelta(days=k)
        for day in DAYS:
            for form in FORMS:
                expr = form.format(d=day)
                for tense, (template, future) in TENSES.items():
                    a, b = PAIRS[k % 2]
                    text = template.format(a=a, b=b, e=expr)
                    yield published, expr, tense, future, text, gold_date(day, published, future)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pipeline", action="store_true")
    args = parser.parse_args()
    rows = list(cases())
    ok: Counter[str] = Counter()
    by_tense: Counter[tuple[str, str]] = Counter()
    n_tense: Counter[str] = Counter()
    same_day = Counter()
    n_same = 0
    nlp = None
    if not args.no_pipeline:
        from newsgraph.analyse.entities import extract_entities
        from newsgraph.analyse.events import extract_events
        from newsgraph.analyse.nlp import load_nlp

        nlp = load_nlp()
    t0 = time.perf_counter()
    pipe_cache: dict[tuple[str, date], str | None] = {}
    for published, expr, tense, future, text, gold in rows:
        base = datetime(published.year, published.month, published.day)
        n_tense[tense] += 1
        got = {}
        r = resolve_date(expr, published, future=future)
        got["newsdates"] = r.iso if r else None
        d = dateparser.parse(expr, settings={"RELATIVE_BASE": base})
        got["dateparser"] = d.date().isoformat() if d else None
        d = dateparser.parse(
            expr,
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past"},
        )
        got["dateparser+tense"] = d.date().isoformat() if d else None
        if nlp is not None:
            key = (text, published)
            if key not in pipe_cache:
                doc = nlp(text)
                events = extract_events(doc, extract_entities(doc), published.isoformat())
                pipe_cache[key] = events[0].date if events else None
            got["pipeline"] = pipe_cache[key]
        same = calendar.day_name[published.weekday()] in expr
        n_same += same
        for name, value in got.items():
            hit = value == gold.isoformat()
            ok[name] += hit
            by_tense[(name, tense)] += hit
            if same:
                same_day[name] += hit
    n = len(rows)
    print(
        f"synthetic weekday gold: {n} sentences ({len(TENSES)} tenses x 7 weekdays x "
        f"{len(FORMS)} forms x 56 publication dates), {time.perf_counter() - t0:.1f}s"
    )
    names = [k for k in ("newsdates", "dateparser", "dateparser+tense", "pipeline") if k in ok]
    print(f"\n{'system':<18} {'all':>6} {'same-wd':>8} " + " ".join(f"{t:>9}" for t in TENSES))
    for name in names:
        cells = " ".join(f"{by_tense[(name, t)] / n_tense[t]:9.3f}" for t in TENSES)
        print(f"{name:<18} {ok[name] / n:6.3f} {same_day[name] / n_same:8.3f} {cells}")
    print(f"\n(same-wd: the {n_same} sentences whose weekday is the publication's own)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
