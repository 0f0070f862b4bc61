"""An article the analysis does not read finds the stories' name features by their
`name_key` through an index kept with the postings, not by a scan of every posting: the
look-up must give what the scan gives, after stories retire (their postings go) and after
the index is saved and loaded. Invented text, invented names."""

from __future__ import annotations

from datetime import date, timedelta

from newsgraph.group import StoryDoc, rebuild
from newsgraph.group.stories import StoryIndex, name_key


def _scan(index: StoryIndex, keys: set[str]) -> list[str]:
    """The look-up as a scan of every posting (what `_foreign_query` must equal)."""
    names = [f for f in index._postings if f.startswith("n:") and f"n:{name_key(f[2:])}" in keys]
    return sorted({*names, *(k for k in keys if not k.startswith("n:"))})


def _doc(n: int, day: str, name: str) -> StoryDoc:
    return StoryDoc(
        f"d{n}",
        f"{name} opens the Harlow ferry terminal",
        f"Mayor {name} opened the new ferry terminal in Harlow on Tuesday. {name} said the "
        f"terminal cost 41 million crowns and would carry 3,200 passengers a day.",
        day,
        "Coast Wire" if n % 2 else "Daily Ledger",
    )


NAMES = ["Olek Varga", "Mira Lenholt", "Pia Corran", "Vestmark Osse", "Dana Kiel"]


def _keys(index: StoryIndex) -> list[set[str]]:
    posted = [f for f in index._postings if f.startswith("n:")]
    every = {f"n:{name_key(w.lower())}" for name in NAMES for w in name.split()}
    return [{f"n:{name_key(f[2:])}", "d:2026-05-12"} for f in posted] + [every, {"n:zzzzz"}]


def test_name_lookup_equals_a_scan_after_retiring_and_reloading() -> None:
    # twelve days apart over four months: the first stories retire (`retire_days`)
    day = [(date(2026, 1, 2) + timedelta(days=12 * n)).isoformat() for n in range(12)]
    docs = [_doc(n, day[n], NAMES[n % len(NAMES)]) for n in range(12)]
    index = rebuild(docs)
    for keys in _keys(index):
        assert index._foreign_query(keys) == _scan(index, keys)
    loaded = StoryIndex.from_json(index.to_json())
    for keys in _keys(loaded):
        assert loaded._foreign_query(keys) == _scan(loaded, keys)
