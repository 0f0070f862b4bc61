"""Measure the plain-text cleaner on WCXB article pages, against the raw text and trafilatura.

Each HTML page is rendered to the text a naive scraper would produce (`_render.render`: all
visible text, furniture included), then cleaned with `clean_text`; trafilatura gets the HTML
itself. Body text is scored with WCXB's own word-level F1 (imported from the data set's
evaluate.py, not copied). Metadata matching: title/author normalised-exact or token F1 >= 0.8,
dates the same calendar day.

    .venv/bin/python bench/wcxb_clean.py [--limit N] [--json OUT] [--data DIR]
        [--split all|tune|heldout]   (tuning = tune)  [--subset read|unread]
    .venv/bin/python bench/wcxb_clean.py --fit src/newsgraph/extract/linescore.json
    .venv/bin/python bench/wcxb_clean.py --fit-title src/newsgraph/extract/titlescore.json

`--fit` refits the cleaner's line model (`newsgraph.extract.linescore`) on the tuning split
(every article page but each fourth): a line counts as article text when at least half of its
word trigrams occur in the gold main content (a line of one or two words: when it occurs there
as a phrase); each line weighs its word count plus one, and each page weighs the same in all
(the benchmark averages F1 over pages); logistic regression by Newton's method.
`--fit-title` refits the title ranker (`newsgraph.extract.titlescore`) on the same pages: each
candidate line near the body start is labelled right when, its site tail stripped, it matches
the gold title as this benchmark counts it; each page weighs the same.
Each page is also fitted as a light scrape (the gold text between a few of the page's short
furniture lines, weighing LIGHT_WEIGHT), so that the model does not learn that the last
paragraphs of a page are never the article's: in a scrape that is mostly the article, they are.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(HERE.parent / "src"))

from _render import render  # noqa: E402

from newsgraph.extract import linescore, textclean, titlescore  # noqa: E402
from newsgraph.extract.digest import split_digest  # noqa: E402
from newsgraph.extract.textclean import clean_text  # noqa: E402

DEFAULT_DATA = Path(
    os.environ.get("NEWSGRAPH_SHARED", HERE.parent.parent / "shared"), "data", "wcxb-dev"
)


def _load_evaluate(data: Path):
    spec = importlib.util.spec_from_file_location("wcxb_evaluate", data / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"\w+", (s or "").lower()))


def _text_match(pred: str | None, gold: str | None, tok_f1) -> bool | None:
    """None when the page has no gold value (not counted)."""
    if not gold:
        return None
    if not pred:
        return False
    if _norm(pred) == _norm(gold):
        return True
    return tok_f1(pred, gold)[2] >= 0.8


def _date_match(pred: str | None, gold: str | None) -> bool | None:
    if not gold:
        return None
    m = re.search(r"\d{4}-\d{2}-\d{2}", str(gold))
    if not m:
        return None
    return bool(pred) and str(pred)[:10] == m.group()


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _gold_line(text: str, gold: str, trigrams: set[tuple[str, ...]]) -> bool:
    """Whether a rendered line is article text: half its word trigrams are in the gold text."""
    t = _words(text)
    if len(t) < 3:
        return bool(t) and f" {' '.join(t)} " in gold
    grams = list(zip(t, t[1:], t[2:], strict=False))
    return sum(g in trigrams for g in grams) / len(grams) >= 0.5


LIGHT_WEIGHT = 0.25  # weight of the light-scrape copy of each page when fitting


def _light_scrape(text: str, gold: str) -> tuple[str, str]:
    """The same article as a lightly furnished scrape: the gold text between the page's short
    furniture lines from before and after it (what a scraper that kept the article whole and a
    little of the page around it would give)."""
    g = _words(gold)
    gold_s, trigrams = f" {' '.join(g)} ", set(zip(g, g[1:], g[2:], strict=False))
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    golds = [
        k for k, ln in enumerate(lines) if len(_words(ln)) >= 8 and _gold_line(ln, gold_s, trigrams)
    ]
    if not golds:
        return text, gold
    head = [ln for ln in lines[: golds[0]] if len(_words(ln)) < 8][-12:]
    tail = [ln for ln in lines[golds[-1] + 1 :] if len(_words(ln)) < 8][:12]
    return "\n\n".join([*head, gold.strip(), *tail]), gold


TITLE_L2 = 1.0
TITLE_MIN_PROB = 0.0  # below it the rule's pick stands
# chosen by 5-fold CV over the tuning pages (greedy backward/forward from all but "rule": the
# rule's pick as a feature, the body-start bin, first-line-above, no-body-overlap and prose
# flags lowered the out-of-fold accuracy)
_TITLE_DROPPED = {"rule", "off_le_0", "first_above", "body_none", "prose"}
TITLE_FEATURES = [n for n in titlescore.NAMES if n not in _TITLE_DROPPED]


def page_rows(text: str, gold: str) -> tuple[list[list[float]], list[float], list[float]]:
    """The line model's rows of one page, their labels and weights (each line its word count
    plus one, scaled so that the page's weights sum to 1)."""
    g = _words(gold)
    gold_s, trigrams = f" {' '.join(g)} ", set(zip(g, g[1:], g[2:], strict=False))
    page = textclean._apply_rules(text.replace("\r\n", "\n").replace("\r", "\n"))
    _, seq = textclean._candidates(page.lines)
    counts = Counter(ln.text for ln in page.lines)
    rows: list[list[float]] = []
    labels: list[float] = []
    weights: list[float] = []
    for ln, f in zip(seq, linescore.features(seq, counts), strict=True):
        if f is not None:
            rows.append(f)
            labels.append(float(_gold_line(ln.text, gold_s, trigrams)))
            weights.append(ln.words + 1.0)
    total = sum(weights) or 1.0
    return rows, labels, [wt / total for wt in weights]


