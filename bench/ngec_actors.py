"""Country resolution of actor texts: our `resolve_country` beside a plain name/demonym lookup.

Uses the NGEC actor-resolution tests (../shared/data/ngec-actors/ngec_actor_tests.jsonl; no
licence file, so evaluation only: nothing from it is copied into the repository). A case
counts when its expected answer has a country code (`expected.cc` or `expected.country`); the
text is resolved without its context, on its date when the item gives one (`Today` is today).
Codes that are not ISO 3166 countries (`IGO`, `UNO`, `EUR`, `LEG`) stay in the denominator:
`resolve_country` answers ISO codes only, `resolve_actor` also CAMEO's `IGO`/`UNO`/`EUR`.

Rows, each adding to the one before: the baseline (the whole text looked up exactly among
pycountry names and our demonyms); text cues only (names, demonyms, metonyms, capitals,
cities); the Phoenix dictionaries (institutions, armed groups, office holders with dates and
other spellings of their names); our hand-written institution rows (`org`); our
hand-written office-holder rows (`person`). The institution and office-holder rows of
`countries.tsv` were written after reading these test items, so the rows without them are the
honest figures. The `resolve_actor` rows add international organisations and, for the four
items that give one, the item's context when the text itself names no country. `--sectors` scores
the first sector code (`code_1`) of `resolve_actor` where the item gives one.

    .venv/bin/python bench/ngec_actors.py [--misses] [--sectors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsgraph.analyse.countries import _CONTEXT_KINDS, _resolve, lookup, resolve_actor

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TESTS = SHARED / "data" / "ngec-actors" / "ngec_actor_tests.jsonl"
CUE_KINDS = ("name", "demonym", "gov", "capital", "state", "city")
PHOENIX = (*CUE_KINDS, "actor", "holder")
OURS_ORG = (*PHOENIX, "org")
FULL = (*OURS_ORG, "person")

Case = tuple[str, str, str, str | None, str | None]  # group, text, expected, date, context


def baseline(text: str, date: str | None, context: str | None) -> str | None:
    """Exact match of the whole text against country names and demonyms."""
    found = lookup(text)
    return found[0] if found and found[1] in ("name", "demonym") else None


def _system(kinds: tuple[str, ...], organisations: bool = False) -> Callable:
    return lambda text, date, context: _resolve(text, kinds, date, organisations)


def _actor(kinds: tuple[str, ...]) -> Callable:
    """`resolve_actor` (international organisations, the item's context) with these kinds."""

    def run(text: str, date: str | None, context: str | None) -> str | None:
        found = _resolve(text, kinds, date, organisations=True)
        return found or (_resolve(context, _CONTEXT_KINDS, date, False) if context else None)

    return run


def systems() -> dict[str, Callable[[str, str | None, str | None], str | None]]:
    return {
        "baseline (exact name/demonym)": baseline,
        "text cues only": _system(CUE_KINDS),
        "+ Phoenix dictionaries": _system(PHOENIX),
        "+ our institution rows": _system(OURS_ORG),
        "+ our office-holder rows": _system(FULL),
        "actor, no hand-written rows": _actor(PHOENIX),
        "actor, full table": _actor(FULL),
    }


def _day(value: object) -> str | None:
    if not value:
        return None
    if str(value).lower() == "today":
        return dt.date.today().isoformat()
    return str(value)


def load_cases() -> list[Case]:
    cases = []
    for line in TESTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        expected = row.get("expected") or {}
        code = expected.get("cc") or expected.get("country")
        if code:
            day = _day(row.get("date"))
            cases.append((row["fn"], row["input"], code, day, row.get("context") or None))
    return cases


def sector_cases() -> list[tuple[str, str, str | None, str | None]]:
    """(text, expected code_1, date, context) of the items that give a sector."""
    out = []
    for line in TESTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        code = (row.get("expected") or {}).get("code_1")
        if row["input"] and code and code.isalpha() and code.isupper() and len(code) == 3:
            out.append((row["input"], code, _day(row.get("date")), row.get("context") or None))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the honest actor row's misses")
    parser.add_argument("--sectors", action="store_true", help="score resolve_actor's code_1")
    args = parser.parse_args()
    if not TESTS.exists():
        print(f"skip: {TESTS} not found (set NEWSGRAPH_SHARED)")
        return 0
    cases = load_cases()
    groups = Counter(case[0] for case in cases)
    counts = ", ".join(f"{g} {n}" for g, n in groups.items())
    print(f"{len(cases)} country-bearing cases: {counts}")
    header = f"{'system':32} {'all':>12} " + " ".join(f"{g:>20}" for g in groups)
    print(header)
    for name, fn in systems().items():
        right = Counter(g for g, text, code, day, ctx in cases if fn(text, day, ctx) == code)
        cells = [f"{right[g]}/{groups[g]} {right[g] / groups[g]:.2f}" for g in groups]
        total = sum(right.values())
        print(
            f"{name:32} {f'{total}/{len(cases)} {total / len(cases):.2f}':>12} "
            + " ".join(f"{c:>20}" for c in cells)
        )
    if args.misses:
        honest = systems()["actor, no hand-written rows"]
        for g, text, code, day, ctx in cases:
            got = honest(text, day, ctx)
            if got != code:
                print(f"miss {g}: {text!r} expected {code} got {got}")
    if args.sectors:
        items = sector_cases()
        got = [(resolve_actor(text, day, ctx).sectors, code) for text, code, day, ctx in items]
        right = sum(1 for sectors, code in got if sectors[:1] == (code,))
        anywhere = sum(1 for sectors, code in got if code in sectors)
        n = len(items)
        print(
            f"sectors (code_1), {n} items: first sector right {right}/{n} {right / n:.2f}, "
            f"among sectors {anywhere}/{n} {anywhere / n:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
