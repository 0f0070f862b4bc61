"""HTML publication dates and short-text language identification on WCXB dev (session 13).

Dates: the day `extract_html` would store (`html.published_date`: declared metadata, a day in the
URL, else htmldate's guess with its copyright-year fallback dropped) against htmldate alone as
trafilatura runs it by default (`max_date` = today), on every dev page, scored against the gold
`publish_date` (pages without one count as "dated" when a date is given anyway). One trafilatura
metadata pass per page and setting; the main text is not extracted (the date does not use it).

Language: py3langid as `language.detect_language` uses it, on the gold titles and authors of the
English dev pages (English by the identifier on the whole text), by length in letters: how many
are told English, another language (wrong) or none, before (`p >= 0.5`) and now.

    .venv/bin/python bench/html_dates.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
from collections import Counter
from pathlib import Path

from trafilatura.metadata import extract_metadata
from trafilatura.settings import set_date_params

from newsgraph.extract import html
from newsgraph.extract.language import _identifier, detect_language

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
WCXB = SHARED / "data" / "wcxb-dev" / "dev"


def _score(counts: Counter, name: str, gold: str | None, got: str | None) -> None:
    day = got[:10] if got else None
    if gold:
        counts[name, "right" if day == gold else ("none" if day is None else "wrong")] += 1
    else:
        counts[name, "no gold: dated" if day else "no gold: none"] += 1


def _old_language(text: str) -> str | None:
    if sum(c.isalpha() for c in text) < 20:
        return None
    lang, prob = _identifier().classify(text)
    return lang if prob >= 0.5 else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="pages (0: all)")
    args = parser.parse_args()
    truths = sorted((WCXB / "ground-truth").glob("*.json"))
    truths = truths[: args.limit] if args.limit else truths
    dates: Counter = Counter()
    langs: Counter = Counter()
    for path in truths:
        record = json.loads(path.read_text())
        gold, url = record["ground_truth"].get("publish_date"), record.get("url")
        with gzip.open(WCXB / "html" / f"{path.stem}.html.gz") as fh:
            page = fh.read()
        alone = extract_metadata(page, default_url=url, date_config=set_date_params(True))
        _score(dates, "htmldate alone", gold, alone.date)
        doc = extract_metadata(page, default_url=url, date_config=html._date_params())
        _score(dates, "newsgraph", gold, html.published_date(page, doc, url))
        body = " ".join((record["ground_truth"].get("main_content") or "").split())
        if sum(c.isalpha() for c in body) < 1000 or _old_language(body[:4000]) != "en":
            continue
        for field in ("title", "author"):
            text = record["ground_truth"].get(field) or ""
            letters = sum(c.isalpha() for c in text)
            if letters >= 20:
                band = "20-59 letters" if letters < 60 else "60+ letters"
                for name, got in (("before", _old_language(text)), ("now", detect_language(text))):
                    langs[band, name, "en" if got == "en" else got and "wrong" or "none"] += 1
    print(f"dates: {len(truths)} WCXB dev pages")
    for key in sorted(dates):
        print(f"  {key[0]:15} {key[1]:15} {dates[key]:5d}")
    print("language of English titles and authors:")
    for key in sorted(langs):
        print(f"  {key[0]:14} {key[1]:7} {key[2]:6} {langs[key]:5d}")


if __name__ == "__main__":
    main()