def fit_rows(pages: list[tuple[str, str]]):
    """Per page, its rows (`page_rows`) and those of its light-scrape copy."""
    return [(page_rows(t, g), page_rows(*_light_scrape(t, g))) for t, g in pages]


def fit_weights(rows_by_page, l2: float = 1.0) -> dict[str, float]:
    """The line model's weights fitted on `fit_rows` output: each page weighs the same in all
    (its light copy LIGHT_WEIGHT as much): the benchmark averages F1 over pages, and a few long
    pages would otherwise set the weights."""
    import numpy as np

    rows: list[list[float]] = []
    labels: list[float] = []
    weights: list[float] = []
    for real, light in rows_by_page:
        for (r, y, w), share in ((real, 1.0), (light, LIGHT_WEIGHT)):
            rows += r
            labels += y
            weights += [wt * share for wt in w]
    coef = logistic(np.array(rows), np.array(labels), np.array(weights), l2)
    return {n: float(c) for n, c in zip(linescore.NAMES, coef, strict=True)}


def fit(pages: list[tuple[str, str]], out: Path, l2: float = 1.0) -> None:
    """Fit the line model on (rendered text, gold main content) pairs; write its weights."""
    rows_by_page = fit_rows(pages)
    weights = fit_weights(rows_by_page, l2)
    n_lines = sum(len(real[1]) + len(light[1]) for real, light in rows_by_page)
    data = {
        "fitted_on": (
            f"WCXB dev article pages, tuning split: {len(pages)} pages and their light-scrape "
            f"copies (weight {LIGHT_WEIGHT}), {n_lines} lines"
        ),
        "command": "bench/wcxb_clean.py --fit",
        "weights": {n: round(c, 4) for n, c in weights.items()},
    }
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"line model: {len(weights)} features, {n_lines} lines, {len(pages)} pages -> {out}")


def cross_validate(pages: list[tuple[str, str]], folds: int, word_f1) -> list[float]:
    """Out-of-fold word F1 of each page: the line model refitted without the page's fold
    (page k is in fold k % folds), the whole cleaner run with those weights."""
    rows_by_page = fit_rows(pages)
    f1s = [0.0] * len(pages)
    saved = linescore.weights
    try:
        for f in range(folds):
            train = [r for k, r in enumerate(rows_by_page) if k % folds != f]
            compiled = linescore.compile_weights(fit_weights(train))
            linescore.weights = lambda c=compiled: c
            for k in range(f, len(pages), folds):
                text, gold = pages[k]
                f1s[k] = word_f1(clean_text(text).text, gold)[2]
    finally:
        linescore.weights = saved
    return f1s


def title_rows(text: str, gold_title: str | None, tok_f1) -> tuple[list[list[float]], list[float]]:
    """The title ranker's candidate rows of one page and their labels (1.0: the line, its site
    tail stripped, matches the gold title as the benchmark counts it)."""
    lines = textclean._apply_rules(text.replace("\r\n", "\n").replace("\r", "\n")).lines
    cand, seq = textclean._candidates(lines)
    body = textclean._select_body(lines, cand, seq)
    head_idx, _, window = textclean._head_window(lines, body)
    textclean._head_date(window)
    rule = textclean._rule_title(window, body)
    cands = titlescore.candidates(lines, head_idx)
    rows = titlescore.features(cands, lines, head_idx, body, rule)
    labels = [
        float(bool(_text_match(textclean._strip_site_suffix(ln.text, lines), gold_title, tok_f1)))
        for ln in cands
    ]
    return rows, labels


