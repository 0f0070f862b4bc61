"""Dossier claims, conflicts and contrasts: counts per story, and the number-conflict probe.

    .venv/bin/python bench/dossier_claims.py counts [DIR|DB ...] [--dump ROWS.json]
    .venv/bin/python bench/dossier_claims.py probe [--reports 100] [--lines 10] [--baseline OLD.py]
    .venv/bin/python bench/dossier_claims.py gold [--baseline OLD.py] [--errors]
    .venv/bin/python bench/dossier_claims.py ecb [--baseline OLD.py] [--sample 20] [--half odd]
    .venv/bin/python bench/dossier_claims.py timing [--facts 400] [--chars 120000] [--joiner and]
        [--baseline OLD_conflicts.py] [--notices-baseline OLD_notices.py]

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

`gold` scores conflicts on bench/gold/conflict_pairs.jsonl: invented article pairs (our own
text, 33 pairs, 16 with a real conflict) of one fact each, labelled by hand with whether the two
reports disagree (kinds: date, time, unit, casualty, number, place). Every article is analysed
by the normal pipeline (events included, so that place conflicts can fire) into one temporary
database, and each pair is assembled as a story of its two articles. A pair counts as found when
its dossier shows any conflict besides `attribution`; precision and recall over pairs, recall
and false alarms per kind. `--baseline` also scores another version of `conflicts.py` on the
same analysis, in the same run. `--errors` lists the pairs got wrong with the conflicts shown.

`timing` times two scans on one-line texts, where a cost per match times the line's length
grows quadratically: the number-conflict scan of two articles that are one sentence of FACTS
counts each (`the Harl depot took 312 velkans; …`, about 34 characters a fact, every count of
its own noun), and the correction-notice scan (`compare/notices.corrections`) of a CHARS-long
line of sentences that name a revised report without opening with it (`Officials in Tarsk
said this report was revised by the board.`); a third row times the dossier's two readers
of number facts in turn (claims' figures, then the number conflicts), which share one read
per sentence. `--baseline` times another `conflicts.py`, `--notices-baseline` another
module with a `corrections(text)` (e.g. `git show
862e4f7^:src/newsgraph/compare/dossier.py > /tmp/old_dossier.py`, before the notice scan was
made linear), each on the same text in the same run, with the ratio.

`ecb` counts the conflicts on ECB+ stories (read from ../shared at run time; skipped when
absent): each gold event cluster of the odd-numbered topics (the development half; `--half
even` for the held-out one) is a story of its articles, split and aligned as the dossier does
(no events, quotes or publication dates: ECB+ has none, so only number facts can fire), and
the conflicts of this tree (and of `--baseline`) are counted by kind. `--sample N` prints N
conflicts of this tree drawn at random (fixed seed) with their sentences, (of each
version) to the terminal only, for reading.
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


def _nouns(n: int) -> list[str]:
    """N distinct invented plural nouns (`velkans`, `brodirs`, …): one counted noun per fact."""
    out = [
        f"{x}{y}{z}{w}s"
        for w in ("", "ad", "ek", "ul", "om")
        for x in "vel brod tarn mesk quil sarn dov plen hask rut".split()
        for y in "ka ri o e u".split()
        for z in "nrlm"
    ]
    if n > len(out):
        raise SystemExit(f"at most {len(out)} facts")
    return out[:n]


def timing_texts(facts: int, chars: int, joiner: str = "; ") -> tuple[list[dict[str, Any]], str]:
    """Two one-sentence articles of FACTS counts each, joined by JOINER (`"; "`, or `" and "`
    for one clause with no punctuation, where a scan per count over the clause costs most), and
    a CHARS-long notice line."""
    nouns = _nouns(facts)
    arts = []
    for r in range(2):
        body = joiner.join(
            f"the Harl depot took {100 + 3 * k + r} {n}" for k, n in enumerate(nouns)
        )
        text = "Officials said " + body + "."
        arts.append({"id": f"{r:016d}", "outlet": f"Outlet {r}", "text": text, "published": None})
    unit = "Officials in Tarsk said this report was revised by the board. "
    return arts, (unit * (chars // len(unit) + 1))[:chars]


def timing(
    facts: int, chars: int, baseline: Path | None, notices: Path | None, joiner: str = "; "
) -> None:
    from newsgraph.compare.notices import corrections

    arts, line = timing_texts(facts, chars, joiner)
    report_of = {a["id"]: a["id"] for a in arts}
    sents = split(arts, report_of)
    print(
        f"number scan: 2 articles, one line of {len(arts[0]['text']):,} chars and "
        f"{facts} counts each; notice scan: one line of {len(line):,} chars"
    )
    print("| scan | version | result | seconds | ratio |")
    print("| --- | --- | --- | --- | --- |")

    def run(scan: str, runs: list[tuple[str, Any]]) -> None:
        took = []
        for name, fn in runs:
            t = time.perf_counter()
            got = fn()
            took.append(time.perf_counter() - t)
            ratio = f"{took[0] / took[-1]:.2f}x" if len(took) > 1 and took[-1] else ""
            print(f"| {scan} | {name} | {got} | {took[-1]:.2f} | {ratio} |")

    def scan(fn: Any) -> Any:
        return lambda: (
            f"{len(fn(sents, [], [], [], {a['id']: a for a in arts}, report_of))} conflicts"
        )

    runs = [("this tree", scan(conflicts))]
    if baseline:
        runs.insert(0, (str(baseline), scan(_load(baseline).conflicts)))
    run("number conflicts", runs)
    run("claims' figures + number conflicts", _read_twice_runs(sents, arts, report_of, baseline))
    notice_runs = [("this tree", lambda: f"{len(corrections(line))} notices")]
    if notices:
        old = _load(notices).corrections
        notice_runs.insert(0, (str(notices), lambda: f"{len(old(line))} notices"))
    run("correction notices", notice_runs)


def _read_twice_runs(
    sents: list[Any], arts: list[dict[str, Any]], report_of: dict[str, str], baseline: Path | None
) -> list[tuple[str, Any]]:
    """The dossier's two readers of number facts, claims (`differs`: `number_facts` per
    sentence) then conflicts, each version from a cold cache: the facts read once or twice."""
    by_id = {a["id"]: a for a in arts}

    def both(mod: Any) -> Any:
        def go() -> str:
            cache = getattr(mod, "_number_facts", None)
            if cache is not None:
                cache.cache_clear()
            read = sum(len(mod.number_facts(s)) for s in sents)
            return (
                f"{read} facts, {len(mod.conflicts(sents, [], [], [], by_id, report_of))} conflicts"
            )

        return go

    import newsgraph.compare.conflicts as this

    runs = [("this tree", both(this))]
    if baseline:
        runs.insert(0, (str(baseline), both(_load(baseline))))
    return runs


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


GOLD = REPO / "bench" / "gold" / "conflict_pairs.jsonl"


def _gold_bundles(tmp: Path) -> list[tuple[dict[str, Any], Any]]:
    """Each gold pair as a story bundle of its two analysed articles."""
    from newsgraph.compare.bundle import StoryBundle, add_event_groups

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    corpus = tmp / "gold"
    corpus.mkdir()
    with (corpus / "pairs.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            for side in ("a", "b"):
                art = r[side]
                title = " ".join(art["text"].split()[:8])
                rec = {
                    "id": f"{r['id']}-{side}",
                    "url": f"https://gold.example/{r['id']}/{side}",
                    "title": title,
                    **art,
                }
                f.write(json.dumps(rec) + "\n")
    db = _analyse(corpus, tmp)
    out = []
    with Store(db) as store:
        by_url = {a.url: a for a in store.iter_articles()}
        for r in rows:
            arts = [by_url[f"https://gold.example/{r['id']}/{side}"] for side in ("a", "b")]
            ids = [a.id for a in arts]
            story = {"id": f"s-{r['id']}", "title": r["id"], "articles": ids, "wire_copies": []}
            events = store.event_records(article_ids=ids)
            add_event_groups(events, [story])
            recs = [
                {
                    "id": a.id,
                    "outlet": a.outlet,
                    "title": a.title,
                    "byline": a.byline,
                    "published": a.published,
                    "url": a.url,
                    "metadata": a.metadata,
                    "text": a.text,
                }
                for a in arts
            ]
            out.append((r, StoryBundle(story, recs, [], events, [])))
    return out


def gold(baseline: Path | None, errors: bool) -> None:
    import newsgraph.compare.dossier as dossier_mod

    versions = [("this tree", conflicts)]
    if baseline:
        versions.insert(0, (str(baseline), _load(baseline).conflicts))
    with tempfile.TemporaryDirectory() as tmpdir:
        pairs = _gold_bundles(Path(tmpdir))
        kinds = sorted({r["kind"] for r, _ in pairs})
        print(f"{len(pairs)} pairs, {sum(r['conflict'] for r, _ in pairs)} with a conflict")
        print("| version | P | R | F1 | TP | FP | FN | " + " | ".join(kinds) + " |")
        print("| --- " * (7 + len(kinds)) + "|")
        for name, fn in versions:
            dossier_mod.conflicts = fn
            tp = fp = fn_ = 0
            per: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in kinds}  # found, pos, fp, neg
            wrong = []
            for r, bundle in pairs:
                shown = [c for c in assemble(bundle)["conflicts"] if c["kind"] != "attribution"]
                got, want = bool(shown), r["conflict"]
                k = per[r["kind"]]
                k[1 if want else 3] += 1
                if got and want:
                    tp += 1
                    k[0] += 1
                elif got:
                    fp += 1
                    k[2] += 1
                elif want:
                    fn_ += 1
                if got != want:
                    wrong.append((r["id"], shown))
            p = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn_) if tp + fn_ else 0.0
            f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
            cells = [f"R {k[0]}/{k[1]}, FP {k[2]}/{k[3]}" for k in (per[x] for x in kinds)]
            print(
                f"| {name} | {p:.2f} | {rc:.2f} | {f1:.2f} | {tp} | {fp} | {fn_} | "
                + " | ".join(cells)
                + " |"
            )
            if errors:
                for pid, shown in wrong:
                    told = "; ".join(
                        f"{c['kind']} {c['about']}: " + "/".join(v["value"] for v in c["values"])
                        for c in shown
                    )
                    print(f"    {pid}: {told or '(none shown)'}")
        dossier_mod.conflicts = conflicts


ECB = REPO.parent / "shared" / "data" / "ecbplus" / "unified.jsonl"


def ecb(baseline: Path | None, sample: int, half: str) -> None:
    import random

    from _ecbplus import in_half

    from newsgraph.compare.claims import align

    if not ECB.exists():
        print(f"skip: {ECB} missing")
        return
    stories: dict[str, list[dict[str, Any]]] = {}
    for line in ECB.open(encoding="utf-8"):
        r = json.loads(line)
        if not in_half(r["topic"], half):
            continue
        art = {"id": r["id"], "outlet": r["id"], "published": None, "text": r["text"]}
        stories.setdefault(r["cluster"], []).append(art)
    versions = [("this tree", conflicts)]
    if baseline:
        versions.insert(0, (str(baseline), _load(baseline).conflicts))
    counts: dict[str, dict[str, int]] = {name: {} for name, _ in versions}
    shown: list[tuple[str, dict[str, Any], dict[str, str]]] = []
    n_arts = 0
    t = time.perf_counter()
    for arts in stories.values():
        if len(arts) < 2:
            continue
        n_arts += len(arts)
        report_of = {a["id"]: a["id"] for a in arts}
        sents = split(arts, report_of)
        clusters = align(sents, {}, {})
        by_id = {a["id"]: a for a in arts}
        for name, fn in versions:
            for c in fn(sents, clusters, [], [], by_id, report_of):
                counts[name][c["kind"]] = counts[name].get(c["kind"], 0) + 1
                shown.append((name, c, {a["id"]: a["text"] for a in arts}))
    n = sum(len(a) >= 2 for a in stories.values())
    print(f"ECB+ {half} topics: {n} stories, {n_arts} articles ({time.perf_counter() - t:.0f} s)")
    for name, _ in versions:
        by_kind = ", ".join(f"{k} {v}" for k, v in sorted(counts[name].items()))
        print(f"{name}: {sum(counts[name].values())} conflicts ({by_kind or 'none'})")
    for name, _ in versions if sample else []:
        mine = [(c, texts) for v, c, texts in shown if v == name]
        print(f"\n## {sample} drawn of {name}")
        for c, texts in random.Random(7).sample(mine, min(sample, len(mine))):
            _show(c, texts)


def _show(c: dict[str, Any], texts: dict[str, str]) -> None:
    print(f"\n{c['kind']} ({c['about']}):")
    for v in c["values"]:
        text = texts[v["article"]]
        s = max(text.rfind("\n", 0, v["start"]), text.rfind(". ", 0, v["start"])) + 1
        e = min(x for x in (text.find("\n", v["end"]), len(text)) if x >= 0)
        print(f"  {v['article']} = {v['value']}: {text[s:e].strip()[:220]}")


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
    g = sub.add_parser("gold")
    g.add_argument("--baseline", type=Path)
    g.add_argument("--errors", action="store_true")
    e = sub.add_parser("ecb")
    e.add_argument("--baseline", type=Path)
    e.add_argument("--sample", type=int, default=0)
    e.add_argument("--half", choices=["odd", "even"], default="odd")
    tm = sub.add_parser("timing")
    tm.add_argument("--facts", type=int, default=400)
    tm.add_argument("--chars", type=int, default=120_000)
    tm.add_argument("--baseline", type=Path)
    tm.add_argument("--notices-baseline", type=Path)
    tm.add_argument(
        "--joiner", choices=["semicolon", "and"], default="semicolon", help="how counts are joined"
    )
    args = ap.parse_args(argv)
    if args.cmd == "counts":
        counts(args.dirs or DEFAULT_DIRS, args.dump)
    elif args.cmd == "gold":
        gold(args.baseline, args.errors)
    elif args.cmd == "ecb":
        ecb(args.baseline, args.sample, args.half)
    elif args.cmd == "timing":
        joiner = {"semicolon": "; ", "and": " and "}[args.joiner]
        timing(args.facts, args.chars, args.baseline, args.notices_baseline, joiner)
    else:
        probe(args.reports, args.lines, args.baseline)


if __name__ == "__main__":
    sys.exit(main())
