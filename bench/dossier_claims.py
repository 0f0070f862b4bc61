"""Dossier claims, conflicts and contrasts: counts per story, and the number-conflict probe.

    .venv/bin/python bench/dossier_claims.py counts [DIR|DB ...] [--dump ROWS.json]
    .venv/bin/python bench/dossier_claims.py probe [--reports 100] [--lines 10] [--baseline OLD.py]

`counts` analyses each DIR (default: the bundled `examples/corpus`, and the invented review
inputs `/tmp/review8-play/in` and `probe2` when present) with the normal pipeline into a
temporary database (a database file given instead is read as it is, so that runs before and
after a change of the dossier compare the same analysis), builds every story's dossier and
prints shared / unique / conflict / contrast counts per story. `--dump` writes each story's
shared rows, unique claims, conflicts and contrasts as JSON, so two runs (before and after a
change) can be compared row by row.

`probe` times the number conflicts of REPORTS reports of LINES alike sentences each (`N people
were affected in district K of Ilvane.`, every report with its own values): a story whose
sentences all count one noun in one context, the worst case for comparing numbers.
`--baseline` also times another version of `conflicts.py` (e.g. `git show
HEAD:src/newsgraph/compare/conflicts.py > /tmp/old.py`) on the same sentences, in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsgraph.cli import main as cli
from newsgraph.compare.bundle import load_bundle
from newsgraph.compare.claims import split
from newsgraph.compare.conflicts import conflicts
from newsgraph.compare.dossier import assemble
from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [
    REPO / "examples" / "corpus",
    Path("/tmp/review8-play/in"),
    Path("/tmp/review8-play/probe2"),
]


def _analyse(corpus: Path, tmp: Path) -> Path:
    db = tmp / f"{corpus.name}.sqlite"
    res = CliRunner().invoke(
        cli, ["analyze", str(corpus), "--out", str(tmp / "out"), "--db", str(db)]
    )
    if res.exit_code != 0:
        raise SystemExit(f"analyze {corpus} failed: {res.output[-2000:]}")
    return db


def _rows(d: dict[str, Any]) -> dict[str, Any]:
    outlet = {a["id"]: a["outlet"] for a in d["articles"]}
    return {
        "shared": [
            sorted(f"{outlet[s['article']]}: {s['text']}" for s in c["spans"]) for c in d["shared"]
        ],
        "unique": sorted(
            f"{outlet[aid]}: {c['text']}" for aid, cs in d["unique"].items() for c in cs
        ),
        "conflicts": [
            f"{c['kind']} ({c['about']}): "
            + "; ".join(f"{v['outlet']}={v['value']}" for v in c["values"])
            for c in d["conflicts"]
        ],
        "contrasts": [
            f"{c['concept']} ({c['target']}): "
            + "; ".join(f"{a['outlet']}={','.join(a['terms'])}" for a in c["articles"])
            for c in d["contrasts"]
        ],
    }


def counts(dirs: list[Path], dump: Path | None) -> None:
    out: dict[str, Any] = {}
    print("| corpus | story | articles | shared | unique | conflicts | contrasts |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as tmpdir:
        for corpus in dirs:
            if not corpus.exists():
                print(f"| {corpus} | (absent: skipped) | | | | | |")
                continue
            db = corpus if corpus.is_file() else _analyse(corpus, Path(tmpdir))
            with Store(db) as store:
                stories = [r["id"] for r in store.story_records()]
                for sid in stories:
                    bundle = load_bundle(store, sid)
                    if len(bundle.articles) < 2:
                        continue
                    rows = _rows(assemble(bundle))
                    out[f"{corpus.name}/{bundle.story.get('title')}"] = rows
                    n = [len(rows[k]) for k in ("shared", "unique", "conflicts", "contrasts")]
                    total = [t + x for t, x in zip(total, n, strict=True)]
                    title = (bundle.story.get("title") or sid)[:50]
                    print(
                        f"| {corpus.name} | {title} | {len(bundle.articles)} | "
                        + " | ".join(map(str, n))
                        + " |"
                    )
    print("| all | | | " + " | ".join(map(str, total)) + " |")
    if dump:
        dump.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")


def probe_articles(reports: int, lines: int) -> list[dict[str, Any]]:
    out = []
    for r in range(reports):
        base = 100 * (r + 1)
        text = " ".join(
            f"{base + k} people were affected in district {k} of Ilvane." for k in range(lines)
        )
        out.append({"id": f"{r:016d}", "outlet": f"Outlet {r}", "text": text, "published": None})
    return out


def _load(path: Path) -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("baseline_conflicts", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def probe(reports: int, lines: int, baseline: Path | None) -> None:
    arts = probe_articles(reports, lines)
    report_of = {a["id"]: a["id"] for a in arts}
    sents = split(arts, report_of)
    versions = [("this tree", conflicts)]
    if baseline:
        versions.insert(0, (str(baseline), _load(baseline).conflicts))
    for name, fn in versions:
        t = time.perf_counter()
        got = fn(
            sents, [[i] for i in range(len(sents))], [], [], {a["id"]: a for a in arts}, report_of
        )
        dt = time.perf_counter() - t
        print(f"{name}: {reports} x {lines} alike sentences: {len(got)} conflicts, {dt:.2f} s")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("counts")
    c.add_argument("dirs", nargs="*", type=Path)
    c.add_argument("--dump", type=Path)
    p = sub.add_parser("probe")
    p.add_argument("--reports", type=int, default=100)
    p.add_argument("--lines", type=int, default=10)
    p.add_argument("--baseline", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "counts":
        counts(args.dirs or DEFAULT_DIRS, args.dump)
    else:
        probe(args.reports, args.lines, args.baseline)


if __name__ == "__main__":
    sys.exit(main())