def logistic(x, y, w, l2: float = 1.0):
    """L2-penalised logistic regression by Newton's method on standardised columns (column 0 is
    the bias); coefficients on the raw columns."""
    import numpy as np

    w = w / w.mean()
    mu, sd = x.mean(0), x.std(0)
    mu[0], sd[0] = 0.0, 1.0
    sd[sd == 0] = 1.0
    z = (x - mu) / sd
    beta = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + l2 * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = beta / sd
    coef[0] -= float(coef @ mu)
    return coef


def fit_title_weights(pages_rows, names: list[str], l2: float = TITLE_L2):
    """Fit the title ranker on per-page (rows, labels): each page weighs the same in all."""
    import numpy as np

    cols = [titlescore.NAMES.index(n) for n in names]
    used = [(r, y) for r, y in pages_rows if r]
    x = np.array([row for r, _ in used for row in r])[:, cols]
    y = np.array([v for _, ys in used for v in ys])
    w = np.concatenate([np.full(len(ys), 1 / len(ys)) for _, ys in used])
    return logistic(x, y, w, l2)


def fit_title(pages_rows, out: Path) -> None:
    """Fit the title ranker on the tuning pages' candidate rows; write its weights."""
    coef = fit_title_weights(pages_rows, TITLE_FEATURES)
    data = {
        "fitted_on": (
            f"WCXB dev article pages, tuning split: {len(pages_rows)} pages, "
            f"{sum(len(r) for r, _ in pages_rows)} candidate lines"
        ),
        "command": "bench/wcxb_clean.py --fit-title",
        "min_prob": TITLE_MIN_PROB,
        "weights": {n: round(float(c), 4) for n, c in zip(TITLE_FEATURES, coef, strict=True)},
    }
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"title ranker: {len(TITLE_FEATURES)} features, {len(pages_rows)} pages -> {out}")


