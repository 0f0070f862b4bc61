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

Written set (`--written`, also run by default): tests/analyse/data/newsdates_cases.tsv, 122
date expressions in news sentences written for this project from common wire phrasing
(`on Thursday`, `last month`, `earlier this week`, `in early February`, `next Tuesday`, `a
week ago`, `on Sept. 15`, `this year`, ...), with publication dates, tense and the expected
date and precision worked out by hand (the file's header gives the convention). Scores:
- `newsdates` and `pipeline`: exact (the ISO value, so precision too);
- `dateparser` (RELATIVE_BASE = publication) and `dateparser+tense` (PREFER_DATES_FROM by
  tense): dateparser returns a day, so it is counted right when that day lies inside the
  expected day/week/month/year (lenient); the expression is given as written, and again
  without a leading `on`/`in` when dateparser reads nothing;
- `newsdates (lenient)`: the same containment test on our value, for a like-for-like row.

Synthetic explicit dates (`--no-explicit` leaves them out): a weekday written beside its day
and month in 7 shapes (`Thursday, 26 November`, `Thursday 26 November`, `Thursday, November 26`,
`Thursday November 26th`, `Thu 26 Nov`, `on Thursday (26 November)`, `26 November, a
Thursday`), each without and with the year, for days 45 days before to 45 days after 27
publication dates a fortnight apart; the gold is the day itself, names from the stdlib
calendar. Tense given as the day's side of publication (`tense`), and flipped (`misread`: a
caller that took `takes effect on Thursday 26 November` for a past act).

