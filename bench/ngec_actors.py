"""Country resolution of actor texts: our `resolve_country` beside a plain name/demonym lookup.

Uses the NGEC actor-resolution tests (../shared/data/ngec-actors/ngec_actor_tests.jsonl; no
licence file, so evaluation only: nothing from it is copied into the repository). A case
counts when its expected answer has a country code (`expected.cc` or `expected.country`); the
text is resolved without its context. Codes that are not ISO 3166 countries (`IGO`, `UNO`,
`EUR`, `LEG`) stay in the denominator: our resolver answers ISO codes only, so they count as
misses. Rows: the baseline (the whole text looked up exactly among pycountry names and our
demonyms), the resolver with text cues only (names, demonyms, metonyms, capitals, cities), and
the full resolver (adding our institution and office-holder lists).

    .venv/bin/python bench/ngec_actors.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from newsgraph.analyse.countries import lookup, resolve_country

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TESTS = SHARED / "data" / "ngec-actors" / "ngec_actor_tests.jsonl"
CUE_KINDS = ("name", "demonym", "gov", "capital", "state", "city")


def baseline(text: str) -> str | None:
    """Exact match of the whole text against country names and demonyms."""
    found = lookup(text)
    return found[0] if found and found[1] in ("name", "demonym") else None


def systems() -> dict[str, object]:
    return {
        "baseline (exact name/demonym)": baseline,
        "ours, text cues only": lambda t: resolve_country(t, CUE_KINDS),
        "ours, full": resolve_country,
    }


def load_cases() -> list[tuple[str, str, str]]:
    cases = []
    for line in TESTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        expected = row.get("expected") or {}
        code = expected.get("cc") or expected.get("country")
        if code:
            cases.append((row["fn"], row["input"], code))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the full resolver's misses")
    args = parser.parse_args()
    if not TESTS.exists():
        print(f"skip: {TESTS} not found (set NEWSGRAPH_SHARED)")
        return 0
    cases = load_cases()
    groups = Counter(fn for fn, _, _ in cases)
    counts = ", ".join(f"{g} {n}" for g, n in groups.items())
    print(f"{len(cases)} country-bearing cases: {counts}")
    header = f"{'system':32} {'all':>12} " + " ".join(f"{g:>20}" for g in groups)
    print(header)
    for name, fn in systems().items():
        right = Counter(g for g, text, code in cases if fn(text) == code)
        cells = [f"{right[g]}/{groups[g]} {right[g] / groups[g]:.2f}" for g in groups]
        total = sum(right.values())
        print(
            f"{name:32} {f'{total}/{len(cases)} {total / len(cases):.2f}':>12} "
            + " ".join(f"{c:>20}" for c in cells)
        )
    if args.misses:
        for g, text, code in cases:
            got = resolve_country(text)
            if got != code:
                print(f"miss {g}: {text!r} expected {code} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
