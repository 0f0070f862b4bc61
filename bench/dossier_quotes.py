"""Quote grouping across outlets (the dossier's quote ledger): precision and recall by relation.

    .venv/bin/python bench/dossier_quotes.py [--gold corpus|shared|all|NAME] [--errors]

Gold sets:
- `corpus`: bench/gold/corpus_quote_groups.json, written from the example corpus's README
  (our own fictional articles): 15 groups over 3 stories.
- `shared`: bench/gold/quote_groups.jsonl (+ quote_negatives.jsonl), hand-labelled quote groups
  in ECB+ and PolNeAR articles that report the same event, stored as offsets + hashes only
  (see bench/gold/README.md); read from ../shared at run time, skipped when absent.
- any other NAME: the same kind of gold from bench/gold/quote_groups_NAME.jsonl (+
  quote_negatives_NAME.jsonl), e.g. `--gold fresh` for a held-out set labelled apart.

Each gold story's articles are analysed by the normal pipeline (spaCy quotes + speakers), and its
quotes are grouped by `newsgraph.compare.quotes.group_quotes` with the articles as one story (so
story grouping errors do not count here). Scoring (see `score`): link recall over gold
(member, reference) pairs, link precision over predicted links between quotes lying on gold
spans, and per relation P/R of the label the system gives each found pair.
Printed: link P/R/F1 regardless of relation, and P/R per relation, for newsgraph and for two
baselines in the same run: `exact` (only identical wording, relation same) and `fuzzy`
(rapidfuzz token_set_ratio >= 80 within one speaker: 100 = same, else variant).
Speed: grouping time (the grouper alone) of newsgraph and the baselines in the same run, and
newsgraph's against the pipeline's analysis time of the same articles.
`--errors`: why the missed pairs were missed (no extracted quote on a span, a span partly
extracted, both spans in one article, not linked, found with another relation), counts only.
Ledger-only recall: over the gold pairs whose two spans were both extracted (grouping apart from
extraction). `--show` prints the missed pairs' texts to the terminal (development gold only).
`--keep DIR` keeps the analysed databases and reuses them (one analysed state for comparisons).
`--pooled`: a stress test of false links: all quotes of a gold set's stories grouped as *one*
story; pairs of grouped quotes from articles of different gold stories cannot be one utterance
(counted, with the pairs from one story and the grouper's CPU time). Hash order moves the count
by a few pairs: compare runs with one `PYTHONHASHSEED`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from newsgraph.compare.quotes import canonical, group_quotes, prepare, relation_between
from newsgraph.export.contract import quote_record
from newsgraph.ingest import iter_inputs
from newsgraph.pipeline import ingest
from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "bench" / "gold"
RELS = ("same", "variant", "paraphrase")

Pair = tuple[str, str]


# -- gold stories -------------------------------------------------------------------------


def corpus_stories(db: Path) -> list[dict[str, Any]]:
    """Gold stories of the example corpus, with article ids from an analysed database."""
    spec = json.loads((GOLD / "corpus_quote_groups.json").read_text())
    with Store(db) as store:
        arts = {a.source: a for a in store.iter_articles()}
        store_quotes = predicted_quotes(store, [a.id for a in arts.values()])

    def article(key: str):
        (a,) = [a for src, a in arts.items() if key in src]
        return a

    stories = []
    for name, keys in spec["stories"].items():
        ids = [article(k).id for k in keys]
        groups = []
        for g in spec["groups"]:
            members = []
            for key, words, rel in g["members"]:
                a = article(key)
                if a.id not in ids:
                    break
                start = a.text.find(words)
                assert start >= 0, (g["id"], key, words)
                members.append((a.id, *_extent(store_quotes, a.id, start, start + len(words)), rel))
            else:
                groups.append({"id": g["id"], "members": members})
        stories.append({"name": name, "articles": ids, "groups": groups, "negatives": []})
    return stories


def _extent(quotes: list[dict[str, Any]], aid: str, start: int, end: int) -> tuple[int, int]:
    """The corpus gold names an utterance by words it contains; its extent is the quote the
    extractor found on those words (the grouping and relation labels stay gold), or the words
    alone where the extractor found none."""
    for q in quotes:
        if q["article"] == aid and q["start"] <= start and end <= q["end"]:
            return q["start"], q["end"]
    return start, end


def shared_stories(tmp: Path, suffix: str = "") -> tuple[Path, list[dict[str, Any]]] | None:
    """Gold stories of ECB+ / PolNeAR: the labelled documents are ingested into a fresh DB
    (or the one an earlier run left in `tmp`).

    `suffix` picks another gold of the same format (`_fresh`: quote_groups_fresh.jsonl)."""
    path = GOLD / f"quote_groups{suffix}.jsonl"
    if not path.exists() or not SHARED.exists():
        print(f"skip shared gold: {path} or {SHARED} missing", file=sys.stderr)
        return None
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    negs_path = GOLD / f"quote_negatives{suffix}.jsonl"
    negs = (
        [json.loads(x) for x in negs_path.read_text().splitlines() if x.strip()]
        if negs_path.exists()
        else []
    )
    texts: dict[tuple[str, str], str] = {}
    for r in rows + [n[k] | {"dataset": n["dataset"]} for n in negs for k in ("a", "b")]:
        key = (r["dataset"], r["doc"])
        if key not in texts:
            texts[key] = _source_text(*key)
    for r in rows:
        got = hashlib.sha1(
            texts[(r["dataset"], r["doc"])][r["start"] : r["end"]].encode()
        ).hexdigest()[:12]
        assert got == r["sha"], f"gold span changed: {r}"
    # One JSON Lines input; each record keeps its doc id as the external id. A database kept
    # by `--keep` from an earlier run is reused as analysed (grouping changes measured on one
    # analysed state).
    kept = (tmp / f"shared{suffix}.db").exists()
    jsonl = tmp / f"gold-docs{suffix}.jsonl"
    with jsonl.open("w") as f:
        for (ds, doc), text in sorted(texts.items()):
            f.write(json.dumps({"id": f"{ds}:{doc}", "text": text, "outlet": f"{ds}:{doc}"}) + "\n")
    db = tmp / f"shared{suffix}.db"
    with Store(db) as store:
        if not kept:
            ingest(store, iter_inputs([str(jsonl)]))
        stored = {a.external_id: a for a in store.iter_articles()}
    # Stories: connected components of docs that share a gold group or a negative pair.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    by_group: dict[str, list[dict]] = {}
    for r in rows:
        by_group.setdefault(r["group"], []).append(r)
    for members in by_group.values():
        for m in members[1:]:
            parent[find(f"{m['dataset']}:{m['doc']}")] = find(
                f"{members[0]['dataset']}:{members[0]['doc']}"
            )
    for n in negs:
        a, b = f"{n['dataset']}:{n['a']['doc']}", f"{n['dataset']}:{n['b']['doc']}"
        parent[find(a)] = find(b)

    def locate(ds: str, doc: str, start: int, end: int) -> tuple[str, int, int] | None:
        a = stored.get(f"{ds}:{doc}")
        if a is None:
            return None
        words = texts[(ds, doc)][start:end]
        pos = a.text.find(words)
        if pos < 0:  # the cleaner re-flowed whitespace: match on a collapsed form
            pat = r"\s+".join(re.escape(w) for w in words.split())
            m = re.search(pat, a.text)
            if m is None:
                return None
            return a.id, m.start(), m.end()
        return a.id, pos, pos + len(words)

    stories: dict[str, dict[str, Any]] = {}
    for gid, members in sorted(by_group.items()):
        mapped = []
        for m in members:
            loc = locate(m["dataset"], m["doc"], m["start"], m["end"])
            if loc is not None:
                mapped.append((*loc, m["relation"]))
        root = find(f"{members[0]['dataset']}:{members[0]['doc']}")
        st = stories.setdefault(
            root, {"name": root, "articles": set(), "groups": [], "negatives": []}
        )
        st["groups"].append({"id": gid, "members": mapped})
        st["articles"].update(x[0] for x in mapped)
    for n in negs:
        a = locate(n["dataset"], n["a"]["doc"], n["a"]["start"], n["a"]["end"])
        b = locate(n["dataset"], n["b"]["doc"], n["b"]["start"], n["b"]["end"])
        if a and b:
            st = stories.setdefault(
                find(f"{n['dataset']}:{n['a']['doc']}"),
                {"name": "neg", "articles": set(), "groups": [], "negatives": []},
            )
            st["negatives"].append((a, b))
            st["articles"].update((a[0], b[0]))
    for st in stories.values():
        st["articles"] = sorted(st["articles"])
    return db, list(stories.values())


def _source_text(dataset: str, doc: str) -> str:
    if dataset == "ecbplus":
        for line in (SHARED / "data/ecbplus/unified.jsonl").open():
            rec = json.loads(line)
            if rec["id"] == doc:
                return rec["text"]
        raise KeyError(doc)
    with open(SHARED / "data/polnear/data" / doc, encoding="utf-8", newline="") as f:
        return f.read()


# -- predictions and scoring ---------------------------------------------------------------


def predicted_quotes(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    return [quote_record(*row) for row in store.quotes(article_ids=ids)]


def map_gold(
    story: dict[str, Any], quotes: list[dict[str, Any]]
) -> dict[tuple[str, int, int], list[str]]:
    """Gold span -> predicted quotes of its article overlapping it, best first.

    A predicted quote counts when the overlap is at least 30% of the shorter of the two: the
    extractor may split what gold joins (`"…," he said. "…"`) or the reverse.
    """
    out = {}
    spans = [m[:3] for g in story["groups"] for m in g["members"]]
    spans += [x for pair in story["negatives"] for x in pair]
    for aid, s, e in spans:
        hits = []
        for q in quotes:
            if q["article"] != aid:
                continue
            ov = min(e, q["end"]) - max(s, q["start"])
            if ov > 0 and ov >= 0.3 * min(e - s, q["end"] - q["start"]):
                hits.append((-ov, q["id"]))
        if hits:
            out[(aid, s, e)] = [q for _, q in sorted(hits)]
    return out


Grouper = Callable[[list[dict[str, Any]]], tuple[dict[str, int], Callable[[str, str], str]]]


def ours(quotes: list[dict[str, Any]]):
    groups = group_quotes(quotes, {q["article"]: q["article"] for q in quotes}, {})
    gid = {q: i for i, g in enumerate(groups) for q in g["quotes"]}
    return gid, lambda a, b: relation_between(prepare(a, a["article"]), prepare(b, b["article"]))


def exact(quotes: list[dict[str, Any]]):
    keys: dict[str, int] = {}
    gid = {q["id"]: keys.setdefault(canonical(q["text"]).lower(), len(keys)) for q in quotes}
    return gid, lambda a, b: "same" if canonical(a["text"]) == canonical(b["text"]) else "variant"


def fuzzy(quotes: list[dict[str, Any]]):
    parent = {q["id"]: q["id"] for q in quotes}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def spk(q: dict) -> str | None:
        sp = q.get("speaker") or {}
        return sp.get("entity") or (sp.get("name") or "").lower() or None

    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            if a["article"] == b["article"] or (spk(a) and spk(b) and spk(a) != spk(b)):
                continue
            if fuzz.token_set_ratio(a["text"], b["text"]) >= 80:
                parent[find(a["id"])] = find(b["id"])
    roots: dict[str, int] = {}
    gid = {q: roots.setdefault(find(q), len(roots)) for q in parent}

    def rel(a: dict, b: dict) -> str:
        return "same" if canonical(a["text"]) == canonical(b["text"]) else "variant"

    return gid, rel


def score(
    stories: list[dict[str, Any]],
    quotes_of: dict[str, list[dict]],
    grouper,
    texts: dict[str, str],
    show: Callable[[str, tuple, tuple, list[dict], list[dict]], None] | None = None,
) -> dict[str, Any]:
    """Link P/R over utterances, and per relation P/R over the gold pairs found.

    Link recall: a gold (member, reference) pair is found when some predicted quote on the
    member's span and some on the reference's span share a predicted group. Link precision:
    predicted links between quotes lying on gold spans of one story are correct when gold puts
    those spans in one group (sibling groups of one event count as different utterances).
    Relation: for each found pair the system labels the relation of the two gold spans (its
    `relation` function on the spans' words, with the predicted quotes' kinds and speakers);
    per relation R, recall = pairs found and labelled R among gold R pairs, precision = pairs
    labelled R that gold calls R, among found pairs labelled R.
    *Ledger-only* recall: the same over the gold pairs whose two spans the extractor found (each
    at least 70% covered by extracted quotes), so grouping is measured apart from extraction.
    `group_s`: seconds spent in the grouper itself (not the scoring).
    `show(why, member, ref, quotes on member, quotes on ref)` is called for each miss.
    """
    misses: dict[str, int] = {}  # why a gold pair was not found (or found with another label)
    found_rel = {r: 0 for r in RELS}
    total = {r: 0 for r in RELS}
    labelled = {r: 0 for r in RELS}
    ext_total = {r: 0 for r in RELS}  # pairs whose spans were both extracted
    ext_found = {r: 0 for r in RELS}  # … found (linked), whatever the label
    ext_right = {r: 0 for r in RELS}  # … found with gold's label
    link_found = link_total = link_pred = link_ok = 0
    group_s = 0.0
    for st in stories:
        quotes = quotes_of[st["name"]]
        by_id = {q["id"]: q for q in quotes}
        t = time.perf_counter()
        gid, rel = grouper(quotes)
        group_s += time.perf_counter() - t
        qmap = map_gold(st, quotes)
        span_group: dict[str, set[str]] = {}  # predicted quote -> gold groups it lies on
        for g in st["groups"]:
            for m in g["members"]:
                for q in qmap.get(m[:3], []):
                    span_group.setdefault(q, set()).add(g["id"])
        for g in st["groups"]:
            ref = next((m for m in g["members"] if m[3] == "ref"), None)
            for m in g["members"]:
                if m[3] == "ref":
                    continue
                total[m[3]] += 1
                link_total += 1
                qa, qb = qmap.get(m[:3], []), qmap.get(ref[:3], []) if ref else []
                extracted = bool(ref and qa and qb) and (
                    min(_covered(m, quotes), _covered(ref, quotes)) >= 0.7
                )
                ext_total[m[3]] += extracted
                if not any(gid.get(a) == gid.get(b) and a != b for a in qa for b in qb):
                    why = _miss(m, ref, qa, qb, quotes)
                    misses[why] = misses.get(why, 0) + 1
                    if show is not None:
                        show(why, m, ref, [by_id[q] for q in qa], [by_id[q] for q in qb])
                    continue
                link_found += 1
                ext_found[m[3]] += extracted
                got = rel(
                    _span_quote(m, by_id[qa[0]], texts), _span_quote(ref, by_id[qb[0]], texts)
                )
                labelled[got] += 1
                found_rel[m[3]] += got == m[3]
                ext_right[m[3]] += extracted and got == m[3]
                if got != m[3]:
                    why = f"labelled {got}"
                    misses[why] = misses.get(why, 0) + 1
                    if show is not None:
                        show(why, m, ref, [by_id[qa[0]]], [by_id[qb[0]]])
        mapped = sorted(span_group)
        for i, a in enumerate(mapped):
            for b in mapped[i + 1 :]:
                if by_id[a]["article"] == by_id[b]["article"] or gid.get(a) != gid.get(b):
                    continue
                link_pred += 1
                link_ok += bool(span_group[a] & span_group[b])
    out: dict[str, Any] = {
        "link_p": _div(link_ok, link_pred),
        "link_r": _div(link_found, link_total),
        "ledger_r": _div(sum(ext_found.values()), sum(ext_total.values())),
        "extracted": sum(ext_total.values()),
        "misses": misses,
        "group_s": group_s,
    }
    for r in RELS:
        out[f"{r}_p"] = _div(found_rel[r], labelled[r])
        out[f"{r}_r"] = _div(found_rel[r], total[r])
        out[f"{r}_n"] = total[r]
        out[f"{r}_ledger_r"] = _div(ext_right[r], ext_total[r])
    out["pairs"] = link_total
    return out


def pooled(stories: list[dict[str, Any]], quotes_of: dict[str, list[dict]]) -> dict[str, Any]:
    """All the stories' quotes grouped as one story: grouped pairs (from two articles) whose
    articles belong to different gold stories (false links, a lower bound), pairs within one
    story, and the grouper's CPU time."""
    story_of = {a: st["name"] for st in stories for a in st["articles"]}
    quotes = list({q["id"]: q for st in stories for q in quotes_of[st["name"]]}.values())
    t = time.process_time()
    groups = group_quotes(quotes, {q["article"]: q["article"] for q in quotes}, {})
    cpu = time.process_time() - t
    article = {q["id"]: q["article"] for q in quotes}
    cross = within = 0
    for g in groups:
        arts = [article[q] for q in g["quotes"]]
        for i, a in enumerate(arts):
            for b in arts[i + 1 :]:
                if a == b:
                    continue
                if story_of.get(a) != story_of.get(b):
                    cross += 1
                else:
                    within += 1
    return {"quotes": len(quotes), "cross": cross, "within": within, "cpu_s": cpu}