`--old PATH` loads another copy of `newsdates.py` (e.g. HEAD's) and scores it as `newsdates
(old)` beside the current one in the same run.

    .venv/bin/python bench/news_dates.py [--no-pipeline] [--no-synthetic] [--no-written]
        [--no-explicit] [--old PATH]
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import re
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import dateparser

from newsgraph.analyse.newsdates import resolve_date

#: name -> resolve_date of each copy of newsdates scored (`--old` adds HEAD's, say)
RESOLVERS = {"newsdates": resolve_date}


def load_old(path: str) -> None:
    """Score another copy of newsdates.py (its own file, loaded under another name)."""
    spec = importlib.util.spec_from_file_location("newsdates_old", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    RESOLVERS["newsdates (old)"] = module.resolve_date


def _iso(resolver, expr: str, published: date, future: bool) -> str | None:
    r = resolver(expr, published, future=future)
    return r.iso if r else None


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


WRITTEN = Path(__file__).resolve().parents[1] / "tests" / "analyse" / "data"
WRITTEN = WRITTEN / "newsdates_cases.tsv"


def written_cases() -> list[dict[str, str]]:
    lines = [x for x in WRITTEN.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, x.split("\t"), strict=True)) for x in lines[1:] if x.strip()]


def period(iso: str) -> tuple[date, date]:
    """First and last day of an ISO day, week, month or year."""
    if "W" in iso:
        year, week = iso.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start, start + timedelta(days=6)
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def inside(value: str | None, gold: str) -> bool:
    if not value:
        return False
    lo, hi = period(value)
    glo, ghi = period(gold)
    return glo <= lo and hi <= ghi


def _dateparser(expr: str, settings: dict) -> str | None:
    for text in (expr, re.sub(r"^(?:on|in)\s+", "", expr, flags=re.I)):
        d = dateparser.parse(text, languages=["en"], settings=settings)
        if d is not None:
            return d.date().isoformat()
    return None


def run_written(pipeline: bool) -> None:
    rows = written_cases()
    nlp = None
    if pipeline:
        from newsgraph.analyse.entities import extract_entities
        from newsgraph.analyse.events import extract_events
        from newsgraph.analyse.nlp import load_nlp

        nlp = load_nlp()
    ok: Counter[str] = Counter()
    by_cat: Counter[tuple[str, str]] = Counter()
    n_cat: Counter[str] = Counter()
    misses: list[str] = []
    found = found_ok = 0
    for row in rows:
        published = date.fromisoformat(row["published"])
        future = row["tense"] == "future"
        gold, expr, cat = row["expected"], row["expression"], row["category"]
        base = datetime(published.year, published.month, published.day)
        n_cat[cat] += 1
        r = resolve_date(expr, published, future=future)
        ours = r.iso if r else None
        hits = {
            "newsdates": ours == gold,
            "newsdates (lenient)": inside(ours, gold),
            **{
                name: _iso(fn, expr, published, future) == gold
                for name, fn in RESOLVERS.items()
                if name != "newsdates"
            },
            "dateparser": inside(_dateparser(expr, {"RELATIVE_BASE": base}), gold),
            "dateparser+tense": inside(
                _dateparser(
                    expr,
                    {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past"},
                ),
                gold,
            ),
        }
        if nlp is not None:
            doc = nlp(row["sentence"])
            events = extract_events(doc, extract_entities(doc), row["published"])
            dated = [e.date for e in events if e.date]
            hits["pipeline"] = bool(dated) and dated[0] == gold
            found += bool(events)
            found_ok += bool(dated) and dated[0] == gold
        if ours != gold:
            misses.append(f"  {row['published']} {row['tense']:<6} {expr!r}: {ours} != {gold}")
        for name, hit in hits.items():
            ok[name] += hit
            by_cat[(name, cat)] += hit
    n = len(rows)
    cats = sorted(n_cat, key=lambda c: -n_cat[c])
    print(f"\nwritten news-date set: {n} cases ({WRITTEN.name})")
    print(f"{'system':<20} {'all':>6}  " + " ".join(f"{c[:11]:>11}" for c in cats))
    print(f"{'(cases)':<20} {n:>6}  " + " ".join(f"{n_cat[c]:>11}" for c in cats))
    for name in ok:
        cells = " ".join(f"{by_cat[(name, c)] / n_cat[c]:11.2f}" for c in cats)
        print(f"{name:<20} {ok[name] / n:6.3f}  {cells}")
    if nlp is not None:
        print(
            f"pipeline: an event found in {found}/{n} sentences; its date right in "
            f"{found_ok}/{found} of those"
        )
    print(f"\nnewsdates misses ({len(misses)}):")
    print("\n".join(misses))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pipeline", action="store_true")
    parser.add_argument("--no-synthetic", action="store_true")
    parser.add_argument("--no-written", action="store_true")
    parser.add_argument("--no-explicit", action="store_true")
    parser.add_argument("--old", metavar="PATH", help="another newsdates.py to score beside")
    args = parser.parse_args()
    if args.old:
        load_old(args.old)
    if not args.no_synthetic:
        run_synthetic(not args.no_pipeline)
    if not args.no_explicit:
        run_explicit()
    if not args.no_written:
        run_written(not args.no_pipeline)
    return 0


def run_synthetic(pipeline: bool) -> None:
    rows = list(cases())
    ok: Counter[str] = Counter()
    by_tense: Counter[tuple[str, str]] = Counter()
    n_tense: Counter[str] = Counter()
    same_day = Counter()
    n_same = 0
    nlp = None
    if pipeline:
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
        for name, fn in RESOLVERS.items():
            got[name] = _iso(fn, expr, published, future)
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
    names = [k for k in (*RESOLVERS, "dateparser", "dateparser+tense", "pipeline") if k in ok]
    print(f"\n{'system':<18} {'all':>6} {'same-wd':>8} " + " ".join(f"{t:>9}" for t in TENSES))
    for name in names:
        cells = " ".join(f"{by_tense[(name, t)] / n_tense[t]:9.3f}" for t in TENSES)
        print(f"{name:<18} {ok[name] / n:6.3f} {same_day[name] / n_same:8.3f} {cells}")
    print(f"\n(same-wd: the {n_same} sentences whose weekday is the publication's own)")


EXPLICIT = [
    "{W}, {d} {M}",
    "{W} {d} {M}",
    "{W}, {M} {d}",
    "{W} {M} {d}{th}",
    "{w} {d} {m}",
    "on {W} ({d} {M})",
    "{d} {M}, a {W}",
]
EXPLICIT_YEAR = [
    "{W}, {d} {M} {y}",
    "{W} {d} {M} {y}",
    "{W}, {M} {d}, {y}",
    "{W} {M} {d}{th}, {y}",
    "{w} {d} {m} {y}",
    "on {W} ({d} {M} {y})",
    "{d} {M} {y}, a {W}",
]
OFFSETS = (-45, -20, -9, -3, -1, 0, 1, 3, 9, 20, 45)


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def explicit_cases():
    """(published, expression, shape, tense given, gold day) for the explicit-date set."""
    for k in range(27):
        published = date(2030, 1, 6) + timedelta(days=14 * k)
        for offset in OFFSETS:
            day = published + timedelta(days=offset)
            names = {
                "W": calendar.day_name[day.weekday()],
                "w": calendar.day_abbr[day.weekday()],
                "d": day.day,
                "th": _ordinal(day.day),
                "M": calendar.month_name[day.month],
                "m": calendar.month_abbr[day.month],
                "y": day.year,
            }
            for i, shape in enumerate(EXPLICIT + EXPLICIT_YEAR):
                expr = shape.format(**names)
                kind = EXPLICIT[i % len(EXPLICIT)].replace("{th}", "th") + (
                    " +year" if i >= len(EXPLICIT) else ""
                )
                for tense, future in (("tense", offset > 0), ("misread", offset <= 0)):
                    yield published, expr, kind, tense, future, day


def run_explicit() -> None:
    ok: Counter[tuple[str, str]] = Counter()
    n: Counter[str] = Counter()
    t0 = time.perf_counter()
    for published, expr, kind, tense, future, gold in explicit_cases():
        for col in ("all", kind, tense):
            n[col] += 1
        for name, fn in RESOLVERS.items():
            hit = _iso(fn, expr, published, future) == gold.isoformat()
            for col in ("all", kind, tense):
                ok[(name, col)] += hit
    print(
        f"\nsynthetic explicit dates: {n['all']} expressions (14 shapes x {len(OFFSETS)} days x "
        f"27 publication dates x 2 tenses), {time.perf_counter() - t0:.1f}s"
    )
    cols = ["all", "tense", "misread"]
    print(f"{'shape':<30} " + " ".join(f"{name:>16}" for name in RESOLVERS))
    for col in cols + [c for c in n if c not in cols]:
        cells = " ".join(f"{ok[(name, col)] / n[col]:16.3f}" for name in RESOLVERS)
        print(f"{col:<30} {cells}")


if __name__ == "__main__":
    raise SystemExit(main())