def _tuning_pairs(data: Path, pages: list[tuple[str, dict]]) -> list[tuple[str, str]]:
    """(rendered page, gold main content) of the tuning pages (every page but each fourth)."""
    html_dir = data / "dev" / "html"
    return [
        (
            render(gzip.decompress((html_dir / f"{stem}.html.gz").read_bytes())),
            (doc.get("ground_truth") or {}).get("main_content") or "",
        )
        for i, (stem, doc) in enumerate(pages)
        if i % 4 != 3
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N article pages")
    ap.add_argument("--json", type=Path, help="write per-page results and the summary here")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="WCXB dev directory")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura run")
    ap.add_argument(
        "--split",
        choices=("all", "tune", "tuning", "heldout"),
        default="all",
        help="heldout: every 4th article page by id (i %% 4 == 3), kept out of rule tuning; "
        "tune (or tuning): the other three quarters, the only pages to study errors on",
    )
    ap.add_argument(
        "--subset",
        choices=("read", "unread"),
        help="only part of the tuning split, by position k among its pages: read (k %% 5 < 3, "
        "the pages to study errors on) or unread (k %% 5 >= 3, only ever measured)",
    )
    ap.add_argument("--fit", type=Path, help="refit the line model on the tuning split; write it")
    ap.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="K-fold cross-validation of the line model over the tuning pages (out-of-fold F1)",
    )
    ap.add_argument(
        "--fit-title", type=Path, help="refit the title ranker on the tuning split; write it"
    )
    args = ap.parse_args(argv)
    data: Path = args.data
    if not (data / "evaluate.py").exists() or not (data / "dev" / "ground-truth").is_dir():
        print(f"skipped: WCXB dev data not found at {data} (set NEWSGRAPH_SHARED)")
        return 0
    ev = _load_evaluate(data)
    traf = None
    if not args.no_trafilatura:
        import trafilatura

        traf = trafilatura

    pages = []
    for gt_file in sorted((data / "dev" / "ground-truth").glob("*.json")):
        doc = json.loads(gt_file.read_text("utf-8"))
        if ev.get_page_type(doc) != "article":
            continue
        pages.append((gt_file.stem, doc))
    if args.fit:
        tune = _tuning_pairs(data, pages)
        fit(tune, args.fit)
        return 0
    if args.cv:
        tune = _tuning_pairs(data, pages)
        f1s = cross_validate(tune, args.cv, ev.word_f1)
        print(
            f"{args.cv}-fold CV over {len(tune)} tuning pages: out-of-fold word F1 "
            f"{statistics.mean(f1s):.4f}"
        )
        if args.json:
            ids = [stem for i, (stem, _) in enumerate(pages) if i % 4 != 3]
            args.json.write_text(json.dumps(dict(zip(ids, f1s, strict=True)), indent=1), "utf-8")
        return 0
    if args.fit_title:
        html_dir = data / "dev" / "html"
        rows = [
            title_rows(
                render(gzip.decompress((html_dir / f"{stem}.html.gz").read_bytes())),
                (doc.get("ground_truth") or {}).get("title"),
                ev.word_f1,
            )
            for i, (stem, doc) in enumerate(pages)
            if i % 4 != 3
        ]
        fit_title(rows, args.fit_title)
        return 0
    if args.split != "all":
        held = args.split == "heldout"
        pages = [p for i, p in enumerate(pages) if (i % 4 == 3) == held]
    if args.subset:
        if args.split not in ("tune", "tuning"):
            ap.error("--subset needs --split tune")
        pages = [p for k, p in enumerate(pages) if (k % 5 < 3) == (args.subset == "read")]
    if args.limit:
        pages = pages[: args.limit]

    systems = ["raw", "textclean"] + (["trafilatura"] if traf else [])
    f1s: dict[str, list[float]] = {s: [] for s in systems}
    times: dict[str, float] = {"render": 0.0, "textclean": 0.0, "trafilatura": 0.0}
    meta: dict[str, dict[str, list[bool]]] = {
        s: {"title": [], "date": [], "author": []} for s in systems[1:]
    }
    rows = []
    for stem, doc in pages:
        gt = doc.get("ground_truth") or {}
        gold = gt.get("main_content") or ""
        html = gzip.decompress((data / "dev" / "html" / f"{stem}.html.gz").read_bytes())
        t0 = time.perf_counter()
        text = render(html)
        t1 = time.perf_counter()
        ext = clean_text(text)
        t2 = time.perf_counter()
        times["render"] += t1 - t0
        times["textclean"] += t2 - t1
        row = {
            "id": stem,
            "raw": ev.word_f1(text, gold)[2],
            "textclean": ev.word_f1(ext.text, gold)[2],
            "textclean_pr": ev.word_f1(ext.text, gold)[:2],
            # items the pipeline would store it as when it reads as a digest (0: one article)
            "digest_items": len(split_digest(ext) or []),
        }
        preds = {"textclean": (ext.title, ext.published, ext.byline)}
        if traf:
            t3 = time.perf_counter()
            try:
                d = traf.bare_extraction(
                    html.decode("utf-8", "replace"), include_comments=False, with_metadata=True
                )
            except Exception:  # noqa: BLE001 - a crash scores as an empty extraction
                d = None
            times["trafilatura"] += time.perf_counter() - t3
            row["trafilatura"] = ev.word_f1((d.text if d else "") or "", gold)[2]
            preds["trafilatura"] = (d.title, d.date, d.author) if d else (None, None, None)
        for s in systems:
            f1s[s].append(row[s])
        for s, (title, date, author) in preds.items():
            for key, ok in (
                ("title", _text_match(title, gt.get("title"), ev.word_f1)),
                ("date", _date_match(date, gt.get("publish_date"))),
                ("author", _text_match(author, gt.get("author"), ev.word_f1)),
            ):
                if ok is not None:
                    meta[s][key].append(ok)
                    row[f"{s}_{key}"] = ok
        rows.append(row)

    n = len(pages)
    if not n:
        print("no article pages found")
        return 1
    summary = {
        "pages": n,
        "f1": {s: round(statistics.mean(v), 4) for s, v in f1s.items()},
        "textclean_precision_recall": [
            round(statistics.mean(r["textclean_pr"][i] for r in rows), 4) for i in (0, 1)
        ],
        "metadata_accuracy": {
            s: {k: (round(sum(v) / len(v), 4) if v else None, len(v)) for k, v in m.items()}
            for s, m in meta.items()
        },
        "ms_per_page": {k: round(v / n * 1000, 2) for k, v in times.items() if v},
        "digests": sum(1 for r in rows if r["digest_items"]),
    }
    print(f"WCXB dev, article pages: {n}")
    print("word F1:  " + "  ".join(f"{s} {v:.4f}" for s, v in summary["f1"].items()))
    prec, rec = summary["textclean_precision_recall"]
    print(f"textclean word precision {prec:.4f}  recall {rec:.4f}")
    for s, m in summary["metadata_accuracy"].items():
        accs = (f"{k} {a:.3f} (n={c})" for k, (a, c) in m.items() if a is not None)
        print(f"{s:12} " + "  ".join(accs))
    print("ms/page:  " + "  ".join(f"{k} {v}" for k, v in summary["ms_per_page"].items()))
    print(f"split as digests (one article per item): {summary['digests']} of {n} pages")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "pages": rows}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