def _miss(m: tuple, ref: tuple | None, qa: list[str], qb: list[str], quotes: list[dict]) -> str:
    """Why a gold pair was not found: no extracted quote on a span (extraction), a span less
    than 70% covered by extracted quotes (extraction split or cut it), both spans in one article
    (the ledger links an article's quotes only when one repeats the other word for word), or the
    ledger did not link the extracted quotes (grouping)."""
    if ref is None or not qa or not qb:
        return "no quote on a span"
    if min(_covered(m, quotes), _covered(ref, quotes)) < 0.7:
        return "span partly extracted"
    if m[0] == ref[0]:
        return "one article"
    return "not linked"


def _covered(m: tuple, quotes: list[dict]) -> float:
    aid, s, e = m[:3]
    got = [0] * (e - s)
    for q in quotes:
        if q["article"] == aid:
            for k in range(max(s, q["start"]), min(e, q["end"])):
                got[k - s] = 1
    return sum(got) / max(e - s, 1)


def _span_quote(m: tuple, q: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The gold span as a quote record, with the kind and speaker of the predicted quote on it."""
    aid, s, e = m[:3]
    return {**q, "id": f"{aid}:{s}", "text": texts[aid][s:e], "start": s, "end": e}


def _div(a: int, b: int) -> float | None:
    return a / b if b else None


def _fmt(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def _printer(texts: dict[str, str]) -> Callable[[str, tuple, tuple, list[dict], list[dict]], None]:
    """`--show`: each missed pair's gold spans and the extracted quotes on them, to the
    terminal only (development gold only; never written to a file in the repository)."""

    def who(q: dict) -> str:
        sp = q.get("speaker") or {}
        return sp.get("name") or (sp.get("mention") or {}).get("text") or "?"

    def show(why: str, m: tuple, ref: tuple, qa: list[dict], qb: list[dict]) -> None:
        print(f"--- {why} (gold {m[3]})")
        for tag, span, qs in (("member", m, qa), ("ref", ref, qb)):
            if span is None:
                continue
            aid, s, e = span[:3]
            print(f"  {tag} [{aid[:8]}]: {texts[aid][s:e]!r}")
            for q in qs[:2]:
                print(f"     quote {q['kind']} by {who(q)}: {q['text']!r}")

    return show


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--gold",
        default="all",
        help="corpus, shared, all (corpus + shared), or NAME for quote_groups_NAME.jsonl",
    )
    ap.add_argument(
        "--errors",
        action="store_true",
        help="also print why gold pairs were missed (counts only, no text)",
    )
    ap.add_argument(
        "--show",
        action="store_true",
        help="print each missed pair's texts (development gold only: corpus, shared, all)",
    )
    ap.add_argument(
        "--keep",
        metavar="DIR",
        help="keep the analysed databases in DIR and reuse them on the next run (outside the "
        "repository): grouping changes measured on one analysed state",
    )
    ap.add_argument(
        "--pooled",
        action="store_true",
        help="also group each gold set's quotes as one story and count grouped pairs across gold "
        "stories (a stress test of false links; counts only)",
    )
    args = ap.parse_args()
    if not re.fullmatch(r"[a-z0-9_-]+", args.gold):
        ap.error(f"--gold: not a gold name: {args.gold!r}")
    if args.show and args.gold not in ("corpus", "shared", "all"):
        ap.error("--show reads texts of missed pairs: development gold only")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(args.keep) if args.keep else Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        sets: list[tuple[str, Path, list[dict]]] = []
        t0 = time.perf_counter()
        analysed = False
        if args.gold in ("corpus", "all"):
            db = tmp / "corpus.db"
            if not db.exists():
                analysed = True
                with Store(db) as store:
                    ingest(store, iter_inputs([str(REPO / "examples" / "corpus")]))
            sets.append(("example corpus", db, corpus_stories(db)))
        if args.gold in ("shared", "all"):
            analysed |= not (tmp / "shared.db").exists()
            got = shared_stories(tmp)
            if got is not None:
                sets.append(("ECB+ / PolNeAR", got[0], got[1]))
        elif args.gold != "corpus":
            analysed |= not (tmp / f"shared_{args.gold}.db").exists()
            got = shared_stories(tmp, f"_{args.gold}")
            if got is None:
                sys.exit(f"no gold named {args.gold!r} (or ../shared missing)")
            sets.append((f"ECB+ / PolNeAR ({args.gold})", got[0], got[1]))
        analyse_s = time.perf_counter() - t0
        n_articles = 0
        print("| gold | system | link P | link R | same P/R | variant P/R | paraphrase P/R |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        group_s = {"newsgraph": 0.0, "exact": 0.0, "fuzzy": 0.0}
        ledger_rows = []
        for name, db, stories in sets:
            with Store(db) as store:
                quotes_of = {st["name"]: predicted_quotes(store, st["articles"]) for st in stories}
                texts = {a.id: a.text for a in store.iter_articles()}
            n_articles += sum(len(st["articles"]) for st in stories)
            for sys_name, grouper in (("newsgraph", ours), ("exact", exact), ("fuzzy", fuzzy)):
                show = _printer(texts) if args.show and sys_name == "newsgraph" else None
                s = score(stories, quotes_of, grouper, texts, show)
                group_s[sys_name] += s["group_s"]
                cells = [
                    f"{_fmt(s[f'{r}_p'])} / {_fmt(s[f'{r}_r'])} (n={s[f'{r}_n']})" for r in RELS
                ]
                print(
                    f"| {name} | {sys_name} | {_fmt(s['link_p'])} | {_fmt(s['link_r'])} | "
                    + " | ".join(cells)
                    + " |"
                )
                if args.errors and sys_name == "newsgraph":
                    missed = ", ".join(f"{k} {v}" for k, v in sorted(s["misses"].items()))
                    print(f"|  | misses of {s['pairs']} pairs: {missed} | | | | | |")
                ledger_rows.append(
                    f"| {name} | {sys_name} | {s['extracted']} of {s['pairs']} | "
                    f"{_fmt(s['ledger_r'])} | "
                    + " | ".join(_fmt(s[f"{r}_ledger_r"]) for r in RELS)
                    + " |"
                )
        print(
            "\nLedger-only recall (gold pairs whose two spans were both extracted, each >= 70%"
            " covered; relation R = found with gold's label):\n"
        )
        print("| gold | system | pairs extracted | link R | same R | variant R | paraphrase R |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        print("\n".join(ledger_rows))
        if args.pooled:
            print()
            for name, db, stories in sets:
                with Store(db) as store:
                    quotes_of = {
                        st["name"]: predicted_quotes(store, st["articles"]) for st in stories
                    }
                p = pooled(stories, quotes_of)
                print(
                    f"pooled {name}: {p['quotes']} quotes as one story: grouped pairs across gold "
                    f"stories {p['cross']}, within one story {p['within']}; grouping "
                    f"{p['cpu_s']:.2f} s CPU"
                )
        times = ", ".join(f"{k} {v:.2f} s" for k, v in group_s.items())
        print(f"\nspeed: grouping time (same run, all stories): {times}")
        if analysed:
            print(
                f"pipeline analysis {analyse_s:.1f} s for {n_articles} articles; newsgraph "
                f"grouping = {group_s['newsgraph'] / analyse_s:.1%} of analysis time"
            )


if __name__ == "__main__":
    main()
